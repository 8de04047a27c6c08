import { registerEnumType } from 'type-graphql';
import { enumObject, STAKEHOLDER_CATEGORIES, type StakeholderCategory as StakeholderCategoryValue } from '@mandate-graph/vocabulary';

// The values come from the contract's vocabulary; here they become GraphQL enums.

export const StakeholderCategory = enumObject(STAKEHOLDER_CATEGORIES);
export type StakeholderCategory = StakeholderCategoryValue;
registerEnumType(StakeholderCategory, { name: 'StakeholderCategory', description: 'Who answered an open consultation.' });
