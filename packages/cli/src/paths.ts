import { resolve } from 'node:path';

/** The repository root: packages/cli/{src,dist}/ is three levels down. */
export const PROJECT_ROOT = resolve(__dirname, '../../..');
export const SCHEMA_DIR = resolve(PROJECT_ROOT, 'schema');
/** Served when no repository is configured. */
export const SAMPLE_REPOSITORY = resolve(PROJECT_ROOT, 'samples/sample-reports');
export const CLI_BIN = resolve(PROJECT_ROOT, 'packages/cli/bin/mandate-graph.js');

export function dataDir(): string {
  return resolve(process.env.MANDATE_DATA_DIR ?? resolve(process.cwd(), '.data'));
}
