import { forbidden, unauthenticated, type Principal } from '@mandate-graph/http-kit';
import { Assignee } from '../entities';

/**
 * Who may change an action's status (the contract's rule): the secretariat any action; a director the
 * actions given to their bureau or to the Bureau Directors together; no one else.
 */
export function authorizeStatusChange(principal: Principal | null, action: { id: string; assignees: Assignee[] }): Principal {
  if (!principal) throw unauthenticated('Changing an action\'s status needs a token: send "Authorization: Bearer <token>".');
  if (principal.role === 'secretariat') return principal;
  if (principal.role === 'director' && principal.bureau) {
    const bureau = Assignee[principal.bureau];
    if (action.assignees.includes(bureau) || action.assignees.includes(Assignee.BUREAU_DIRECTORS)) return principal;
    throw forbidden(`The director of ${principal.bureau} may change actions given to ${principal.bureau} or to the Bureau Directors; ${action.id} is given to ${action.assignees.join(', ') || 'no one'}.`);
  }
  throw forbidden(`The ${principal.role} role may read actions but not change them.`);
}
