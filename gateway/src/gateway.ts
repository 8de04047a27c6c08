import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import type { GraphQLFormattedError } from 'graphql';
import {
  GATEWAY_SECRET_HEADER, maskInternalErrors, principalOf, requestLogPlugin, startHttpServer, withoutSuggestions,
  type AuthSettings, type Principal, type RequestInfo, type RunningHttpServer,
} from '@mandate-graph/http-kit';
import { composeFetch, type GatewayPlugin } from './plugin';
import { apolloFetcher, sendToSubgraph } from './subgraph-http';
import { armorPlugin, DEFAULT_LIMITS, type ArmorLimits } from './plugins/armor';
import { queryCostLimitPlugin } from './plugins/query-cost-limit';
import { operationResolutionPlugin } from './plugins/operation-resolution';
import { deduplicationPlugin } from './plugins/deduplicate';
import { subgraphTimeoutPlugin, subgraphUnavailablePlugin } from './plugins/subgraph-fetch';
import { responseCacheFromEnvironment, responseCachePlugin, type ResponseCacheOptions } from './plugins/response-cache';
import { healthRoute, type Supervision } from './health';
import { dashboardRoute } from './dashboard';

export interface GatewayOptions {
  /** The composed supergraph (schema/supergraph.graphql): no runtime introspection. */
  supergraphSdl: string;
  /** Where each subgraph is reached, by the name it has in the supergraph. */
  subgraphUrls: Record<string, string>;
  port?: number;
  host?: string;
  /** How long one subgraph fetch may take. */
  subgraphTimeoutMs?: number;
  auth: AuthSettings;
  /** Production: no introspection, no landing page, no field suggestions. Default: NODE_ENV=production. */
  production?: boolean;
  /** Overrides of the armor's limits (depth, cost, aliases, directives, tokens). */
  limits?: Partial<ArmorLimits>;
  /** Largest request body accepted, in bytes. */
  bodyLimit?: number;
  /** Whole answers to anonymous queries, kept until the data changes. Default: RESPONSE_CACHE_MB. */
  responseCache?: ResponseCacheOptions;
  /** How often the stored list lengths that price queries are read again (ms). */
  listStatisticsRefreshMs?: number;
  /** Restarts and exit causes of the subgraph processes, from the supervisor that runs them. */
  supervision?: Supervision;
}

interface GatewayContext {
  request: RequestInfo;
  principal: Principal | null;
}

const URL_PATTERN = /\bhttps?:\/\/[^\s"')]+/g;

function formatGatewayError(production: boolean) {
  const mask = maskInternalErrors();
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const masked = mask(formatted, error);
    const answer = { ...masked, message: masked.message.replace(URL_PATTERN, '[subgraph]') };
    return production ? withoutSuggestions(answer) : answer;
  };
}

/** The gateway's concerns, each one plugin, in the order they see a request. */
function gatewayPlugins(options: GatewayOptions, production: boolean): GatewayPlugin[] {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const subgraphHeaders: Record<string, string> = options.auth.gatewaySecret ? { [GATEWAY_SECRET_HEADER]: options.auth.gatewaySecret } : {};
  const cache = options.responseCache ?? responseCacheFromEnvironment();
  return [
    ...(cache.maxBytes > 0 ? [responseCachePlugin(options.subgraphUrls, cache)] : []),
    operationResolutionPlugin(),
    armorPlugin({ production, limits }),
    queryCostLimitPlugin({ maxCost: limits.cost, subgraphUrls: options.subgraphUrls, refreshMs: options.listStatisticsRefreshMs, headers: subgraphHeaders }),
    { name: 'request-log', apollo: [requestLogPlugin('gateway')] },
    // Subgraph fetches: identical reads share one fetch, which names its subgraph when it fails or times out.
    deduplicationPlugin(),
    subgraphUnavailablePlugin(),
    subgraphTimeoutPlugin(options.subgraphTimeoutMs ?? 10_000),
  ];
}

export async function startGateway(options: GatewayOptions): Promise<RunningHttpServer> {
  const production = options.production ?? process.env.NODE_ENV === 'production';
  const plugins = gatewayPlugins(options, production);
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) =>
      new RemoteGraphQLDataSource<GatewayContext>({
        url: options.subgraphUrls[name] ?? url,
        // The subgraph checks the same token again, and logs under the same request id.
        willSendRequest({ request, context }) {
          const authorization = context.request?.headers.authorization;
          if (authorization) request.http?.headers.set('authorization', authorization);
          if (context.request) request.http?.headers.set('x-request-id', context.request.requestId);
          if (options.auth.gatewaySecret) request.http?.headers.set(GATEWAY_SECRET_HEADER, options.auth.gatewaySecret);
        },
        fetcher: apolloFetcher(composeFetch(plugins, name, sendToSubgraph)) as never,
      }),
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    formatError: formatGatewayError(production),
    includeStacktraceInErrorResponses: false,
    introspection: !production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // Compact JSON, as the subgraphs answer: indenting is a measurable share of serving a page of 100 nodes.
    stringifyResult: (result) => JSON.stringify(result),
    validationRules: plugins.flatMap((plugin) => plugin.validationRules ?? []),
    parseOptions: Object.assign({}, ...plugins.map((plugin) => plugin.parseOptions ?? {})),
    plugins: [...plugins.flatMap((plugin) => plugin.apollo ?? []), ...(production ? [ApolloServerPluginLandingPageDisabled()] : [])],
    // The command stops the server itself, in order, on SIGINT and SIGTERM.
    stopOnTerminationSignals: false,
  });
  const closePlugins = () => {
    for (const plugin of plugins) plugin.close?.();
  };
  try {
    await Promise.all(plugins.map((plugin) => plugin.ready));
    const server = await startHttpServer({
      apollo,
      name: 'the gateway',
      port: options.port ?? 4000,
      host: options.host,
      bodyLimit: options.bodyLimit ?? 100_000,
      // A bad token is refused here, before any subgraph is asked.
      context: async (request) => ({ request, principal: await principalOf(request.headers.authorization, options.auth) }),
      routes: [healthRoute(options.subgraphUrls, options.supervision), dashboardRoute()],
      interceptors: plugins.flatMap((plugin) => (plugin.interceptor ? [plugin.interceptor] : [])),
    });
    return {
      ...server,
      async close(graceMs) {
        await server.close(graceMs);
        closePlugins();
      },
    };
  } catch (error) {
    closePlugins();
    throw error;
  }
}
