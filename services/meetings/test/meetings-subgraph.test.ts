import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { provisionTestDatabase, type TestDatabase } from '@mandate-graph/testing';
import { startSubgraph, type RunningSubgraph } from '@mandate-graph/server-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { meetingsSubgraph, storeMeetingFacts } from '../src';
import { postGraphQL } from '../../../test/support/federation';
import { span as spanOf } from '../../../test/support/seed';

// Facts of this file stand in paragraph 1.1 unless they say otherwise.
const span = (quote: string, paragraph: string | null = '1.1') => spanOf(quote, paragraph);

describe('meetings subgraph on its own', () => {
  let database: TestDatabase;
  let subgraph: RunningSubgraph;

  beforeAll(async () => {
    database = await provisionTestDatabase();
    subgraph = await startSubgraph(meetingsSubgraph, { databaseUrl: database.url, auth: { secret: 'meetings-subgraph-test-secret', required: false } });
    const em = subgraph.store.em.fork() as EntityManager;
    await em.transactional((tx) =>
      storeMeetingFacts(tx as EntityManager, 'fixtures/report-a', {
        groups: [{ id: 'WG-TEST', name: 'Working group on tests', source: span('Working group on tests') }],
        meetings: [
          { id: 'WG-TEST-2', groupId: 'WG-TEST', number: 2, kind: 'GROUP_MEETING', startDate: '2024-03-04', endDate: '2024-03-05', format: 'PHYSICAL', contributionsReceived: 4, registered: null, participants: { value: 40, atLeast: true }, source: span('second meeting, 4-5 March 2024') },
          { id: 'WG-TEST-1', groupId: 'WG-TEST', number: 1, kind: 'GROUP_MEETING', startDate: '2023-10-01', endDate: null, format: 'VIRTUAL', contributionsReceived: null, registered: null, participants: null, source: span('first meeting, 1 October 2023') },
        ],
        actions: [
          { id: 'WG-TEST-2/3.10', meetingId: 'WG-TEST-2', paragraph: '3.10', text: 'The directors report back.', assignees: ['BUREAU_DIRECTORS'], references: ['C-RES-1336'], consultation: null, source: span('3.10 The directors report back.', '3.10') },
          { id: 'WG-TEST-2/3.9', meetingId: 'WG-TEST-2', paragraph: '3.9', text: 'BDT prepares a survey.', assignees: ['BDT'], references: [], consultation: 'WG-TEST-CONS-2024-01', source: span('3.9 BDT prepares a survey.', '3.9') },
          { id: 'WG-TEST-1/2.1', meetingId: 'WG-TEST-1', paragraph: '2.1', text: 'The secretariat circulates the draft.', assignees: ['SECRETARIAT'], references: ['C-RES-1336', 'PP-RES-102'], consultation: null, source: span('2.1 The secretariat circulates the draft.', '2.1') },
        ],
      }),
    );
  });

  afterAll(async () => {
    await subgraph?.close();
    await database?.close();
  });

  it('answers a meeting with its group, counts, actions and provenance', async () => {
    const body = await postGraphQL<any>(subgraph.url, `{ meeting(id: "WG-TEST-2") { number startDate endDate format contributionsReceived participants { value atLeast } group { id name } actions { id paragraph } source { quote curated document { id } } } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.meeting).toEqual({
      number: 2, startDate: '2024-03-04', endDate: '2024-03-05', format: 'PHYSICAL', contributionsReceived: 4,
      participants: { value: 40, atLeast: true }, group: { id: 'WG-TEST', name: 'Working group on tests' },
      actions: [{ id: 'WG-TEST-2/3.9', paragraph: '3.9' }, { id: 'WG-TEST-2/3.10', paragraph: '3.10' }],
      source: { quote: 'second meeting, 4-5 March 2024', curated: false, document: { id: 'fixtures/report-a' } },
    });
  });

  it('pages through actions in meeting order and filters a bureau together with the bureau directors', async () => {
    const first = await postGraphQL<any>(subgraph.url, `{ actions(first: 2) { totalCount edges { node { id } cursor } pageInfo { hasNextPage endCursor } } }`);
    expect(first.data.actions.totalCount).toBe(3);
    expect(first.data.actions.edges.map((edge: any) => edge.node.id)).toEqual(['WG-TEST-1/2.1', 'WG-TEST-2/3.9']);
    expect(first.data.actions.pageInfo.hasNextPage).toBe(true);
    const next = await postGraphQL<any>(subgraph.url, `query($after: String) { actions(first: 2, after: $after) { edges { node { id } } pageInfo { hasNextPage } } }`, { after: first.data.actions.pageInfo.endCursor });
    expect(next.data.actions.edges.map((edge: any) => edge.node.id)).toEqual(['WG-TEST-2/3.10']);
    expect(next.data.actions.pageInfo.hasNextPage).toBe(false);

    const bdt = await postGraphQL<any>(subgraph.url, `{ actions(assignee: BDT) { edges { node { id } } } }`);
    expect(bdt.data.actions.edges.map((edge: any) => edge.node.id)).toEqual(['WG-TEST-2/3.9', 'WG-TEST-2/3.10']);
    const byResolution = await postGraphQL<any>(subgraph.url, `{ actions(resolution: "PP-RES-102") { edges { node { id references { id } } } } }`);
    expect(byResolution.data.actions.edges).toEqual([{ node: { id: 'WG-TEST-1/2.1', references: [{ id: 'C-RES-1336' }, { id: 'PP-RES-102' }] } }]);
  });

  it('refuses a page larger than 100 and a forged cursor with clear errors', async () => {
    const big = await postGraphQL<any>(subgraph.url, `{ actions(first: 500) { totalCount } }`);
    expect(big.errors?.[0].message).toMatch(/first must be between 0 and 100/);
    const forged = await postGraphQL<any>(subgraph.url, `{ actions(after: "not-a-cursor") { totalCount } }`);
    expect(forged.errors?.[0].message).toMatch(/after is not a cursor/);
  });

  it('reports its health with the database reachable', async () => {
    const response = await fetch(subgraph.url.replace('/graphql', '/health'));
    expect(response.status).toBe(200);
  });
});
