import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signToken, type Bureau, type Role } from '@mandate-graph/http-kit';
import { defaultExtractors, ingestRepositories, openIngestionStore } from '@mandate-graph/ingestion';
import { SUBGRAPH_DEFINITIONS } from '@mandate-graph/cli';
import { postGraphQL, startFederation, type Federation } from '../support/federation';
import { writeRepository } from '../support/fixtures';

// A report in the project's own words whose actions go to each kind of assignee the rules distinguish.
const REPORT = (extra = '') => `Report by the Chair of the Council Working Group on Canal Policy (CWG-Canal)

2\tActivities
2.1\tThe 3rd meeting of CWG-Canal was held virtually on 12-13 March 2025.
2.2\tThe group agreed on the following actions at its 3rd meeting:
2.2.1\tThe Secretariat will compile the canal tariffs of Member States.
2.2.2\tBDT will organize a workshop on canal data, in line with Resolution 102 (Rev. Dubai, 2018).
2.2.3\tThe Directors of the three Bureaux are invited to report on canal activities.
2.2.4\tTSB will draft a glossary of canal terms.
${extra}`;

const UPDATE = `mutation($id: ID!, $status: ActionStatus!, $note: String, $expectedVersion: Int) {
  updateActionStatus(id: $id, status: $status, note: $note, expectedVersion: $expectedVersion) { id status version history { by from status note } }
}`;

const SECRETARIAT_ACTION = 'CWG-CANAL-3/2.2.1';
const BDT_ACTION = 'CWG-CANAL-3/2.2.2';
const DIRECTORS_ACTION = 'CWG-CANAL-3/2.2.3';
const TSB_ACTION = 'CWG-CANAL-3/2.2.4';

