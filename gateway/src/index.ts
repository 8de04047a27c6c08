export { startGateway, type GatewayOptions } from './gateway';
export { subgraphStates, healthRoute, type SubgraphState } from './health';
