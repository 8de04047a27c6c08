import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultExtractors, ingestRepositories, openIngestionStore, type IngestReport } from '@mandate-graph/ingestion';
import { SUBGRAPH_DEFINITIONS } from '@mandate-graph/cli';
import { startFederation, type Federation } from '../support/federation';
import { CORPUS, hasCorpus } from '../support/fixtures';

describe.skipIf(!hasCorpus)('the two real corpora, ingested and read through the gateway', () => {
  let graph: Federation;
  let report: IngestReport;
  beforeAll(async () => {
    graph = await startFederation();
    const store = await openIngestionStore(graph.database.url, SUBGRAPH_DEFINITIONS);
    try {
      report = await ingestRepositories(store, [join(CORPUS, 'pp18-final-acts'), join(CORPUS, 'itu-council')], defaultExtractors);
    } finally {
      await store.close();
    }
  });
  afterAll(async () => graph?.close());

  it('stores one document and one instrument per component', async () => {
    expect(report.failures, JSON.stringify(report.failures)).toEqual([]);
    expect(report.documents.created).toBe(65);
    const answer = await graph.query(`{ resolutions(issuer: "PP", first: 100) { totalCount edges { node { id kind status source { document { id } } } } } }`);
    const nodes = answer.data.resolutions.edges.map((edge: any) => edge.node);
    expect(answer.data.resolutions.totalCount).toBe(nodes.length);
    // The 64 components are described by their own text; the other PP instruments are known because they are cited.
    const described = nodes.filter((node: any) => node.source);
    expect(described).toHaveLength(64);
    expect(described.map((node: any) => node.id)).toEqual(expect.arrayContaining(['PP-DEC-5', 'PP-DEC-11', 'PP-REC-7', 'PP-RES-101', 'PP-RES-102']));
    const citedOnly = nodes.filter((node: any) => !node.source);
    expect(citedOnly.length).toBeGreaterThan(0);
    // Known only by citations, an instrument's status is UNKNOWN, unless a list of abrogated instruments names it.
    for (const node of citedOnly) expect(['UNKNOWN', 'ABROGATED'], node.id).toContain(node.status);
  });

  it('makes every group a document names a Group, with the names documents give it in each language', async () => {
    const answer = await graph.query(`{
      resolutions(first: 100) { edges { node { id mandates { activityId activityType activity { __typename ... on Group { id name } } } } } }
      cop: group(id: "CWG-COP") { id name names { language name source { document { id } } } }
      internet: group(id: "CWG-INTERNET") { names { language name } }
    }`);
    expect(answer.errors).toBeUndefined();
    const groupMandates = answer.data.resolutions.edges.flatMap((edge: any) => edge.node.mandates).filter((mandate: any) => mandate.activityType === 'Group');
    expect(groupMandates.length).toBeGreaterThan(30);
    for (const mandate of groupMandates) expect(mandate.activity, mandate.activityId).toEqual({ __typename: 'Group', id: mandate.activityId, name: expect.any(String) });
    expect(answer.data.cop.id).toBe('CWG-COP');
    expect(answer.data.cop.names.length).toBeGreaterThan(0);
    expect(answer.data.cop.names[0].source.document.id).toMatch(/^pp18-final-acts\//);
    const internet = answer.data.internet.names;
    expect(internet).toEqual(expect.arrayContaining([
      { language: 'EN', name: expect.stringMatching(/^Council Working Group on international Internet-related public policy issues$/i) },
      { language: 'ZH', name: expect.stringMatching(/工作组$/) },
    ]));
  });

  it('marks abrogated what the Final Acts list as abrogated, and what the chair report says was, each with the entry that says so', async () => {
    const answer = await graph.query(`{ resolutions(status: ABROGATED, first: 100) { edges { node { id statusSource { document { id } quote } } } } }`);
    expect(answer.errors).toBeUndefined();
    const abrogated = new Map(answer.data.resolutions.edges.map((edge: any) => [edge.node.id, edge.node.statusSource]));
    for (const id of ['PP-RES-36', 'PP-RES-72', 'PP-RES-89', 'PP-RES-128', 'PP-RES-166', 'PP-RES-185', 'PP-RES-187', 'PP-RES-192', 'PP-RES-194', 'PP-RES-202', 'PP-DEC-13', 'C-RES-1344']) {
      expect(abrogated.has(id), id).toBe(true);
    }
    expect(abrogated.get('PP-RES-36')).toMatchObject({ document: { id: expect.stringMatching(/^pp18-final-acts\//) }, quote: 'RESOLUTION 36 (REV. GUADALAJARA, 2010)' });
    expect(abrogated.has('PP-RES-102')).toBe(false);
  });

  it('resolves every instrument a document cites, described or not: cited only, its status is UNKNOWN', async () => {
    const answer = await graph.query(`{
      council: resolution(id: "C-RES-1305") { id status title source { document { id } } citedIn { totalCount } }
      wtsa: resolution(id: "WTSA-RES-69") { id status citedIn { totalCount } }
      never: resolution(id: "PP-RES-999") { id }
    }`);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.council).toMatchObject({ id: 'C-RES-1305', status: 'UNKNOWN', title: null, source: null });
    expect(answer.data.council.citedIn.totalCount).toBeGreaterThan(0);
    expect(answer.data.wtsa).toMatchObject({ id: 'WTSA-RES-69', status: 'UNKNOWN' });
    expect(answer.data.wtsa.citedIn.totalCount).toBeGreaterThan(0);
    expect(answer.data.never).toBeNull();
  });

  it('gives a resolution its revision, title and operative clauses with provenance in its document', async () => {
    const answer = await graph.query(`{
      resolution(id: "PP-RES-102") {
        status revisions { label place year source { document { id } quote } } title
        operativeClauses { block number text source { document { id } paragraph quote } }
        source { document { id } }
      }
    }`);
    expect(answer.errors).toBeUndefined();
    const resolution = answer.data.resolution;
    // Its own heading's revision first, then the earlier ones its citations name, each where it was seen.
    expect(resolution.revisions[0]).toEqual({ label: 'Rev. Dubai, 2018', place: 'Dubai', year: 2018, source: { document: { id: 'pp18-final-acts/res-102' }, quote: expect.any(String) } });
    for (const revision of resolution.revisions.slice(1)) {
      expect(revision.label).not.toBe('Rev. Dubai, 2018');
      expect(revision.source.document.id).toMatch(/^pp18-final-acts\//);
    }
    const others = await graph.query(`{ a: resolution(id: "PP-RES-71") { revisions { label } } b: resolution(id: "PP-RES-101") { revisions { label } } }`);
    expect(others.data.a.revisions.map((revision: any) => revision.label)).toContain('Rev. Busan, 2014');
    expect(others.data.b.revisions.map((revision: any) => revision.label)).toContain('Rev. Guadalajara, 2010');
    expect(resolution.status).toBe('IN_FORCE');
    expect(resolution.source.document.id).toBe('pp18-final-acts/res-102');
    const blocks = new Set(resolution.operativeClauses.map((clause: any) => clause.block));
    expect(blocks).toContain('resolves');
    expect(blocks).toContain('instructs_the_secretary_general');
    for (const clause of resolution.operativeClauses) {
      expect(clause.source.document.id).toBe('pp18-final-acts/res-102');
      expect(clause.source.quote).toContain(clause.text.slice(0, 40));
    }
    const document = await graph.query(`{ document(id: "pp18-final-acts/res-102") { language paragraphs { number } } }`);
    expect(document.data.document.language).toBe('EN');
    expect(document.data.document.paragraphs.length).toBeGreaterThan(10);
  });

  it('finds words of the Final Acts by search', async () => {
    const answer = await graph.query(`{ search(text: "Internet-related public policy", language: EN, first: 5) { totalCount edges { node { document { id } highlight } } } }`);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.search.totalCount).toBeGreaterThan(0);
    expect(answer.data.search.edges[0].node.highlight).toMatch(/<mark>Internet-related<\/mark>/i);
  });

  it('gives the CWG-Internet meetings, their actions and the consultation reviewed, each with its source', async () => {
    const answer = await graph.query(`{
      meeting(id: "CWG-INTERNET-17") {
        startDate endDate format contributionsReceived group { id establishedBy { id } }
        actions { id paragraph assignees source { quote paragraph document { id } } }
        consultationsReviewed {
          id opens questions launchedAt { id } responses { total byCategory { category count } }
          consultationMeeting { id startDate registered { value atLeast } participants { value atLeast } }
        }
      }
    }`);
    expect(answer.errors).toBeUndefined();
    const meeting = answer.data.meeting;
    expect(meeting).toMatchObject({ startDate: '2022-01-19', endDate: '2022-01-20', format: 'VIRTUAL', contributionsReceived: 3 });
    expect(meeting.group).toEqual({ id: 'CWG-INTERNET', establishedBy: [{ id: 'C-RES-1336' }] });
    expect(meeting.actions.map((action: any) => action.id)).toEqual(['CWG-INTERNET-17/2.7.1', 'CWG-INTERNET-17/2.7.2', 'CWG-INTERNET-17/2.7.3']);
    for (const action of meeting.actions) {
      expect(action.source.document.id).toBe('itu-council/000_8f73a2edc1468054');
      expect(action.source.paragraph).toBe(action.paragraph);
    }
    const [consultation] = meeting.consultationsReviewed;
    expect(consultation.id).toBe('CWG-INTERNET-CONS-2021-10');
    expect(consultation.launchedAt).toEqual({ id: 'CWG-INTERNET-16' });
    expect(consultation.questions).toHaveLength(4);
    const counts = Object.fromEntries(consultation.responses.byCategory.map((row: any) => [row.category, row.count]));
    expect(consultation.responses.total).toBe(20);
    expect(counts).toEqual({ GOVERNMENT: 3, PRIVATE_SECTOR: 5, INDUSTRY_ASSOCIATION: 2, CIVIL_SOCIETY: 6, INTERNATIONAL_ORGANIZATION: 2 });
    expect(consultation.consultationMeeting).toEqual({
      id: 'CWG-INTERNET-OC-10', startDate: '2022-01-11', registered: { value: 111, atLeast: false }, participants: { value: 60, atLeast: true },
    });
  });

  it('links resolutions: what PP-RES-101 cites, and C-RES-1344 merged into C-RES-1336', async () => {
    const answer = await graph.query(`{
      cites: resolution(id: "PP-RES-101") { cites { id } }
      merged: resolution(id: "C-RES-1344") { status mergedInto { id } statusSource { quote document { id } } }
      cited: resolution(id: "PP-RES-102") { citedBy { id } citedIn(first: 3) { totalCount } }
    }`);
    expect(answer.errors).toBeUndefined();
    const cites = answer.data.cites.cites.map((resolution: any) => resolution.id);
    expect(cites).toEqual(expect.arrayContaining(['PP-RES-102', 'PP-RES-130', 'PP-RES-133', 'PP-RES-180', 'PP-RES-197']));
    expect(answer.data.merged).toMatchObject({ status: 'ABROGATED', mergedInto: { id: 'C-RES-1336' } });
    expect(answer.data.merged.statusSource.quote).toContain('1344');
    expect(answer.data.cited.citedBy.map((resolution: any) => resolution.id)).toContain('PP-RES-101');
    expect(answer.data.cited.citedIn.totalCount).toBeGreaterThan(3);
  });

  it('turns operative clauses that name a group into mandates, which reach the group\'s meetings', async () => {
    const answer = await graph.query(`{
      resolution(id: "PP-RES-102") { mandates { relation activity { ... on Group { id name } } source { paragraph quote document { id } } } }
      meeting(id: "CWG-INTERNET-17") { mandatedBy { id } }
    }`);
    expect(answer.errors).toBeUndefined();
    const onInternetGroup = answer.data.resolution.mandates.filter((mandate: any) => mandate.activity?.id === 'CWG-INTERNET');
    expect(onInternetGroup.length).toBeGreaterThan(0);
    for (const mandate of onInternetGroup) {
      expect(mandate.source.quote).toMatch(/CWG-\s?Internet|Council Working Group on international Internet-related public policy issues/i);
      expect(mandate.source.document.id).toBe('pp18-final-acts/res-102');
    }
    expect(onInternetGroup.map((mandate: any) => mandate.relation)).toContain('INSTRUCTS');
    expect(answer.data.meeting.mandatedBy.map((resolution: any) => resolution.id)).toEqual(expect.arrayContaining(['PP-RES-102', 'C-RES-1336']));
    // PP-RES-179 only asks CWG-COP to liaise with CWG-Internet, and the Director to collaborate with both: it mandates no CWG-Internet meeting.
    expect(answer.data.meeting.mandatedBy.map((resolution: any) => resolution.id)).not.toContain('PP-RES-179');
  });

  it('turns a clause on the group\'s open consultations and their meetings into mandates on those series', async () => {
    const answer = await graph.query(`{
      resolution(id: "PP-RES-102") {
        mandates { relation activity { __typename ... on MeetingSeries { id kind meetings { id } } ... on ConsultationSeries { id consultations { id } } } source { quote } }
      }
      consultation(id: "CWG-INTERNET-CONS-2021-10") { mandatedBy { id } }
      meeting(id: "CWG-INTERNET-OC-10") { mandatedBy { id } }
    }`);
    expect(answer.errors).toBeUndefined();
    const series = answer.data.resolution.mandates.filter((mandate: any) => mandate.activity?.__typename.endsWith('Series'));
    const meetings = series.find((mandate: any) => mandate.activity.id === 'CWG-INTERNET-OC');
    const consultations = series.find((mandate: any) => mandate.activity.id === 'CWG-INTERNET-CONS');
    expect(meetings.source.quote).toMatch(/open consultation meetings/);
    expect(meetings.activity).toMatchObject({ kind: 'OPEN_CONSULTATION_MEETING', meetings: expect.arrayContaining([{ id: 'CWG-INTERNET-OC-10' }]) });
    expect(consultations.source.quote).toMatch(/open consultation/);
    expect(consultations.activity.consultations).toContainEqual({ id: 'CWG-INTERNET-CONS-2021-10' });
    expect(answer.data.consultation.mandatedBy.map((resolution: any) => resolution.id)).toContain('PP-RES-102');
    expect(answer.data.meeting.mandatedBy.map((resolution: any) => resolution.id)).toContain('PP-RES-102');
  });

  it('finds paragraph 2.5.1 of the chair report by a two-character Chinese word', async () => {
    const answer = await graph.query(`{ search(text: "环境", language: ZH) { edges { node { document { id } paragraph highlight } } } }`);
    expect(answer.errors).toBeUndefined();
    const hits = answer.data.search.edges.map((edge: any) => `${edge.node.document.id}#${edge.node.paragraph}`);
    expect(hits).toContain('itu-council/000_8f73a2edc1468054#2.5.1');
  });

  it('scores hits in every script, and finds words whatever their accents and endings', async () => {
    const scores = async (text: string, language: string) => {
      const answer = await graph.query(`query($text: String!) { search(text: $text, language: ${language}, first: 20) { edges { node { score highlight text } } } }`, { text });
      expect(answer.errors).toBeUndefined();
      return answer.data.search.edges.map((edge: any) => edge.node);
    };
    const chinese = await scores('互联网', 'ZH');
    expect(chinese.length).toBeGreaterThan(1);
    for (const hit of chinese) expect(hit.score).toBeGreaterThan(0);
    const english = await scores('Internet-related public policy', 'EN');
    expect(new Set(english.map((hit: any) => hit.score)).size).toBeGreaterThan(1);
    for (const hit of english) expect(hit.score).toBeLessThan(1);
    // The Final Acts' glossary of budget terms in six languages: typed without accents, and in another Russian form.
    const [french] = await scores('budgetisation axee resultats', 'EN');
    expect(french.text).toContain('Budgétisation axée sur les résultats');
    expect(french.highlight).toMatch(/<mark>(?:Budgétisation|axée|résultats)<\/mark>/i);
    const [russian] = await scores('Результат', 'EN');
    expect(russian.highlight).toMatch(/<mark>[Рр]езультат(?:ов|ы|а)<\/mark>/);
  });
});
