import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GatewayPlugin } from '../plugin';

/**
 * Limits on what one operation may ask. Every operation of the contract and the dashboard passes them
 * (the deepest saved one, the mandate trace, goes 8 levels down); a crafted query that would make the graph do far more
 * work is refused before it reaches a subgraph.
 */
export interface ArmorLimits {
  depth: number;
  /** Most field values an answer may be estimated to hold (query-cost.ts). */
  cost: number;
  aliases: number;
  directives: number;
  tokens: number;
}

export const DEFAULT_LIMITS: ArmorLimits = { depth: 12, cost: 50_000, aliases: 20, directives: 20, tokens: 2_000 };

/** Depth, aliases, directives and tokens; suggestions too in production. The cost is `queryCostLimitPlugin`'s. */
export function armorPlugin({ production, limits }: { production: boolean; limits: ArmorLimits }): GatewayPlugin {
  const { depth, aliases, directives, tokens } = limits;
  const armor = new ApolloArmor({
    maxDepth: { n: depth, ignoreIntrospection: true, flattenFragments: true },
    // Armor's cost knows nothing of list lengths; queryCostLimitPlugin prices lists by the stored data instead.
    costLimit: { enabled: false },
    maxAliases: { n: aliases },
    maxDirectives: { n: directives },
    // graphql-js counts tokens while parsing (parseOptions below): a refusal is a 400 like any syntax error,
    // where armor's own parser would turn every syntax error into a 500.
    maxTokens: { enabled: false },
    // Suggestions ("Did you mean …?") map the schema for whoever probes it; development keeps them.
    blockFieldSuggestion: { enabled: production },
  });
  const { plugins, validationRules } = armor.protect();
  return { name: 'armor', apollo: plugins, validationRules, parseOptions: { maxTokens: tokens } };
}
