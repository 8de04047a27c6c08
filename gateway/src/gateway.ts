import { ApolloServer, type BaseContext } from '@apollo/server';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { maskInternalErrors, startHttpServer, type RunningHttpServer } from '@mandate-graph/server-kit';
import { healthRoute } from './health';

export interface GatewayOptions {
  /** The composed supergraph (schema/supergraph.graphql): no runtime introspection. */
  supergraphSdl: string;
  /** Where each subgraph is reached, by the name it has in the supergraph. */
  subgraphUrls: Record<string, string>;
  port?: number;
  host?: string;
  /** How long one subgraph fetch may take. */
  subgraphTimeoutMs?: number;
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

function formatGatewayError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const masked = maskInternalErrors('gateway')(formatted, error);
  return { ...masked, message: masked.message.replace(URL_PATTERN, '[subgraph]') };
}

export async function startGateway(options: GatewayOptions): Promise<RunningHttpServer> {
  const timeout = options.subgraphTimeoutMs ?? 10_000;
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) =>
      new RemoteGraphQLDataSource({
        url: options.subgraphUrls[name] ?? url,
        fetcher: (async (input: string, init: RequestInit) => {
          try {
            return await fetch(input, { ...init, signal: AbortSignal.timeout(timeout) });
          } catch (cause) {
            throw unavailable(name, cause);
          }
        }) as never,
      }),
  });
  const apollo = new ApolloServer<BaseContext>({
    gateway,
    formatError: formatGatewayError,
    includeStacktraceInErrorResponses: false,
    // The command stops the server itself, in order, on SIGINT and SIGTERM.
    stopOnTerminationSignals: false,
  });
  return startHttpServer({
    apollo,
    name: 'the gateway',
    port: options.port ?? 4000,
    host: options.host,
    context: async () => ({}),
    routes: [healthRoute(options.subgraphUrls)],
  });
}
