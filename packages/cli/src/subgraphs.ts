import type { SubgraphDefinition } from '@mandate-graph/server-kit';
import { documentsSubgraph } from '@mandate-graph/documents';
import { resolutionsSubgraph } from '@mandate-graph/resolutions';
import { meetingsSubgraph } from '@mandate-graph/meetings';
import { consultationsSubgraph } from '@mandate-graph/consultations';

export interface SubgraphEntry {
  definition: SubgraphDefinition<unknown>;
  /** Port it listens on when started by `npm start`, and the routing URL written into the supergraph. */
  defaultPort: number;
}

/** The four subgraphs of the federation, in the order they are started. */
export const SUBGRAPHS: readonly SubgraphEntry[] = [
  { definition: documentsSubgraph as SubgraphDefinition<unknown>, defaultPort: 4001 },
  { definition: resolutionsSubgraph as SubgraphDefinition<unknown>, defaultPort: 4002 },
  { definition: meetingsSubgraph as SubgraphDefinition<unknown>, defaultPort: 4003 },
  { definition: consultationsSubgraph as SubgraphDefinition<unknown>, defaultPort: 4004 },
];

/** The subgraphs as ingestion takes them: each one's store and the sink it stores documents through. */
export const SUBGRAPH_DEFINITIONS: readonly SubgraphDefinition<unknown>[] = SUBGRAPHS.map((entry) => entry.definition);

export function subgraphNamed(name: string): SubgraphEntry {
  const entry = SUBGRAPHS.find((candidate) => candidate.definition.name === name);
  if (!entry) throw new Error(`No subgraph is called "${name}"; there are ${SUBGRAPHS.map((s) => s.definition.name).join(', ')}`);
  return entry;
}
