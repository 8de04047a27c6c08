import { registerEnumType } from 'type-graphql';

export enum Assignee {
  SECRETARIAT = 'SECRETARIAT',
  GENERAL_SECRETARIAT = 'GENERAL_SECRETARIAT',
  SECRETARY_GENERAL = 'SECRETARY_GENERAL',
  BUREAU_DIRECTORS = 'BUREAU_DIRECTORS',
  TSB = 'TSB',
  BR = 'BR',
  BDT = 'BDT',
  GROUP = 'GROUP',
  COUNCIL = 'COUNCIL',
  MEMBER_STATES = 'MEMBER_STATES',
}
registerEnumType(Assignee, { name: 'Assignee', description: 'Who a follow-up action is given to.' });

export enum ActionStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  DEFERRED = 'DEFERRED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(ActionStatus, { name: 'ActionStatus' });
