import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { composeSupergraph, schemaFiles, SCHEMA_DIR } from '@mandate-graph/cli';

describe('schema/ is what the code composes', () => {
  it('composes without errors and matches the committed SDL files (run `npm run compose` after changing a type)', async () => {
    const files = schemaFiles(SCHEMA_DIR, await composeSupergraph());
    for (const [path, content] of Object.entries(files)) {
      expect(readFileSync(path, 'utf8'), `${path} is out of date`).toBe(content);
    }
  });

  it('keeps the contract fields every client relies on', async () => {
    const { supergraph } = await composeSupergraph();
    for (const field of [
      'citedIn(first: Int, after: String): CitationConnection', 'actions: [Action!]', 'consultations: [Consultation!]',
      'establishedBy: [Resolution!]', 'mandatedBy: [Resolution!]', 'consultationsLaunched: [Consultation!]', 'consultationsReviewed: [Consultation!]',
    ]) {
      expect(supergraph).toContain(field);
    }
  });
});
