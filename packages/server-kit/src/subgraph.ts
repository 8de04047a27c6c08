import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { MigrationObject } from '@mikro-orm/core';
import { openStore, type Store, type StoreOptions } from '@mandate-graph/database';
import type { FederatedSchema } from './federation';
import type { DocumentCatalogue, DocumentSink } from './document-sink';
import {
  GATEWAY_SECRET_HEADER, HEALTH_PATH, maskInternalErrors, principalOf, requestLogPlugin, sendJson, startHttpServer, withoutSuggestions,
  type AuthSettings, type Principal, type RequestInfo, type RunningHttpServer, type SubgraphHealthReport,
} from '@mandate-graph/http-kit';
import { readDataVersion } from '@mandate-graph/database';
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
  /** What it stores of every document ingested. */
  sink: DocumentSink;
  /** The subgraph that keeps the catalogue of repositories and documents (one of them does). */
  catalogue?: DocumentCatalogue;
}

export interface SubgraphOptions {
  databaseUrl: string;
  port?: number;
  host?: string;
  onQuery?: (sql: string) => void;
  auth: AuthSettings;
  /** What one request may make it do. Default: SUBGRAPH_MAX_FIELD_VALUES, SUBGRAPH_DEADLINE_MS. */
  budget?: Partial<ExecutionBudget>;
  /** Production: no "Did you mean …?" in errors. Default: NODE_ENV=production. */
  production?: boolean;
  /** The longest one SQL statement may run. Default: STATEMENT_TIMEOUT_MS, else 10 s (the gateway's fetch timeout). */
  statementTimeoutMs?: number;
}

function statementTimeoutFromEnvironment(): number {
  const configured = Number(process.env.STATEMENT_TIMEOUT_MS);
  return Number.isInteger(configured) && configured > 0 ? configured : 10_000;
}

export interface RunningSubgraph extends RunningHttpServer {
  name: string;
  store: Store;
}

export function openSubgraphStore<Loaders>(
  definition: SubgraphDefinition<Loaders>, options: Pick<SubgraphOptions, 'databaseUrl' | 'onQuery' | 'statementTimeoutMs'>,
): Promise<Store> {
  return openStore({
    url: options.databaseUrl,
    schema: definition.databaseSchema,
    entities: definition.entities,
    migrations: definition.migrations,
    onQuery: options.onQuery,
    statementTimeoutMs: options.statementTimeoutMs,
  });
}

/** Opens the store (applying migrations), then serves the subgraph over HTTP with /health. */
export async function startSubgraph<Loaders>(definition: SubgraphDefinition<Loaders>, options: SubgraphOptions): Promise<RunningSubgraph> {
  const store = await openSubgraphStore(definition, { ...options, statementTimeoutMs: options.statementTimeoutMs ?? statementTimeoutFromEnvironment() });
  try {
    const schema = enforceExecutionBudget((await definition.buildSchema()).schema);
    const budget = { ...executionBudgetFromEnvironment(), ...options.budget };
    const production = options.production ?? process.env.NODE_ENV === 'production';
    const mask = maskInternalErrors(definition.name);
    const apollo = new ApolloServer<SubgraphContext<Loaders>>({
      schema,
      formatError: production ? (formatted, error) => withoutSuggestions(mask(formatted, error)) : mask,
      includeStacktraceInErrorResponses: false,
      // The process that runs it decides when to stop (the command handles SIGINT and SIGTERM).
      stopOnTerminationSignals: false,
      // The gateway is the only intended caller: compact JSON, not the default's indented text (a profile of a
      // page of 100 consultations put an eighth of the subgraph's CPU in indenting it).
      stringifyResult: (result) => JSON.stringify(result),
      // The landing page belongs to the gateway. No subgraph gives cache hints, and the cache-control plugin
      // wraps every field's resolver to collect them.
      plugins: [
        ApolloServerPluginLandingPageDisabled(), ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled(), requestLogPlugin(definition.name),
        executionBudgetPlugin(definition.name),
      ],
    });
    const http = await startHttpServer({
      apollo,
      name: `the ${definition.name} subgraph`,
      port: options.port ?? 0,
      host: options.host,
      requiredSecret: options.auth.gatewaySecret ? { header: GATEWAY_SECRET_HEADER, value: options.auth.gatewaySecret } : undefined,
      context: async (request) => {
        const principal = await principalOf(request.headers.authorization, options.auth);
        const em = store.em.fork() as EntityManager;
        return { em, loaders: definition.createLoaders(em), request, principal, budget: new RequestBudget(definition.name, budget, request.signal) };
      },
      routes: [
        async (request, response) => {
          if (!request.url?.startsWith(HEALTH_PATH)) return false;
          let report: SubgraphHealthReport;
          try {
            // The data version doubles as the liveness probe: one read, and caches learn what changed.
            report = { status: 'up', subgraph: definition.name, dataVersion: await readDataVersion(store, definition.databaseSchema) };
          } catch {
            report = { status: 'down', subgraph: definition.name, reason: 'database unreachable' };
          }
          sendJson(response, report.status === 'up' ? 200 : 503, report);
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
