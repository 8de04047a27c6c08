import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations from the committed supergraph and the saved operations (schema/operations): every saved
 * operation is checked against the schema on each build, and the dashboard can only send those.
 */
const config: CodegenConfig = {
  schema: '../schema/supergraph.graphql',
  documents: ['../schema/operations/*.graphql'],
  generates: {
    './generated/graphql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // Documents as plain strings: the dashboard posts them with fetch and needs no GraphQL runtime.
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { Date: 'string', DateTime: 'string' },
      },
    },
  },
};

export default config;
