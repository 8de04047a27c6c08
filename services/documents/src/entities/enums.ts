import { registerEnumType } from 'type-graphql';
import { enumObject, LANGUAGES, type Language as LanguageValue } from '@mandate-graph/vocabulary';

// The values come from the contract's vocabulary; here they become GraphQL enums.

export const Language = enumObject(LANGUAGES);
export type Language = LanguageValue;
registerEnumType(Language, { name: 'Language', description: 'The six official languages of the UN.' });
