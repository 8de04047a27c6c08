import { BUREAUX, claimProblem, MAX_SUBJECT_LENGTH, ROLES, signToken, type Bureau, type Role } from '@mandate-graph/http-kit';
import { authSecret } from '../auth';

export interface TokenOptions {
  role: string | undefined;
  bureau: string | undefined;
  sub: string | undefined;
  expires: string;
}

/** `mandate-graph token --role ROLE [--bureau B] [--sub NAME]`: a signed development token on stdout. */
export async function runToken(options: TokenOptions): Promise<number> {
  const role = options.role as Role;
  const bureau = (options.bureau?.toUpperCase() ?? null) as Bureau | null;
  const sub = options.sub ?? (bureau ? `${role}-${bureau.toLowerCase()}` : role);
  // The rules the services verify tokens by, said in terms of this command's flags.
  switch (claimProblem({ role, bureau, sub })) {
    case 'role':
      throw new Error(`--role must be one of ${ROLES.join(', ')}`);
    case 'bureau':
      throw new Error(`--bureau must be one of ${BUREAUX.join(', ')}`);
    case 'director-without-bureau':
      throw new Error('a director\'s token needs --bureau TSB, BR or BDT');
    case 'bureau-without-director':
      throw new Error(`only a director's token names a bureau: drop --bureau, or use --role director --bureau ${bureau}`);
    case 'subject':
      throw new Error(`--sub is a name of 1 to ${MAX_SUBJECT_LENGTH} characters`);
    case null:
      break;
  }
  if (!/^\d+\s*(?:s|sec|secs|second|seconds|m|min|mins|minute|minutes|h|hr|hrs|hour|hours|d|day|days|w|week|weeks|y|yr|yrs|year|years)$/i.test(options.expires.trim())) {
    throw new Error(`--expires is a duration such as 30m, 8h or 7d, got "${options.expires}"`);
  }
  console.log(await signToken({ sub, role, bureau }, authSecret(), options.expires));
  return 0;
}
