import { startGateway } from '@mandate-graph/gateway';
import { readSupergraph } from '../compose';
import { SCHEMA_DIR } from '../paths';
import { authSettings } from '../auth';

/**
 * `mandate-graph gateway [--port N] [--subgraph NAME=URL]...`: the gateway alone, in front of subgraphs
 * that run elsewhere (by default at the supergraph's routing URLs); run several behind a load balancer.
 */
export async function runGateway(port: number, subgraphUrls: Record<string, string>): Promise<number> {
  const gateway = await startGateway({ supergraphSdl: readSupergraph(SCHEMA_DIR), port, subgraphUrls, auth: authSettings() });
  console.log(`gateway serving at ${gateway.url}`);
  await new Promise<void>((resolve) => {
    process.once('SIGTERM', () => resolve());
    process.once('SIGINT', () => resolve());
  });
  await gateway.close();
  return 0;
}
