import { registerEnumType } from 'type-graphql';
import { enumObject, RESOLUTION_STATUSES, MANDATE_RELATIONS, type ResolutionStatus as ResolutionStatusValue, type MandateRelation as MandateRelationValue } from '@mandate-graph/vocabulary';

// The values come from the contract's vocabulary; here they become GraphQL enums.

export const ResolutionStatus = enumObject(RESOLUTION_STATUSES);
export type ResolutionStatus = ResolutionStatusValue;
registerEnumType(ResolutionStatus, { name: 'ResolutionStatus' });

export const MandateRelation = enumObject(MANDATE_RELATIONS);
export type MandateRelation = MandateRelationValue;
registerEnumType(MandateRelation, { name: 'MandateRelation', description: 'How a resolution bears on an activity.' });
