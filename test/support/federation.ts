import { provisionTestDatabase, type TestDatabase } from '@mandate-graph/testing';
import { randomBytes } from 'node:crypto';
import { startSubgraph, type RunningSubgraph } from '@mandate-graph/server-kit';
import { signToken, type AuthSettings, type Bureau, type Role, type RunningHttpServer } from '@mandate-graph/http-kit';
import { startGateway, type GatewayOptions } from '@mandate-graph/gateway';
import { SUBGRAPHS, SCHEMA_DIR, readSupergraph } from '@mandate-graph/cli';

export interface Federation {
  database: TestDatabase;
  subgraphs: Record<string, RunningSubgraph>;
  gateway: RunningHttpServer;
  /** Every SQL statement each subgraph sent for requests, by subgraph name (tests reset it). */
  statements: Record<string, string[]>;
  auth: AuthSettings;
  query<T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLAnswer<T>>;
  /** A token signed with this graph's secret. */
  token(role: Role, bureau?: Bureau, sub?: string): Promise<string>;
  close(): Promise<void>;
}

export type FederationOptions = Partial<Pick<GatewayOptions, 'production' | 'limits' | 'subgraphTimeoutMs' | 'responseCache'>> & {
  authRequired?: boolean;
  /** Subgraphs answer only the gateway, which sends it. */
  gatewaySecret?: string;
};

export interface GraphQLAnswer<T> {
  status: number;
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export async function postGraphQL<T>(url: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<GraphQLAnswer<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLAnswer<T>, 'status'>;
  return { status: response.status, ...body };
}

/**
 * The whole graph in this process, with real parts: a database of its own (PGlite, or a fresh database
 * on TEST_DATABASE_URL), four subgraphs over HTTP on loopback, and the gateway serving the committed
 * supergraph.
 */
/** The data-version read behind /health runs on the gateway's timer, not for any request. */
const isHealthProbe = (sql: string) => sql.includes('"data_version"');

export async function startFederation(options: FederationOptions = {}): Promise<Federation> {
  const database = await provisionTestDatabase();
  const auth: AuthSettings = {
    secret: randomBytes(32).toString('base64url'), required: options.authRequired ?? false,
    ...(options.gatewaySecret ? { gatewaySecret: options.gatewaySecret } : {}),
  };
  const statements: Record<string, string[]> = {};
  const subgraphs: Record<string, RunningSubgraph> = {};
  try {
    for (const { definition } of SUBGRAPHS) {
      const log: string[] = (statements[definition.name] = []);
      subgraphs[definition.name] = await startSubgraph(definition, {
        databaseUrl: database.url, onQuery: (sql) => isHealthProbe(sql) || log.push(sql), auth, production: options.production,
      });
    }
    const gateway = await startGateway({
      supergraphSdl: readSupergraph(SCHEMA_DIR),
      port: 0,
      subgraphUrls: Object.fromEntries(Object.entries(subgraphs).map(([name, subgraph]) => [name, subgraph.url])),
      auth,
      production: options.production,
      limits: options.limits,
      subgraphTimeoutMs: options.subgraphTimeoutMs,
      // Off unless a test asks: most tests write through the stores directly and read at once, which a
      // cache polling data versions would answer from memory for up to one polling interval.
      responseCache: options.responseCache ?? { maxBytes: 0 },
    });
    return {
      database,
      subgraphs,
      gateway,
      statements,
      auth,
      query: (query, variables, headers) => postGraphQL(gateway.url, query, variables, headers),
      token: (role, bureau, sub) => signToken({ sub: sub ?? `${role}${bureau ? `-${bureau}` : ''}`, role, bureau }, auth.secret),
      async close() {
        await gateway.close();
        await Promise.all(Object.values(subgraphs).map((subgraph) => subgraph.close()));
        await database.close();
      },
    };
  } catch (error) {
    await Promise.all(Object.values(subgraphs).map((subgraph) => subgraph.close()));
    await database.close();
    throw error;
  }
}
