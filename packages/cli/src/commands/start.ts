import { fork, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { describeListenError } from '@mandate-graph/database';
import { startGateway } from '@mandate-graph/gateway';
import type { RunningHttpServer } from '@mandate-graph/server-kit';
import { openDatabase, type Database } from '../database';
import { readSupergraph } from '../compose';
import { CLI_BIN, SAMPLE_REPOSITORY, SCHEMA_DIR } from '../paths';
import { SUBGRAPHS } from '../subgraphs';
import type { SubgraphMessage } from './subgraph';
import { ingestInto } from './ingest';
import { authSettings } from '../auth';
import type { AuthSettings } from '@mandate-graph/server-kit';

export interface StartOptions {
  /** Repositories to ingest before serving (unchanged documents cost a hash each). */
  repositories: string[];
  port: number;
  /** `default`: 4001-4004 as in the supergraph's routing URLs; `auto`: any free ports. */
  subgraphPorts: 'default' | 'auto';
}

interface SubgraphProcess {
  name: string;
  child: ChildProcess;
  url: string;
}

function spawnSubgraph(name: string, port: number, databaseUrl: string, auth: AuthSettings): Promise<SubgraphProcess> {
  return new Promise((resolve, reject) => {
    const child = fork(CLI_BIN, ['subgraph', name, '--port', String(port)], {
      env: { ...process.env, DATABASE_URL: databaseUrl, AUTH_JWT_SECRET: auth.secret, AUTH_REQUIRED: String(auth.required) },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const onExit = (code: number | null) => reject(new Error(`the ${name} subgraph stopped while starting (exit code ${code})`));
    child.once('exit', onExit);
    child.on('message', (message: SubgraphMessage) => {
      if (message.type === 'ready') {
        child.off('exit', onExit);
        resolve({ name, child, url: `http://127.0.0.1:${message.port}/graphql` });
      } else if (message.type === 'failed') {
        child.off('exit', onExit);
        reject(new Error(`the ${name} subgraph could not start: ${message.message}`));
      }
    });
  });
}

async function ensurePortFree(port: number, what: string): Promise<void> {
  if (port === 0) return;
  const probe = createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', (error) => reject(describeListenError(error, port, what)));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

function stopChild(child: ChildProcess, graceMs = 15_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * `npm start`: the store, the four subgraphs as child processes on loopback, and the gateway. Stops
 * in the reverse order on SIGINT/SIGTERM: the gateway drains, the subgraphs finish, the store closes.
 */
export async function runStart(options: StartOptions): Promise<number> {
  const supergraphSdl = readSupergraph(SCHEMA_DIR);
  let database: Database | undefined;
  let gateway: RunningHttpServer | undefined;
  const children: SubgraphProcess[] = [];
  const shutdown = async () => {
    await gateway?.close();
    await Promise.all(children.map(({ child }) => stopChild(child)));
    await database?.close();
  };

  try {
    // A taken gateway port is reported before anything else starts.
    await ensurePortFree(options.port, 'the gateway');
    database = await openDatabase();
    console.log(`Store: ${database.description}`);
    // With nothing configured, a newcomer still sees a populated graph: the project's own sample reports.
    const repositories = options.repositories.length ? options.repositories : [SAMPLE_REPOSITORY];
    const failedDocuments = await ingestInto(database.url, repositories);
    if (failedDocuments) console.error(`${failedDocuments} documents could not be ingested (see above); serving the rest.`);
    const auth = authSettings();
    const ports = SUBGRAPHS.map(({ defaultPort }) => (options.subgraphPorts === 'auto' ? 0 : defaultPort));
    // Each subgraph migrates only its own PostgreSQL schema, so they can start side by side.
    const started = await Promise.allSettled(SUBGRAPHS.map(({ definition }, index) => spawnSubgraph(definition.name, ports[index], database!.url, auth)));
    for (const result of started) if (result.status === 'fulfilled') children.push(result.value);
    const failed = started.find((result): result is PromiseRejectedResult => result.status === 'rejected');
    if (failed) throw failed.reason;
    gateway = await startGateway({
      supergraphSdl,
      port: options.port,
      subgraphUrls: Object.fromEntries(children.map(({ name, url }) => [name, url])),
      auth,
    });
  } catch (error) {
    await shutdown();
    throw error;
  }

  console.log(`mandate-graph is serving the graph at ${gateway.url}`);
  console.log(`Health: ${gateway.url.replace(/\/graphql$/, '/health')}`);

  for (const { name, child } of children) {
    child.on('exit', (code, signal) => {
      if (!stopping) console.error(`The ${name} subgraph stopped (${signal ?? `exit code ${code}`}); its fields are missing from answers.`);
    });
  }
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
