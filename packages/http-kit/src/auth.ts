import { SignJWT, errors as joseErrors, jwtVerify } from 'jose';
import { GraphQLError } from 'graphql';

import { BUREAUX, type Bureau } from '@mandate-graph/vocabulary';

export { BUREAUX, type Bureau };
export type Role = 'analyst' | 'director' | 'secretariat';
export const ROLES: readonly Role[] = ['analyst', 'director', 'secretariat'];

/** Who is asking, as a verified token says. */
export interface Principal {
  sub: string;
  role: Role;
  bureau: Bureau | null;
}

/** How requests are authenticated: the HS256 secret, and whether reads need a token too. */
export interface AuthSettings {
  secret: string;
  required: boolean;
  /**
   * When set, a subgraph answers only requests that carry it (`x-gateway-secret`), which the gateway sends:
   * a subgraph port reached past the gateway gives nothing away.
   */
  gatewaySecret?: string;
}

/** The header that carries the gateway secret from the gateway to the subgraphs. */
export const GATEWAY_SECRET_HEADER = 'x-gateway-secret';

/** Longer than any person's or service's name; a subject is a name, not a payload. */
export const MAX_SUBJECT_LENGTH = 200;

const ALGORITHM = 'HS256';
const key = (secret: string) => new TextEncoder().encode(secret);

/** Raised in a resolver: the answer's other fields still come back, so the HTTP status stays 200. */
export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED' } });
}

/** Raised before execution (a bad token): the whole request is refused with 401. */
function refused(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

/** Auth settings from the environment: AUTH_JWT_SECRET (required by whoever starts a server), AUTH_REQUIRED, GATEWAY_SECRET. */
export function authSettingsFromEnvironment(environment: NodeJS.ProcessEnv = process.env): AuthSettings {
  const secret = environment.AUTH_JWT_SECRET;
  if (!secret) throw new Error('AUTH_JWT_SECRET is not set: the server cannot check tokens');
  return { secret, required: environment.AUTH_REQUIRED === 'true', ...(environment.GATEWAY_SECRET ? { gatewaySecret: environment.GATEWAY_SECRET } : {}) };
}

export async function signToken(claims: { sub: string; role: Role; bureau?: Bureau | null }, secret: string, expiresIn = '8h'): Promise<string> {
  const payload: Record<string, string> = { role: claims.role };
  if (claims.bureau) payload.bureau = claims.bureau;
  return new SignJWT(payload).setProtectedHeader({ alg: ALGORITHM }).setSubject(claims.sub).setIssuedAt().setExpirationTime(expiresIn).sign(key(secret));
}

function reasonOf(error: unknown): string {
  if (error instanceof joseErrors.JWTExpired) return 'the token has expired';
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) return 'the token is not signed with this graph\'s secret';
  if (error instanceof joseErrors.JOSEAlgNotAllowed) return 'the token is not signed with HS256';
  if (error instanceof joseErrors.JWTClaimValidationFailed && error.claim === 'exp') return 'the token has no expiry (exp); ask for one that expires';
  if (error instanceof joseErrors.JWTClaimValidationFailed && error.claim === 'sub') return `the token's subject (sub) must be a name of 1 to ${MAX_SUBJECT_LENGTH} characters`;
  return 'the token is malformed';
}

/**
 * The principal an Authorization header names: null without a header (anonymous), an UNAUTHENTICATED
 * error for a header that is not a valid token; a bad token is never taken for anonymous.
 */
export async function principalOf(authorization: string | undefined, settings: AuthSettings): Promise<Principal | null> {
  if (!authorization) {
    if (settings.required) throw refused('This graph needs a token: send "Authorization: Bearer <token>".');
    return null;
  }
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!match) throw refused('The Authorization header must be "Bearer <token>".');
  let payload;
  try {
    // A token that never expires cannot be taken back: the CLI always sets one.
    ({ payload } = await jwtVerify(match[1], key(settings.secret), { algorithms: [ALGORITHM], requiredClaims: ['exp'] }));
  } catch (error) {
    throw refused(`Not signed in: ${reasonOf(error)}.`);
  }
  const claims = { role: payload.role, bureau: payload.bureau ?? null, sub: payload.sub };
  const problem = claimProblem(claims);
  if (problem) throw refused(`Not signed in: ${CLAIM_RULES[problem]}.`);
  return claims as Principal;
}

/** Each rule a token's claims keep, as the services state it when one is broken. */
export const CLAIM_RULES = {
  role: `the token's role must be one of ${ROLES.join(', ')}`,
  bureau: `the token's bureau must be one of ${BUREAUX.join(', ')}`,
  'director-without-bureau': 'a director\'s token must name a bureau',
  'bureau-without-director': 'only a director\'s token names a bureau',
  subject: `the token's subject (sub) must be a name of 1 to ${MAX_SUBJECT_LENGTH} characters`,
} as const;
export type ClaimProblem = keyof typeof CLAIM_RULES;

/**
 * The first rule `claims` break, or null: the one set of rules the CLI signs tokens by and the gateway and
 * the subgraphs verify them by.
 */
export function claimProblem(claims: { role: unknown; bureau: unknown; sub: unknown }): ClaimProblem | null {
  if (!ROLES.includes(claims.role as Role)) return 'role';
  if (claims.bureau !== null && claims.bureau !== undefined && !BUREAUX.includes(claims.bureau as Bureau)) return 'bureau';
  if (claims.role === 'director' && !claims.bureau) return 'director-without-bureau';
  if (claims.role !== 'director' && claims.bureau) return 'bureau-without-director';
  if (typeof claims.sub !== 'string' || !claims.sub.trim() || claims.sub.length > MAX_SUBJECT_LENGTH) return 'subject';
  return null;
}
