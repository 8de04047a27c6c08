import { defineConfig } from 'vitest/config';
import swc from 'unplugin-swc';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const require = createRequire(import.meta.url);

// Tests run the TypeScript sources directly; SWC keeps the decorator metadata that
// type-graphql and MikroORM read (esbuild would drop it).
export default defineConfig({
  plugins: [swc.vite({ jsc: { parser: { syntax: 'typescript', decorators: true }, transform: { legacyDecorator: true, decoratorMetadata: true }, target: 'es2022' } })],
  resolve: {
    alias: [
      // One graphql for the sources and the libraries (Apollo, type-graphql) that require it: its type
      // checks refuse a schema built by a second copy.
      { find: /^graphql$/, replacement: require.resolve('graphql') },
      { find: /^@mandate-graph\/(extraction|database|server-kit|http-kit|testing|cli|ingestion|vocabulary)$/, replacement: here('./packages/$1/src/index.ts') },
      { find: /^@mandate-graph\/(documents|resolutions|meetings|consultations)$/, replacement: here('./services/$1/src/index.ts') },
      { find: /^@mandate-graph\/gateway$/, replacement: here('./gateway/src/index.ts') },
    ],
  },
  test: {
    setupFiles: ['reflect-metadata'],
    globalSetup: ['test/support/corpus-check.ts', 'test/support/scratch.ts'],
    include: ['packages/*/test/**/*.test.ts', 'services/*/test/**/*.test.ts', 'gateway/test/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Most tests wait on child processes and sockets, not on a core: three files at a time on two cores.
    poolOptions: { forks: { maxForks: 3, minForks: 1 } },
  },
});
