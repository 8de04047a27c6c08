import { ApolloArmor } from '@escape.tech/graphql-armor';

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

export function armorFor({ production, limits }: { production: boolean; limits?: Partial<ArmorLimits> }) {
  const { depth, cost, aliases, directives, tokens } = { ...DEFAULT_LIMITS, ...limits };
  const armor = new ApolloArmor({
    maxDepth: { n: depth, ignoreIntrospection: true, flattenFragments: true },
    // Armor's cost knows nothing of list lengths; costLimitPlugin prices lists by the stored data instead.
    costLimit: { enabled: false },
    maxAliases: { n: aliases },
    maxDirectives: { n: directives },
    // graphql-js counts tokens while parsing (parseOptions below): a refusal is a 400 like any syntax error,
    // where armor's own parser would turn every syntax error into a 500.
    maxTokens: { enabled: false },
    // Suggestions ("Did you mean …?") map the schema for whoever probes it; development keeps them.
    blockFieldSuggestion: { enabled: production },
  });
  return { ...armor.protect(), parseOptions: { maxTokens: tokens }, maxCost: cost };
}
