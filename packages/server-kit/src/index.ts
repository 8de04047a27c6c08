export { buildFederatedSchema, type FederatedSchema, type ReferenceResolver } from './federation';
export { startHttpServer, sendJson, type RunningHttpServer, type RequestInfo, type Route, type HttpServerOptions, type ResponseCache, type CacheDecision } from './http';
export { ConnectionType, PageArgs, PageInfo, paginate, pageSize, toConnection, encodeCursor, decodeCursor, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type Connection, type Edge } from './pagination';
export { Provenance, DocumentReference, provenanceType, storedProvenance, toProvenance, type Span, type StoredProvenance } from './provenance';
export { entityLoader, groupLoader } from './loaders';
export { maskInternalErrors, requestLogPlugin, userInputError, withoutSuggestions } from './errors';
export {
  principalOf, signToken, authSettingsFromEnvironment, unauthenticated, forbidden, claimProblem, ROLES, BUREAUX, MAX_SUBJECT_LENGTH, GATEWAY_SECRET_HEADER,
  type Principal, type Role, type Bureau, type AuthSettings,
} from './auth';
export { startSubgraph, openSubgraphStore, type SubgraphDefinition, type SubgraphContext, type SubgraphOptions, type RunningSubgraph } from './subgraph';
export { executionBudgetFromEnvironment, DEFAULT_EXECUTION_BUDGET, RequestBudget, type ExecutionBudget } from './execution-budget';
export { listSizesRoute, LIST_SIZES_PATH, type ListSizeQueries, type ListSize, type ListSizeReport } from './list-sizes';
export {
  ownedByScope, declaredInScope, undeclaredProblem,
  type DocumentSink, type DocumentCatalogue, type DocumentContribution, type DocumentRecord, type CataloguedDocument, type StoreOutcome,
  type FoundCitation, type CuratedClaim, type CurationScope, type CurationProblem,
} from './document-sink';
