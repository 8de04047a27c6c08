import { ConsultationEntity } from './consultation.entity';
import { ResponseCountEntity } from './response-count.entity';

export { ConsultationEntity } from './consultation.entity';
export { ResponseCountEntity } from './response-count.entity';
export { StakeholderCategory } from './enums';

export const entities = [ConsultationEntity, ResponseCountEntity];
