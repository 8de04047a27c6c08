import { useState, type FormEvent } from 'react';
import { useSession, type TokenClaims } from '../../auth/session';

function describeHolder(claims: TokenClaims): string {
  if (claims.role === 'director') return `director${claims.bureau ? ` of ${claims.bureau}` : ''}`;
  if (claims.role === 'secretariat') return 'secretariat (may change any action)';
  if (claims.role === 'analyst') return 'analyst (may read, not change)';
  return claims.role ?? 'no role';
}

/** Paste a JWT to change statuses; it is kept in this tab's sessionStorage and sent as a bearer token. */
export function SignInPanel() {
  const { token, claims, signIn, signOut } = useSession();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  if (token && claims) {
    const expired = claims.expiresAt !== null && claims.expiresAt.getTime() < Date.now();
    return (
      <section className="session" aria-labelledby="session-heading">
        <h2 id="session-heading">Your token</h2>
        <p>
          Signed in as <strong>{claims.sub ?? 'an unnamed holder'}</strong>, {describeHolder(claims)}.{' '}
          {claims.expiresAt ? (
            expired ? (
              <strong className="warning-text">It expired on {claims.expiresAt.toLocaleString()}: the graph will refuse changes.</strong>
            ) : (
              <>Valid until {claims.expiresAt.toLocaleString()}.</>
            )
          ) : null}
        </p>
        <button type="button" onClick={signOut}>
          Sign out
        </button>
      </section>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const refusal = signIn(text);
    setProblem(refusal);
    if (!refusal) setText('');
  };
  return (
    <section className="session" aria-labelledby="session-heading">
      <h2 id="session-heading">Sign in to change statuses</h2>
      <p className="hint">
        Anyone may read the board. To change a status, paste a bearer token (a JWT), for example from{' '}
        <code>npx mandate-graph token --role director --bureau BDT</code>. It stays in this tab only.
      </p>
      <form className="inline-form" onSubmit={submit}>
        <label htmlFor="token-input">Bearer token (JWT)</label>
        <input id="token-input" type="password" autoComplete="off" spellCheck={false} value={text} onChange={(event) => setText(event.target.value)} required />
        <button type="submit">Sign in</button>
      </form>
      {problem ? (
        <p className="notice notice-error" role="alert">
          {problem}
        </p>
      ) : null}
    </section>
  );
}
