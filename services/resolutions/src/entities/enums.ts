import { registerEnumType } from 'type-graphql';

export enum ResolutionStatus {
  IN_FORCE = 'IN_FORCE',
  ABROGATED = 'ABROGATED',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(ResolutionStatus, { name: 'ResolutionStatus' });

export enum MandateRelation {
  ESTABLISHES = 'ESTABLISHES',
  INSTRUCTS = 'INSTRUCTS',
  GUIDES = 'GUIDES',
  BASIS_FOR = 'BASIS_FOR',
  REFERENCES = 'REFERENCES',
}
registerEnumType(MandateRelation, { name: 'MandateRelation', description: 'How a resolution bears on an activity.' });
