import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, type BuildSchemaOptions } from 'type-graphql';

const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])';

export type ReferenceResolver<Context> = (reference: { id: string }, context: Context) => unknown;

/**
 * type-graphql schema → Federation 2 subgraph: the directives written on the classes survive in the
 * printed SDL, and each entity gets its `__resolveReference` (which must batch through a loader).
 */
export interface FederatedSchema {
  schema: GraphQLSchema;
  /** The SDL this subgraph contributes to the supergraph (what `npm run compose` writes to schema/). */
  sdl: string;
}

export async function buildFederatedSchema<Context>(
  options: Omit<BuildSchemaOptions, 'skipCheck'>,
  referenceResolvers: Record<string, ReferenceResolver<Context>>,
): Promise<FederatedSchema> {
  const schema = await buildSchema({ ...options, skipCheck: true, validate: false });
  const sdl = `${FEDERATION_LINK}\n\n${printSchemaWithDirectives(schema).trim()}\n`;
  const resolvers = createResolversMap(schema) as GraphQLResolverMap<Context>;
  for (const [typeName, resolveReference] of Object.entries(referenceResolvers)) {
    const typeResolvers = (resolvers[typeName] ??= {}) as Record<string, unknown>;
    typeResolvers.__resolveReference = resolveReference;
  }
  return { schema: buildSubgraphSchema({ typeDefs: parse(sdl), resolvers: resolvers as GraphQLResolverMap<unknown> }), sdl };
}
