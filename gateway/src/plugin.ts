import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { ParseOptions, ValidationRule } from 'graphql';
import type { RequestInterceptor } from '@mandate-graph/http-kit';

/** One GraphQL request from the gateway to a subgraph: the JSON body as sent, header names in lower case. */
export interface SubgraphRequest {
  method: string;
  headers: Record<string, string>;
  body: string;
  /** The fetch is abandoned after this long: its connection is closed, and the fetch rejects. */
  timeoutMs?: number;
}

/** A subgraph's whole answer, read as text: the data source parses it. Shared answers are never mutated. */
export interface SubgraphAnswer {
  readonly status: number;
  readonly statusText: string;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: string;
}

/** One fetch from the gateway to a subgraph. */
export type SubgraphFetch = (url: string, request: SubgraphRequest) => Promise<SubgraphAnswer>;

/**
 * One concern of the gateway (its response cache, a subgraph timeout, request sharing, the armor), on the
 * hooks that concern needs and no other. `startGateway` composes them in order.
 */
export interface GatewayPlugin {
  name: string;
  /** Sees each GraphQL request before it runs, and may answer it. */
  interceptor?: RequestInterceptor;
  /** Wraps each fetch to the named subgraph; the first plugin's wrapper is the outermost. */
  wrapFetch?(next: SubgraphFetch, subgraph: string): SubgraphFetch;
  /** Apollo's hooks on each operation: resolved, validated, planned, answered. */
  apollo?: ApolloServerPlugin<BaseContext>[];
  /** Checks of each operation's document before it is planned. */
  validationRules?: ValidationRule[];
  parseOptions?: ParseOptions;
  /** Resolves once the plugin can serve (it has read the subgraphs once, say). */
  ready?: Promise<void>;
  close?(): void;
}

/** The fetch every subgraph data source uses: `base` wrapped by the plugins, the first one outermost. */
export function composeFetch(plugins: readonly GatewayPlugin[], subgraph: string, base: SubgraphFetch): SubgraphFetch {
  return plugins.reduceRight((next, plugin) => plugin.wrapFetch?.(next, subgraph) ?? next, base);
}
