export {
  startHttpServer, sendJson,
  type RunningHttpServer, type RequestInfo, type Route, type HttpServerOptions, type RequestInterceptor, type Interception,
} from './http';
export { maskInternalErrors, requestLogPlugin, userInputError, withoutSuggestions } from './errors';
export {
  principalOf, signToken, authSettingsFromEnvironment, unauthenticated, forbidden, claimProblem, ROLES, BUREAUX, MAX_SUBJECT_LENGTH, GATEWAY_SECRET_HEADER,
  type Principal, type Role, type Bureau, type AuthSettings,
} from './auth';
export { describeListenError } from './listen-error';
export {
  HEALTH_PATH, LIST_SIZES_PATH, parseSubgraphHealth, parseListSizeReport, type SubgraphHealthReport, type ListSize, type ListSizeReport,
} from './subgraph-protocol';
