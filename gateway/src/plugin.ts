import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { ParseOptions, ValidationRule } from 'graphql';
import type { RequestInterceptor } from '@mandate-graph/http-kit';

/** One fetch from the gateway to a subgraph. */
export type SubgraphFetch = (input: string, init: RequestInit) => Promise<Response>;

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
