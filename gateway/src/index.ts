export { startGateway, type GatewayOptions } from './gateway';
export { DEFAULT_LIMITS, type ArmorLimits } from './armor';
export { subgraphStates, subgraphHealth, healthRoute, type SubgraphState, type SubgraphHealth } from './health';
export { startResponseCache, responseCacheFromEnvironment, type ResponseCacheOptions, type RunningResponseCache } from './response-cache';
