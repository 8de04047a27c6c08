import { OptimisticLockError } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import { userInputError, type Principal } from '@mandate-graph/http-kit';
import { ActionEntity, ActionStatus, ActionUpdateEntity } from '../entities';
import { authorizeStatusChange } from './authorization';

export const MAX_NOTE_LENGTH = 2_000;

export interface StatusChange {
  id: string;
  status: ActionStatus;
  note?: string | null;
  /** The version the person saw: when the action has changed since, the change is refused. */
  expectedVersion?: number | null;
}

function conflict(id: string): GraphQLError {
  return new GraphQLError(`${id} was changed by someone else meanwhile; reload it and try again.`, { extensions: { code: 'CONFLICT' } });
}

/**
 * Changes an action's status and appends the change to its history in one transaction. Of two changes
 * racing on one action, the second to commit finds the version moved and is refused with CONFLICT:
 * nothing is lost silently, and a refused change leaves no trace.
 */
export async function changeActionStatus(em: EntityManager, principal: Principal | null, change: StatusChange): Promise<ActionEntity> {
  const note = change.note?.trim() || null;
  if (note && note.length > MAX_NOTE_LENGTH) throw userInputError(`note is ${note.length} characters; the limit is ${MAX_NOTE_LENGTH}`, 'note');
  try {
    return await em.transactional(async (tx) => {
      const action = await tx.findOne(ActionEntity, change.id);
      if (!action) throw new GraphQLError(`No action has the id "${change.id}".`, { extensions: { code: 'NOT_FOUND' } });
      const by = authorizeStatusChange(principal, action);
      if (change.expectedVersion != null && change.expectedVersion !== action.version) throw conflict(change.id);
      tx.create(ActionUpdateEntity, { action, at: new Date(), by: by.sub, from: action.status, status: change.status, note });
      action.status = change.status;
      return action;
    });
  } catch (error) {
    if (error instanceof OptimisticLockError) throw conflict(change.id);
    throw error;
  }
}
