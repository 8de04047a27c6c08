import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXACT_COUNT_BOUND } from '@mandate-graph/server-kit';
import { startFederation, type Federation } from '../support/federation';
import { seedSmallGraph } from '../support/seed';

interface Totals { totalCount: number; totalCountIsEstimate: boolean; edges: unknown[] }

describe('totalCount of a long list', () => {
  let graph: Federation;
  beforeAll(async () => {
    graph = await startFederation();
    // Two meetings of just over half the bound each: the whole list passes the bound, the BDT half does not.
    await seedSmallGraph(graph.subgraphs, EXACT_COUNT_BOUND / 2 + 1);
  }, 120_000);
  afterAll(async () => graph?.close());

  async function actions(filter: string): Promise<Totals> {
    const answer = await graph.query<{ actions: Totals }>(`{ actions(first: 2${filter}) { totalCount totalCountIsEstimate edges { cursor } } }`);
    expect(answer.errors).toBeUndefined();
    return answer.data!.actions;
  }

  it('is exact up to the bound, and an estimate said to be one above it', async () => {
    const bdt = await actions(', assignee: BDT');
    // Every second action of each meeting goes to BDT.
    expect(bdt).toMatchObject({ totalCount: 2 * Math.floor((EXACT_COUNT_BOUND / 2 + 1) / 2), totalCountIsEstimate: false });

    const all = await actions('');
    expect(all.totalCountIsEstimate).toBe(true);
    expect(all.totalCount).toBeGreaterThan(EXACT_COUNT_BOUND);
    expect(all.edges).toHaveLength(2);
  });

  it('costs no count when the client does not ask for one', async () => {
    for (const log of Object.values(graph.statements)) log.length = 0;
    const answer = await graph.query('{ actions(first: 2) { edges { cursor } } }');
    expect(answer.errors).toBeUndefined();
    expect(graph.statements.meetings.some((statement) => /count\(/i.test(statement))).toBe(false);
    await actions('');
    expect(graph.statements.meetings.some((statement) => /count\(/i.test(statement))).toBe(true);
  });
});
