import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { principalOf, signToken } from '@mandate-graph/http-kit';
import { runCli } from '../support/cli';

async function token(args: string[], env: Record<string, string | undefined>) {
  const run = runCli(['token', ...args], env);
  return { code: await run.exited, output: run.output().trim() };
}

describe('mandate-graph token', () => {
  it('signs with a development secret made once under .data/ and kept for the next tokens', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'mandate-token-'));
    const env = { MANDATE_DATA_DIR: dataDir, AUTH_JWT_SECRET: undefined };
    const first = await token(['--role', 'director', '--bureau', 'bdt', '--sub', 'director-of-bdt'], env);
    expect(first.code, first.output).toBe(0);
    const secretFile = join(dataDir, 'auth-secret');
    expect(statSync(secretFile).mode & 0o777).toBe(0o600);
    const secret = readFileSync(secretFile, 'utf8');
    expect(await principalOf(`Bearer ${first.output}`, { secret, required: false })).toEqual({ sub: 'director-of-bdt', role: 'director', bureau: 'BDT' });

    const second = await token(['--role', 'secretariat'], env);
    expect(readFileSync(secretFile, 'utf8')).toBe(secret);
    expect(await principalOf(`Bearer ${second.output}`, { secret, required: false })).toEqual({ sub: 'secretariat', role: 'secretariat', bureau: null });
  });

  it('uses AUTH_JWT_SECRET when it is set', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'mandate-token-'));
    const { code, output } = await token(['--role', 'analyst', '--sub', 'reader'], { MANDATE_DATA_DIR: dataDir, AUTH_JWT_SECRET: 'a-secret-from-the-environment' });
    expect(code).toBe(0);
    expect(await principalOf(`Bearer ${output}`, { secret: 'a-secret-from-the-environment', required: false })).toMatchObject({ sub: 'reader', role: 'analyst' });
    await expect(principalOf(`Bearer ${output}`, { secret: 'another-secret', required: false })).rejects.toThrow(/not signed with this graph's secret/);
  });

  it('explains a role or bureau it does not know, and a director without a bureau', async () => {
    const env = { MANDATE_DATA_DIR: mkdtempSync(join(tmpdir(), 'mandate-token-')) };
    for (const [args, message] of [
      [['--role', 'admin'], /--role must be one of analyst, director, secretariat/],
      [['--role', 'director', '--bureau', 'ITU'], /--bureau must be one of TSB, BR, BDT/],
      [['--role', 'director'], /needs --bureau/],
    ] as const) {
      const { code, output } = await token([...args], env);
      expect(code).not.toBe(0);
      expect(output).toMatch(message);
      expect(output).not.toMatch(/\n\s+at /);
    }
  });

  it('verifies tokens by the rules it signs them by: a token it would refuse to make is refused when presented', async () => {
    const secret = 'a-secret-for-claim-rules';
    for (const [claims, reason] of [
      [{ sub: 'jane', role: 'analyst', bureau: 'BDT' }, /only a director's token names a bureau/],
      [{ sub: 'jane', role: 'director', bureau: null }, /a director's token must name a bureau/],
      [{ sub: 'x'.repeat(201), role: 'secretariat', bureau: null }, /subject \(sub\) must be a name of 1 to 200 characters/],
    ] as const) {
      const signed = await signToken(claims as Parameters<typeof signToken>[0], secret);
      await expect(principalOf(`Bearer ${signed}`, { secret, required: false }), JSON.stringify(claims)).rejects.toThrow(reason);
    }
  });
});
