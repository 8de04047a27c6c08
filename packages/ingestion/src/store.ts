import { MikroORM, type EntityManager } from '@mikro-orm/postgresql';
import { openSubgraphStore, type SubgraphDefinition } from '@mandate-graph/server-kit';
import { documentsSubgraph } from '@mandate-graph/documents';
import { resolutionsSubgraph } from '@mandate-graph/resolutions';
import { meetingsSubgraph } from '@mandate-graph/meetings';
import { consultationsSubgraph } from '@mandate-graph/consultations';

const SUBGRAPHS = [documentsSubgraph, resolutionsSubgraph, meetingsSubgraph, consultationsSubgraph] as SubgraphDefinition<unknown>[];

export type IngestionStore = MikroORM;

/**
 * One connection pool over every subgraph's schema (each entity names its schema), so that a document's
 * facts land in all four stores in one transaction. Each subgraph's migrations are applied first.
 */
export async function openIngestionStore(databaseUrl: string): Promise<IngestionStore> {
  for (const definition of SUBGRAPHS) await (await openSubgraphStore(definition, { databaseUrl })).close();
  return MikroORM.init({
    clientUrl: databaseUrl,
    entities: SUBGRAPHS.flatMap((definition) => definition.entities as never[]),
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    pool: { min: 0, max: 2 },
    allowGlobalContext: false,
  });
}

export type { EntityManager };
