import { startSubgraph } from '@mandate-graph/server-kit';
import { authSettingsFromEnvironment } from '@mandate-graph/http-kit';
import { subgraphNamed } from '../subgraphs';

export type SubgraphMessage = { type: 'ready'; name: string; port: number } | { type: 'failed'; name: string; message: string };

/**
 * Runs one subgraph in this process (what `npm start` forks four times; also how a subgraph scales out
 * on other machines). Reports readiness to a parent process when there is one.
 */
export async function runSubgraph(name: string, port: number): Promise<number> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('DATABASE_URL is not set: a subgraph needs its PostgreSQL store');
  const { definition } = subgraphNamed(name);
  const report = (message: SubgraphMessage) => process.send?.(message);
  // A rejection nobody awaits (graphql-js leaves some behind when a request fails) must not end a process
  // that serves everyone else's requests; it is logged and the process goes on.
  process.on('unhandledRejection', (reason) => {
    console.error(`[${name}] a request left a failure unhandled:`, reason instanceof Error ? reason.message : reason);
  });
  let running;
  try {
    running = await startSubgraph(definition, { databaseUrl, port, auth: authSettingsFromEnvironment() });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    report({ type: 'failed', name, message });
    throw error;
  }
  report({ type: 'ready', name, port: running.port });
  if (!process.send) console.log(`${name} subgraph serving at ${running.url}`);

  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
    // Without its parent there is no gateway to serve: stop rather than linger.
    process.once('disconnect', stop);
  });
  await running.close();
  // An open IPC channel keeps the process alive: the parent would wait, then SIGKILL it.
  if (process.connected) process.disconnect();
  return 0;
}
