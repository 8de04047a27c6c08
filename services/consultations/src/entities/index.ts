import { FactOrigin } from '@mandate-graph/server-kit';
import { ConsultationEntity } from './consultation.entity';
import { ConsultationReadingEntity } from './consultation-reading.entity';
import { ResponseCountEntity } from './response-count.entity';

export { ConsultationEntity } from './consultation.entity';
export { ConsultationReadingEntity, type ConsultationReading } from './consultation-reading.entity';
export { ResponseCountEntity } from './response-count.entity';
export { StakeholderCategory } from './enums';

export const entities = [FactOrigin, ConsultationEntity, ResponseCountEntity, ConsultationReadingEntity];
