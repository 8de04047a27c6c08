import { randomBytes } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve as resolvePath } from 'node:path';
import { describeListenError } from '@mandate-graph/http-kit';
import { startGateway } from '@mandate-graph/gateway';
import type { RunningHttpServer } from '@mandate-graph/http-kit';
import { openDatabase, type Database } from '../database';
import { readSupergraph } from '../compose';
import { SAMPLE_REPOSITORY, SCHEMA_DIR } from '../paths';
import { SUBGRAPHS } from '../subgraphs';
import { SupervisedSubgraph } from '../supervisor';
import { ingestInto } from './ingest';
import { authSettings } from '../auth';
import { watchRepositories, type RepositoryWatcher } from '../watch';

export interface StartOptions {
  /** Repositories to ingest before serving (unchanged documents cost a hash each). */
  repositories: string[];
  port: number;
  /** `default`: 4001-4004 as in the supergraph's routing URLs; `auto`: any free ports. */
  subgraphPorts: 'default' | 'auto';
  /** Keep ingesting what changes in the repositories while the graph serves. */
  watch?: boolean;
}

async function ensurePortFree(port: number, what: string): Promise<void> {
  if (port === 0) return;
  const probe = createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', (error) => reject(describeListenError(error, port, what)));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

/**
 * `npm start`: the store, the four subgraphs as child processes on loopback, and the gateway. Stops
 * in the reverse order on SIGINT/SIGTERM: the gateway drains, the subgraphs finish, the store closes.
 */
export async function runStart(options: StartOptions): Promise<number> {
  // A mistyped repository stops the start: serving yesterday's data after one easy-to-miss line would not.
  for (const repository of options.repositories) {
    if (!existsSync(repository)) throw new Error(`--repository ${repository}: no such folder`);
    if (!statSync(repository).isDirectory()) throw new Error(`--repository ${repository}: a file, not a folder of documents`);
  }
  const supergraphSdl = readSupergraph(SCHEMA_DIR);
  let database: Database | undefined;
  let gateway: RunningHttpServer | undefined;
  let watcher: RepositoryWatcher | undefined;
  const children: SupervisedSubgraph[] = [];
  const shutdown = async () => {
    await watcher?.close();
    await gateway?.close();
    await Promise.all(children.map((child) => child.stop()));
    await database?.close();
  };

  try {
    // A taken gateway port is reported before anything else starts.
    await ensurePortFree(options.port, 'the gateway');
    database = await openDatabase();
    console.log(`Store: ${database.description}`);
    // With nothing configured, a newcomer still sees a populated graph: the project's own sample reports.
    const repositories = options.repositories.length ? options.repositories : [SAMPLE_REPOSITORY];
    // The samples are for a first look: once real repositories are configured, their invented figures go.
    const removeSamples = !repositories.some((repository) => resolvePath(repository) === SAMPLE_REPOSITORY);
    const failedDocuments = await ingestInto(database.url, repositories, { removeSamples });
    if (failedDocuments) console.error(`${failedDocuments} documents could not be ingested (see above); serving the rest.`);
    // Subgraph ports answer only this gateway: a secret of its own for every run, unless one is configured.
    const auth = { gatewaySecret: randomBytes(32).toString('base64url'), ...authSettings() };
    const ports = SUBGRAPHS.map(({ defaultPort }) => (options.subgraphPorts === 'auto' ? 0 : defaultPort));
    // Each subgraph migrates only its own PostgreSQL schema, so they can start side by side.
    children.push(...SUBGRAPHS.map(({ definition }, index) => new SupervisedSubgraph(definition.name, ports[index], database!.url, auth)));
    const started = await Promise.allSettled(children.map((child) => child.start()));
    const failed = started.find((result): result is PromiseRejectedResult => result.status === 'rejected');
    if (failed) throw failed.reason;
    gateway = await startGateway({
      supergraphSdl,
      port: options.port,
      subgraphUrls: Object.fromEntries(children.map(({ name, url }) => [name, url])),
      auth,
      supervision: () => Object.fromEntries(children.map((child) => [child.name, child.status()])),
    });
    if (options.watch) watcher = await watchRepositories(database.url, repositories);
  } catch (error) {
    await shutdown();
    throw error;
  }

  console.log(`mandate-graph is serving the graph at ${gateway.url}`);
  console.log(`Health: ${gateway.url.replace(/\/graphql$/, '/health')}`);

  let stopping = false;
  await new Promise<void>((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) return;
      stopping = true;
      console.log(`${signal}: finishing requests in flight, then stopping.`);
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await shutdown();
  console.log('Stopped cleanly.');
  return 0;
}
