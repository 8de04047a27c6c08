export { buildFederatedSchema, type FederatedSchema, type ReferenceResolver } from './federation';
export { ConnectionType, PageArgs, PageInfo, paginate, pageSize, toConnection, encodeCursor, decodeCursor, boundedCount, countedUpTo, countMatching, EXACT_COUNT_BOUND, type Connection, type CountedTotal, type Edge } from './pagination';
export { FactOrigin, factOrigin, readingWins, CLEARED_ORIGIN } from './fact-origin';
export { Provenance, DocumentReference, provenanceType, storedProvenance, toProvenance, type Span, type StoredProvenance } from './provenance';
export { entityLoader, groupLoader } from './loaders';
export { findLean, type LeanFindOptions } from './lean';
export { insertRows, type PlainRow } from './insert-rows';
export { startSubgraph, openSubgraphStore, type SubgraphDefinition, type SubgraphContext, type SubgraphOptions, type RunningSubgraph } from './subgraph';
export { executionBudgetFromEnvironment, DEFAULT_EXECUTION_BUDGET, RequestBudget, type ExecutionBudget } from './execution-budget';
export { listSizesRoute, type ListSizeQueries } from './list-sizes';
export {
  ownedByScope, judgeClaims,
  type DocumentSink, type DocumentCatalogue, type DocumentContribution, type DocumentRecord, type CataloguedDocument, type StoreOutcome,
  type FoundCitation, type CuratedClaim, type CurationScope, type CurationProblem,
} from './document-sink';
