import { MikroORM, type EntityManager } from '@mikro-orm/postgresql';
import { openSubgraphStore, type DocumentCatalogue, type DocumentSink, type SubgraphDefinition } from '@mandate-graph/server-kit';

/** Where ingestion writes: the subgraphs' sinks, over one connection pool that reaches every subgraph's schema. */
export interface IngestionStore {
  em: EntityManager;
  catalogue: DocumentCatalogue;
  /** In the registry's order; each writes its share of every document. */
  sinks: readonly DocumentSink[];
  close(): Promise<void>;
}

/**
 * One connection pool over the given subgraphs' schemas (each entity names its schema), so that a document's
 * facts land in every subgraph's store in one transaction. Each subgraph's migrations are applied first.
 * Exactly one of the subgraphs keeps the catalogue of documents.
 */
export async function openIngestionStore(databaseUrl: string, subgraphs: readonly SubgraphDefinition<unknown>[]): Promise<IngestionStore> {
  const catalogues = subgraphs.flatMap((definition) => (definition.catalogue ? [definition.catalogue] : []));
  if (catalogues.length !== 1) throw new Error(`ingestion needs exactly one subgraph that keeps the document catalogue; ${catalogues.length} do`);
  for (const definition of subgraphs) await (await openSubgraphStore(definition, { databaseUrl })).close();
  const orm = await MikroORM.init({
    clientUrl: databaseUrl,
    entities: [...new Set(subgraphs.flatMap((definition) => definition.entities as never[]))],
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    pool: { min: 0, max: 2 },
    allowGlobalContext: false,
  });
  return { em: orm.em, catalogue: catalogues[0], sinks: subgraphs.map((definition) => definition.sink), close: () => orm.close() };
}

export type { EntityManager };
