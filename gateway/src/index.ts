export { startGateway, type GatewayOptions } from './gateway';
export { DEFAULT_LIMITS, type ArmorLimits } from './plugins/armor';
export type { GatewayPlugin, SubgraphFetch, SubgraphRequest, SubgraphAnswer } from './plugin';
export { subgraphStates, subgraphHealth, healthRoute, type SubgraphState, type SubgraphHealth, type Supervision } from './health';
export { responseCacheFromEnvironment, type ResponseCacheOptions } from './plugins/response-cache';
export { estimateCost, UNKNOWN_LIST_SIZE, type CostEstimate, type ListSizeOf } from './query-cost';
