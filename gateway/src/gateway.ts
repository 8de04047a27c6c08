import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import {
  GATEWAY_SECRET_HEADER, maskInternalErrors, principalOf, requestLogPlugin, startHttpServer, withoutSuggestions,
  type AuthSettings, type Principal, type RequestInfo, type RunningHttpServer,
} from '@mandate-graph/server-kit';
import { armorFor, type ArmorLimits } from './armor';
import { costLimitPlugin } from './cost-limit';
import { operationResolutionPlugin } from './operation-resolution';
import { startListStatistics } from './list-statistics';
import { healthRoute, type Supervision } from './health';
import { deduplicatingFetch } from './deduplicate';
import { dashboardRoute } from './dashboard';
import { responseCacheFromEnvironment, startResponseCache, type ResponseCacheOptions } from './response-cache';

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

/** A subgraph that cannot be reached is named in the answer; its address stays in the log. */
function unavailable(name: string, cause: unknown): GraphQLError {
  const reason = cause instanceof Error ? `${cause.message}${cause.cause instanceof Error ? ` (${cause.cause.message})` : ''}` : String(cause);
  console.error(`[gateway] the ${name} subgraph is unreachable: ${reason}`);
  return new GraphQLError(`The ${name} subgraph is unavailable; fields it serves are missing from this answer.`, {
    extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: name },
  });
}

function formatGatewayError(production: boolean) {
  const mask = maskInternalErrors();
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const masked = mask(formatted, error);
    const answer = { ...masked, message: masked.message.replace(URL_PATTERN, '[subgraph]') };
    return production ? withoutSuggestions(answer) : answer;
  };
}

export async function startGateway(options: GatewayOptions): Promise<RunningHttpServer> {
  const timeout = options.subgraphTimeoutMs ?? 10_000;
  const production = options.production ?? process.env.NODE_ENV === 'production';
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
        fetcher: deduplicatingFetch(async (input, init) => {
          try {
            return await fetch(input, { ...init, signal: AbortSignal.timeout(timeout) });
          } catch (cause) {
            throw unavailable(name, cause);
          }
        }) as never,
      }),
  });
  const armor = armorFor({ production, limits: options.limits });
  const subgraphHeaders: Record<string, string> = options.auth.gatewaySecret ? { [GATEWAY_SECRET_HEADER]: options.auth.gatewaySecret } : {};
  const listStatistics = startListStatistics(options.subgraphUrls, options.listStatisticsRefreshMs, subgraphHeaders);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    formatError: formatGatewayError(production),
    includeStacktraceInErrorResponses: false,
    introspection: !production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    validationRules: armor.validationRules,
    parseOptions: armor.parseOptions,
    plugins: [operationResolutionPlugin(), ...armor.plugins, costLimitPlugin(armor.maxCost, listStatistics.listSizeOf), requestLogPlugin('gateway'), ...(production ? [ApolloServerPluginLandingPageDisabled()] : [])],
    // The command stops the server itself, in order, on SIGINT and SIGTERM.
    stopOnTerminationSignals: false,
  });
  const cacheOptions = options.responseCache ?? responseCacheFromEnvironment();
  const responseCache = cacheOptions.maxBytes > 0 ? startResponseCache(options.subgraphUrls, cacheOptions) : undefined;
  await Promise.all([responseCache?.ready, listStatistics.ready]);
  try {
    const server = await startHttpServer({
      apollo,
      name: 'the gateway',
      port: options.port ?? 4000,
      host: options.host,
      bodyLimit: options.bodyLimit ?? 100_000,
      // A bad token is refused here, before any subgraph is asked.
      context: async (request) => ({ request, principal: await principalOf(request.headers.authorization, options.auth) }),
      routes: [healthRoute(options.subgraphUrls, options.supervision), dashboardRoute()],
      responseCache,
    });
    return {
      ...server,
      async close(graceMs) {
        await server.close(graceMs);
        responseCache?.close();
        listStatistics.close();
      },
    };
  } catch (error) {
    responseCache?.close();
    listStatistics.close();
    throw error;
  }
}
