import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261128000000Initial } from './Migration20261128000000Initial';
import { Migration20261129000000DocumentSymbols } from './Migration20261129000000DocumentSymbols';
import { Migration20261129100000DataVersion } from './Migration20261129100000DataVersion';
import { Migration20261129110000DocumentPathIndex } from './Migration20261129110000DocumentPathIndex';
import { Migration20261202000000RepositoryFolder } from './Migration20261202000000RepositoryFolder';
import { Migration20261203000000ParagraphRole } from './Migration20261203000000ParagraphRole';
import { Migration20261203010000DocumentWork } from './Migration20261203010000DocumentWork';
import { Migration20261203020000SearchFold } from './Migration20261203020000SearchFold';
import { Migration20261204000000SearchFoldStored } from './Migration20261204000000SearchFoldStored';
import { Migration20261208000000SearchLexemes } from './Migration20261208000000SearchLexemes';

/** Applied in this order when the subgraph starts; never edit one that has landed, add the next. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261128000000Initial', class: Migration20261128000000Initial },
  { name: 'Migration20261129000000DocumentSymbols', class: Migration20261129000000DocumentSymbols },
  { name: 'Migration20261129100000DataVersion', class: Migration20261129100000DataVersion },
  { name: 'Migration20261129110000DocumentPathIndex', class: Migration20261129110000DocumentPathIndex },
  { name: 'Migration20261202000000RepositoryFolder', class: Migration20261202000000RepositoryFolder },
  { name: 'Migration20261203000000ParagraphRole', class: Migration20261203000000ParagraphRole },
  { name: 'Migration20261203010000DocumentWork', class: Migration20261203010000DocumentWork },
  { name: 'Migration20261203020000SearchFold', class: Migration20261203020000SearchFold },
  { name: 'Migration20261204000000SearchFoldStored', class: Migration20261204000000SearchFoldStored },
  { name: 'Migration20261208000000SearchLexemes', class: Migration20261208000000SearchLexemes },
];
