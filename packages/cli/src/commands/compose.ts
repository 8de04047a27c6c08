import { relative } from 'node:path';
import { writeSchemaFiles } from '../compose';
import { PROJECT_ROOT, SCHEMA_DIR } from '../paths';

export async function runCompose(): Promise<number> {
  const written = await writeSchemaFiles(SCHEMA_DIR);
  for (const path of written) console.log(`wrote ${relative(PROJECT_ROOT, path)}`);
  return 0;
}
