import { registerEnumType } from 'type-graphql';
import { enumObject, LANGUAGES, PARAGRAPH_ROLES, type Language as LanguageValue, type ParagraphRole as ParagraphRoleValue } from '@mandate-graph/vocabulary';

// The values come from the contract's vocabulary; here they become GraphQL enums.

export const Language = enumObject(LANGUAGES);
export type Language = LanguageValue;
registerEnumType(Language, { name: 'Language', description: 'The six official languages of the UN.' });

export const ParagraphRole = enumObject(PARAGRAPH_ROLES);
export type ParagraphRole = ParagraphRoleValue;
registerEnumType(ParagraphRole, { name: 'ParagraphRole', description: 'What a paragraph is in its document: body text, a heading, or a footnote.' });
