import { registerEnumType } from 'type-graphql';

export enum StakeholderCategory {
  GOVERNMENT = 'GOVERNMENT',
  PRIVATE_SECTOR = 'PRIVATE_SECTOR',
  INDUSTRY_ASSOCIATION = 'INDUSTRY_ASSOCIATION',
  CIVIL_SOCIETY = 'CIVIL_SOCIETY',
  INTERNATIONAL_ORGANIZATION = 'INTERNATIONAL_ORGANIZATION',
  ACADEMIA = 'ACADEMIA',
  TECHNICAL_COMMUNITY = 'TECHNICAL_COMMUNITY',
  OTHER = 'OTHER',
}
registerEnumType(StakeholderCategory, { name: 'StakeholderCategory', description: 'Who answered an open consultation.' });
