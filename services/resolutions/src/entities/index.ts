import { FactOrigin } from '@mandate-graph/server-kit';
import { ResolutionEntity } from './resolution.entity';
import { OperativeClauseEntity } from './operative-clause.entity';
import { MandateEntity } from './mandate.entity';
import { ResolutionCitationEntity } from './resolution-citation.entity';
import { RevisionSightingEntity } from './revision-sighting.entity';

export { ResolutionEntity, parseResolutionId, resolutionSortKey, type StoredRevision, type StoredRecital } from './resolution.entity';
export { OperativeClauseEntity } from './operative-clause.entity';
export { MandateEntity, type ActivityType } from './mandate.entity';
export { ResolutionCitationEntity } from './resolution-citation.entity';
export { RevisionSightingEntity } from './revision-sighting.entity';
export { ResolutionStatus, MandateRelation } from './enums';

export const entities = [FactOrigin, ResolutionEntity, OperativeClauseEntity, MandateEntity, ResolutionCitationEntity, RevisionSightingEntity];
