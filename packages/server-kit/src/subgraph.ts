import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { MigrationObject } from '@mikro-orm/core';
import { openStore, type Store, type StoreOptions } from '@mandate-graph/database';
import type { FederatedSchema } from './federation';
import { maskInternalErrors } from './errors';
import { sendJson, startHttpServer, type RequestInfo, type RunningHttpServer } from './http';
import { principalOf, type AuthSettings, type Principal } from './auth';
import { requestLogPlugin } from './errors';
import { readDataVersion } from './data-version';
import { listSizesRoute, type ListSizeQueries } from './list-sizes';
import { enforceExecutionBudget, executionBudgetFromEnvironment, executionBudgetPlugin, RequestBudget, type ExecutionBudget } from './execution-budget';

/** What every subgraph resolver sees: its own EntityManager fork and loaders, made for this request. */
export interface SubgraphContext<Loaders> {
  em: EntityManager;
  loaders: Loaders;
  request: RequestInfo;
  /** Who is asking, checked here again: a request may reach the subgraph without the gateway. */
  principal: Principal | null;
  budget: RequestBudget;
}

/** A subgraph as a value: its store, its schema, and how a request's context is made. */
export interface SubgraphDefinition<Loaders> {
  name: string;
  /** The PostgreSQL schema it owns. */
  databaseSchema: string;
  entities: StoreOptions['entities'];
  migrations: MigrationObject[];
  buildSchema(): Promise<FederatedSchema>;
  createLoaders(em: EntityManager): Loaders;
  /** The lengths of the lists it resolves, by `Type.field`, so that the gateway can price a query. */
  listSizes?: ListSizeQueries;
}

export interface SubgraphOptions {
  databaseUrl: string;
  port?: number;
  host?: string;
  onQuery?: (sql: string) => void;
  auth: AuthSettings;
  /** What one request may make it do. Default: SUBGRAPH_MAX_FIELD_VALUES, SUBGRAPH_DEADLINE_MS. */
  budget?: Partial<ExecutionBudget>;
}

export interface RunningSubgraph extends RunningHttpServer {
  name: string;
  store: Store;
}

export function openSubgraphStore<Loaders>(definition: SubgraphDefinition<Loaders>, options: Pick<SubgraphOptions, 'databaseUrl' | 'onQuery'>): Promise<Store> {
  return openStore({
    url: options.databaseUrl,
    schema: definition.databaseSchema,
    entities: definition.entities,
    migrations: definition.migrations,
    onQuery: options.onQuery,
  });
}

/** Opens the store (applying migrations), then serves the subgraph over HTTP with /health. */
export async function startSubgraph<Loaders>(definition: SubgraphDefinition<Loaders>, options: SubgraphOptions): Promise<RunningSubgraph> {
  const store = await openSubgraphStore(definition, options);
  try {
    const schema = enforceExecutionBudget((await definition.buildSchema()).schema);
    const budget = { ...executionBudgetFromEnvironment(), ...options.budget };
    const apollo = new ApolloServer<SubgraphContext<Loaders>>({
      schema,
      formatError: maskInternalErrors(definition.name),
      includeStacktraceInErrorResponses: false,
      // The process that runs it decides when to stop (the command handles SIGINT and SIGTERM).
      stopOnTerminationSignals: false,
      // The gateway is the only intended caller; the landing page belongs there.
      plugins: [
        ApolloServerPluginLandingPageDisabled(), ApolloServerPluginInlineTraceDisabled(), requestLogPlugin(definition.name),
        executionBudgetPlugin(definition.name),
      ],
    });
    const http = await startHttpServer({
      apollo,
      name: `the ${definition.name} subgraph`,
      port: options.port ?? 0,
      host: options.host,
      context: async (request) => {
        const principal = await principalOf(request.headers.authorization, options.auth);
        const em = store.em.fork() as EntityManager;
        return { em, loaders: definition.createLoaders(em), request, principal, budget: new RequestBudget(definition.name, budget, request.signal) };
      },
      routes: [
        async (request, response) => {
          if (!request.url?.startsWith('/health')) return false;
          try {
            // The data version doubles as the liveness probe: one read, and caches learn what changed.
            const dataVersion = await readDataVersion(store, definition.databaseSchema);
            sendJson(response, 200, { status: 'up', subgraph: definition.name, dataVersion });
          } catch {
            sendJson(response, 503, { status: 'down', subgraph: definition.name, reason: 'database unreachable' });
          }
          return true;
        },
        listSizesRoute(definition.name, store, definition.databaseSchema, definition.listSizes ?? {}),
      ],
    });
    return {
      ...http,
      name: definition.name,
      store,
      async close(graceMs?: number) {
        await http.close(graceMs);
        await store.close();
      },
    };
  } catch (error) {
    await store.close();
    throw error;
  }
}
