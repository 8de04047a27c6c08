import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261128000000Initial } from './Migration20261128000000Initial';
import { Migration20261129100000DataVersion } from './Migration20261129100000DataVersion';
import { Migration20261203020000RevisionSighting } from './Migration20261203020000RevisionSighting';
import { Migration20261208010000ProvenanceDocumentIndexes } from './Migration20261208010000ProvenanceDocumentIndexes';

/** Applied in this order when the subgraph starts; never edit one that has landed, add the next. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261128000000Initial', class: Migration20261128000000Initial },
  { name: 'Migration20261129100000DataVersion', class: Migration20261129100000DataVersion },
  { name: 'Migration20261203020000RevisionSighting', class: Migration20261203020000RevisionSighting },
  { name: 'Migration20261208010000ProvenanceDocumentIndexes', class: Migration20261208010000ProvenanceDocumentIndexes },
];
