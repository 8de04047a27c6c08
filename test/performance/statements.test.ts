import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_DIR } from '@mandate-graph/cli';
import { startFederation, type Federation } from '../support/federation';
import { seedSmallGraph } from '../support/seed';

const operation = (file: string) => readFileSync(join(SCHEMA_DIR, 'operations', file), 'utf8');

/** The dashboard's wide reads, whose lists grow with the corpus. */
const WIDE_READS: [string, Record<string, unknown>][] = [
  ['mandate-trace.graphql', { id: 'C-RES-1336' }],
  ['bureau-open-actions.graphql', { bureau: 'BDT' }],
  ['consultation-responses.graphql', {}],
  ['resolution-with-revisions.graphql', { id: 'C-RES-1336' }],
];

describe('SQL statements per request', () => {
  let graph: Federation;
  beforeAll(async () => {
    graph = await startFederation();
  });
  afterAll(async () => graph?.close());

  /** Statements each subgraph sent for one request, by subgraph. */
  async function statementsFor(file: string, variables: Record<string, unknown>): Promise<{ counts: Record<string, number>; size: number }> {
    for (const log of Object.values(graph.statements)) log.length = 0;
    const answer = await graph.query(operation(file), variables);
    expect(answer.errors, file).toBeUndefined();
    const counts = Object.fromEntries(Object.entries(graph.statements).map(([name, log]) => [name, log.length]));
    return { counts, size: JSON.stringify(answer.data).length };
  }

  it('stay the same when every list in the answer grows tenfold', async () => {
    await seedSmallGraph(graph.subgraphs, 4);
    const small: Record<string, Awaited<ReturnType<typeof statementsFor>>> = {};
    for (const [file, variables] of WIDE_READS) small[file] = await statementsFor(file, variables);
    await seedSmallGraph(graph.subgraphs, 40);
    for (const [file, variables] of WIDE_READS) {
      const large = await statementsFor(file, variables);
      if (file !== 'resolution-with-revisions.graphql' && file !== 'consultation-responses.graphql') {
        expect(large.size, `${file}: the answer should have grown`).toBeGreaterThan(small[file].size * 3);
      }
      expect(large.counts, file).toEqual(small[file].counts);
    }
  });

  it('lets identical reads in flight at the same moment share their subgraph fetches', async () => {
    const query = operation('bureau-open-actions.graphql');
    const alone = await statementsFor('bureau-open-actions.graphql', { bureau: 'BDT' });
    const single = Object.values(alone.counts).reduce((sum, count) => sum + count, 0);
    for (const log of Object.values(graph.statements)) log.length = 0;
    const answers = await Promise.all(Array.from({ length: 10 }, () => graph.query(query, { bureau: 'BDT' })));
    for (const answer of answers) expect(answer.data).toEqual(answers[0].data);
    const together = Object.values(graph.statements).reduce((sum, log) => sum + log.length, 0);
    expect(together).toBeLessThan(10 * single);
  });
});
