import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

const STORAGE_KEY = 'mandate-graph.token';

/** What a token says about its holder. The gateway checks the signature; the dashboard only reads it. */
export interface TokenClaims {
  sub: string | null;
  role: string | null;
  bureau: string | null;
  expiresAt: Date | null;
}

function decodeBase64Url(part: string): string {
  const base64 = part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '=');
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

const stringClaim = (value: unknown): string | null => (typeof value === 'string' && value ? value : null);

/** The claims of a JWT, or why the text is not one. */
export function readClaims(token: string): TokenClaims | { problem: string } {
  const parts = token.split('.');
  if (parts.length !== 3 || parts.some((part) => !/^[\w-]*$/.test(part))) {
    return { problem: 'This is not a JWT: a token is three base64url parts separated by dots.' };
  }
  try {
    const payload: unknown = JSON.parse(decodeBase64Url(parts[1]));
    if (typeof payload !== 'object' || payload === null) return { problem: 'The token carries no claims.' };
    const claims = payload as Record<string, unknown>;
    return {
      sub: stringClaim(claims.sub),
      role: stringClaim(claims.role),
      bureau: stringClaim(claims.bureau),
      expiresAt: typeof claims.exp === 'number' ? new Date(claims.exp * 1000) : null,
    };
  } catch {
    return { problem: 'The token’s claims cannot be read: its middle part is not base64url-encoded JSON.' };
  }
}

interface Session {
  token: string | null;
  claims: TokenClaims | null;
  /** Keeps the token for this tab only (sessionStorage); answers why a text was refused, or null. */
  signIn(token: string): string | null;
  signOut(): void;
}

const SessionContext = createContext<Session | null>(null);

function storedToken(): string | null {
  try {
    return sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage disabled: the token lives as long as the page
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [token, setToken] = useState<string | null>(storedToken);
  const signIn = useCallback((text: string) => {
    const candidate = text.trim().replace(/^Bearer\s+/i, '');
    const claims = readClaims(candidate);
    if ('problem' in claims) return claims.problem;
    try {
      sessionStorage.setItem(STORAGE_KEY, candidate);
    } catch {
      // kept in memory only
    }
    setToken(candidate);
    return null;
  }, []);
  const signOut = useCallback(() => {
    try {
      sessionStorage.removeItem(STORAGE_KEY);
    } catch {
      // nothing stored
    }
    setToken(null);
  }, []);
  const session = useMemo<Session>(() => {
    const claims = token ? readClaims(token) : null;
    return { token, claims: claims && !('problem' in claims) ? claims : null, signIn, signOut };
  }, [token, signIn, signOut]);
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession needs a SessionProvider above it');
  return session;
}
