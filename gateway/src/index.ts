export { startGateway, type GatewayOptions } from './gateway';
export { DEFAULT_LIMITS, type ArmorLimits } from './armor';
export { subgraphStates, subgraphHealth, healthRoute, type SubgraphState, type SubgraphHealth, type Supervision } from './health';
export { startResponseCache, responseCacheFromEnvironment, type ResponseCacheOptions, type RunningResponseCache } from './response-cache';
export { estimateCost, UNKNOWN_LIST_SIZE, type CostEstimate, type ListSizeOf } from './query-cost';
