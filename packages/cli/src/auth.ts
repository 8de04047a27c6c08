import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { authSettingsFromEnvironment, type AuthSettings } from '@mandate-graph/http-kit';
import { dataDir } from './paths';

const SECRET_FILE = 'auth-secret';

/**
 * The HS256 secret: AUTH_JWT_SECRET when set; otherwise a development secret made once and kept under
 * .data/ (readable by its owner only), so tokens stay valid across restarts.
 */
export function authSecret(): string {
  if (process.env.AUTH_JWT_SECRET) return process.env.AUTH_JWT_SECRET;
  const directory = dataDir();
  const path = join(directory, SECRET_FILE);
  if (!existsSync(path)) {
    mkdirSync(directory, { recursive: true });
    writeFileSync(path, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' });
    chmodSync(path, 0o600);
  }
  return readFileSync(path, 'utf8').trim();
}

export function authSettings(): AuthSettings {
  return authSettingsFromEnvironment({ ...process.env, AUTH_JWT_SECRET: authSecret() });
}
