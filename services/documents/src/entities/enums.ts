import { registerEnumType } from 'type-graphql';

export enum Language {
  AR = 'AR',
  EN = 'EN',
  ES = 'ES',
  FR = 'FR',
  RU = 'RU',
  ZH = 'ZH',
}
registerEnumType(Language, { name: 'Language', description: 'The six official languages of the UN.' });
