import type { ApiError } from '../../api/graphql';

/**
 * A refused status change in plain words, by the contract's error code, followed by what the graph said.
 * Nothing has changed when one of these is shown.
 */
export function refusalMessage(error: ApiError): string {
  const said = ` The graph said: “${error.message}”`;
  switch (error.code) {
    case 'UNAUTHENTICATED':
      return `Not changed: you are not signed in, or your token has expired or was not issued by this graph. Sign in with a valid token and try again.${said}`;
    case 'FORBIDDEN':
      return `Not changed: your token does not allow changing this action. The secretariat may change any action; a director only actions given to their bureau or to the Bureau Directors.${said}`;
    case 'CONFLICT':
      return `Not changed: someone else changed this action while you were looking at it. The board now shows the latest status; change it again if you still need to.${said}`;
    case 'NETWORK':
      return `Not changed: ${error.message}`;
    default:
      return `Not changed.${said}`;
  }
}