describe('follow-up actions: reading, authorized status changes, history', () => {
  let graph: Federation;
  let repository: string;
  const ingest = async () => {
    const store = await openIngestionStore(graph.database.url, SUBGRAPH_DEFINITIONS);
    try {
      return await ingestRepositories(store, [repository], defaultExtractors);
    } finally {
      await store.close();
    }
  };
  const bearer = async (role: Role, bureau?: Bureau) => ({ authorization: `Bearer ${await graph.token(role, bureau)}` });
  const statusOf = async (id: string) => (await graph.query(`query($id: ID!) { action(id: $id) { status history { status } } }`, { id })).data.action;

  beforeAll(async () => {
    graph = await startFederation();
    repository = writeRepository('canals', { 'mandate.json': JSON.stringify({ language: 'en' }), 'canal-report.txt': REPORT() });
    expect((await ingest()).failures).toEqual([]);
  });
  afterAll(async () => graph?.close());

  it('reads each action with its assignees, referenced resolutions and their mandates, status and provenance', async () => {
    const answer = await graph.query(`{
      actions(meeting: "CWG-CANAL-3", first: 10) {
        totalCount
        edges { node { id assignees status meeting { startDate } references { id } source { paragraph quote } } }
      }
    }`);
    expect(answer.errors).toBeUndefined();
    const byId = Object.fromEntries(answer.data.actions.edges.map((edge: any) => [edge.node.id, edge.node]));
    expect(answer.data.actions.totalCount).toBe(4);
    expect(byId[SECRETARIAT_ACTION].assignees).toEqual(['SECRETARIAT']);
    expect(byId[BDT_ACTION]).toMatchObject({ assignees: ['BDT'], status: 'OPEN', references: [{ id: 'PP-RES-102' }], source: { paragraph: '2.2.2' } });
    expect(byId[DIRECTORS_ACTION].assignees).toEqual(['BUREAU_DIRECTORS']);
    expect(byId[TSB_ACTION].assignees).toEqual(['TSB']);
    expect(byId[BDT_ACTION].source.quote).toContain('workshop on canal data');
  });

  it('shows an action for the Bureau Directors to each bureau that filters by itself', async () => {
    for (const bureau of ['TSB', 'BR', 'BDT']) {
      const answer = await graph.query(`query($bureau: Assignee) { actions(assignee: $bureau) { edges { node { id } } } }`, { bureau });
      expect(answer.data.actions.edges.map((edge: any) => edge.node.id)).toContain(DIRECTORS_ACTION);
    }
    const br = await graph.query(`{ actions(assignee: BR) { edges { node { id } } } }`);
    expect(br.data.actions.edges.map((edge: any) => edge.node.id)).toEqual([DIRECTORS_ACTION]);
  });

  // role × bureau × action → allowed, or the error code; checked through the gateway and directly at the subgraph.
  const MATRIX: [Role | 'anonymous' | 'forged', Bureau | undefined, string, true | string][] = [
    ['secretariat', undefined, SECRETARIAT_ACTION, true],
    ['secretariat', undefined, BDT_ACTION, true],
    ['director', 'BDT', BDT_ACTION, true],
    ['director', 'BDT', DIRECTORS_ACTION, true],
    ['director', 'BDT', SECRETARIAT_ACTION, 'FORBIDDEN'],
    ['director', 'BDT', TSB_ACTION, 'FORBIDDEN'],
    ['director', 'TSB', TSB_ACTION, true],
    ['director', 'TSB', BDT_ACTION, 'FORBIDDEN'],
    ['director', 'BR', DIRECTORS_ACTION, true],
    ['director', 'BR', TSB_ACTION, 'FORBIDDEN'],
    ['analyst', undefined, BDT_ACTION, 'FORBIDDEN'],
    ['anonymous', undefined, BDT_ACTION, 'UNAUTHENTICATED'],
    ['forged', undefined, BDT_ACTION, 'UNAUTHENTICATED'],
  ];

  for (const target of ['gateway', 'meetings subgraph'] as const) {
    it(`applies the authorization matrix at the ${target}, and a refusal changes nothing`, async () => {
      const url = target === 'gateway' ? graph.gateway.url : graph.subgraphs.meetings.url;
      for (const [role, bureau, action, expected] of MATRIX) {
        const headers: Record<string, string> =
          role === 'anonymous' ? {} :
          role === 'forged' ? { authorization: `Bearer ${await signToken({ sub: 'intruder', role: 'secretariat' }, 'not-the-secret-of-this-graph')}` } :
          await bearer(role, bureau);
        const before = await statusOf(action);
        const next = before.status === 'IN_PROGRESS' ? 'OPEN' : 'IN_PROGRESS';
        const answer = await postGraphQL<any>(url, UPDATE, { id: action, status: next, note: `${role} ${bureau ?? ''} via ${target}` }, headers);
        const label = `${role} ${bureau ?? ''} on ${action} via ${target}`;
        if (expected === true) {
          expect(answer.errors, label).toBeUndefined();
          expect(answer.data.updateActionStatus.status, label).toBe(next);
        } else {
          expect(answer.errors?.[0].extensions?.code, label).toBe(expected);
          expect(await statusOf(action), label).toEqual(before);
        }
      }
    });
  }

  it('keeps every change in history with who, from, to and note, oldest first', async () => {
    const secretariat = await bearer('secretariat');
    const id = SECRETARIAT_ACTION;
    const start = (await statusOf(id)).history.length;
    for (const [status, note] of [['IN_PROGRESS', 'Started compiling'], ['DEFERRED', 'Waiting for two Member States'], ['DONE', null]] as const) {
      const answer = await graph.query(UPDATE, { id, status, note }, secretariat);
      expect(answer.errors).toBeUndefined();
    }
    const answer = await graph.query(`query($id: ID!) { action(id: $id) { status history { at by from status note } } }`, { id });
    const history = answer.data.action.history.slice(start);
    expect(history.map((entry: any) => [entry.by, entry.from, entry.status, entry.note])).toEqual([
      ['secretariat', expect.any(String), 'IN_PROGRESS', 'Started compiling'],
      ['secretariat', 'IN_PROGRESS', 'DEFERRED', 'Waiting for two Member States'],
      ['secretariat', 'DEFERRED', 'DONE', null],
    ]);
    expect(answer.data.action.status).toBe('DONE');
    const times = history.map((entry: any) => Date.parse(entry.at));
    expect(times).toEqual([...times].sort());
  });

  it('lets one of two racing changes win and tells the other it lost; none is lost silently', async () => {
    const id = TSB_ACTION;
    const { version, history } = (await graph.query(`query($id: ID!) { action(id: $id) { version history { status } } }`, { id })).data.action;
    const [secretariat, director] = [await bearer('secretariat'), await bearer('director', 'TSB')];
    const answers = await Promise.all([
      graph.query(UPDATE, { id, status: 'DONE', note: 'closed by the secretariat', expectedVersion: version }, secretariat),
      graph.query(UPDATE, { id, status: 'CANCELLED', note: 'cancelled by TSB', expectedVersion: version }, director),
    ]);
    const winners = answers.filter((answer) => !answer.errors);
    const losers = answers.filter((answer) => answer.errors);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expect(losers[0].errors![0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringMatching(/changed by someone else/) });
    const after = (await graph.query(`query($id: ID!) { action(id: $id) { status history { status note } } }`, { id })).data.action;
    expect(after.history).toHaveLength(history.length + 1);
    expect(after.status).toBe(winners[0].data.updateActionStatus.status);

    // Without an expected version, concurrent changes queue up: both are applied and both are in history.
    const both = await Promise.all([
      graph.query(UPDATE, { id, status: 'OPEN', note: 'reopened' }, secretariat),
      graph.query(UPDATE, { id, status: 'IN_PROGRESS', note: 'picked up' }, director),
    ]);
    const applied = both.filter((answer) => !answer.errors).length;
    for (const answer of both.filter((each) => each.errors)) expect(answer.errors![0].extensions?.code).toBe('CONFLICT');
    expect((await graph.query(`query($id: ID!) { action(id: $id) { history { status } } }`, { id })).data.action.history).toHaveLength(history.length + 1 + applied);
  });

  it('keeps the statuses people set and their history when the report is ingested again, changed', async () => {
    const before = (await graph.query(`{ actions(meeting: "CWG-CANAL-3") { edges { node { id status history { status note } } } } }`)).data.actions.edges;
    writeFileSync(join(repository, 'canal-report.txt'), REPORT('2.2.5\tThe Secretariat will publish a map of canals.\n'));
    const report = await ingest();
    expect(report.documents.replaced).toBe(1);
    const after = (await graph.query(`{ actions(meeting: "CWG-CANAL-3") { edges { node { id status history { status note } } } } }`)).data.actions.edges;
    expect(after).toHaveLength(before.length + 1);
    for (const edge of before) expect(after).toContainEqual(edge);
    expect(after.find((edge: any) => edge.node.id === 'CWG-CANAL-3/2.2.5').node).toMatchObject({ status: 'OPEN', history: [] });
  });

  it('refuses an unknown action and an overlong note with clear errors', async () => {
    const secretariat = await bearer('secretariat');
    const missing = await graph.query(UPDATE, { id: 'CWG-CANAL-3/9.9', status: 'DONE' }, secretariat);
    expect(missing.errors?.[0]).toMatchObject({ message: 'No action has the id "CWG-CANAL-3/9.9".', extensions: { code: 'NOT_FOUND' } });
    const long = await graph.query(UPDATE, { id: BDT_ACTION, status: 'DONE', note: 'x'.repeat(2_001) }, secretariat);
    expect(long.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
