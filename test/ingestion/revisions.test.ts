import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IngestReport } from '@mandate-graph/ingestion';
import { startFederation, type Federation } from '../support/federation';
import { writeRepository } from '../support/fixtures';
import { ingestInto } from '../support/ingest';

// A repository that changes between runs, as real ones do: a report is edited, a file is deleted, a
// curator adds what the reports do not print. Each run must leave the graph saying what the files say now.

const REPORT = (meetings: string) => `Report by the Chair of the Council Working Group on Harbour Policy (CWG-Harbour)

1\tIntroduction
1.1\tCouncil Resolution 1401 (Rev. 2024) established the CWG-Harbour, open to Member States only.
2\tActivities
${meetings}
2.4\tThe group agreed on the following actions at its 6th meeting:
2.4.1\tThe Secretariat will publish the list of harbour authorities.
`;
const BOTH_MEETINGS = '2.1\tThe 5th meeting of CWG-Harbour was held virtually on 3-4 February 2025 and the 6th meeting took place in person on 7-8 July 2025.';
const LATER_MEETING_ONLY = '2.1\tThe 6th meeting of CWG-Harbour took place in person on 7-8 July 2025.';

const OTHER_REPORT = `Report by the Chair of the Council Working Group on Lighthouses (CWG-Light)

2\tActivities
2.1\tThe 2nd meeting of CWG-Light was held virtually on 5 May 2025.
2.2\tThe group agreed on the following actions at its 2nd meeting:
2.2.1\tThe Secretariat will survey the lighthouses of Member States.
`;

const overlay = (facts: object[]) => JSON.stringify({ facts }, null, 2);
const SYMBOL = { fact: 'documentSymbol', document: 'harbour-report', symbol: 'CWG-HARBOUR-6/1', evidence: 'Symbol printed on the cover page of the report as circulated.' };
const ABROGATION = { fact: 'resolutionStatus', resolution: 'C-RES-1390', status: 'ABROGATED', mergedInto: 'C-RES-1401', evidence: 'Council 2024 merged Resolution 1390 into Resolution 1401 and abrogated it.' };
const MANDATE = { fact: 'mandate', resolution: 'C-RES-1401', relation: 'INSTRUCTS', activity: 'CWG-HARBOUR-CONS', evidence: 'Resolution 1401 instructs the group to hold open consultations.' };

describe('a repository that changes between ingestions', () => {
  let graph: Federation;
  let repository: string;
  const ingest = (): Promise<IngestReport> => ingestInto(graph.database.url, [repository]);

  beforeAll(async () => {
    graph = await startFederation();
    repository = writeRepository('harbours', {
      'mandate.json': JSON.stringify({ language: 'en', curates: { resolutions: ['C-RES-1390', 'C-RES-1401'] } }),
      'harbour-report.txt': REPORT(BOTH_MEETINGS),
      'light-report.txt': OTHER_REPORT,
      'curated.json': overlay([SYMBOL, ABROGATION, MANDATE]),
    });
  });
  afterAll(async () => graph?.close());

  it('shows curated facts as curated, with the curator\'s evidence as their exact characters', async () => {
    const report = await ingest();
    expect(report.failures).toEqual([]);
    const answer = await graph.query(`{
      document(id: "harbours/harbour-report") { symbol symbolSource { curated quote paragraph start end document { id format } } }
      resolution(id: "C-RES-1390") { status mergedInto { id } }
      curated: document(id: "harbours/curated") { paragraphs { number } }
      group(id: "CWG-HARBOUR") { establishedBy { id } }
      source: resolution(id: "C-RES-1401") { mandates { relation activity { __typename ... on ConsultationSeries { id } } source { curated quote } } }
    }`);
    expect(answer.errors).toBeUndefined();
    const { document, resolution, curated, group, source } = answer.data;
    expect(document.symbol).toBe('CWG-HARBOUR-6/1');
    expect(document.symbolSource).toMatchObject({ curated: true, quote: SYMBOL.evidence, paragraph: '1', document: { id: 'harbours/curated' } });
    const overlayText = overlay([SYMBOL, ABROGATION, MANDATE]);
    expect(overlayText.slice(document.symbolSource.start, document.symbolSource.end)).toBe(SYMBOL.evidence);
    expect(resolution).toEqual({ status: 'ABROGATED', mergedInto: { id: 'C-RES-1401' } });
    expect(curated.paragraphs.map((paragraph: { number: string }) => paragraph.number)).toEqual(['1', '2', '3']);
    // The report's own statement stays uncurated beside the curator's.
    expect(group.establishedBy.map((row: { id: string }) => row.id)).toEqual(['C-RES-1401']);
    const curatedMandate = source.mandates.find((mandate: any) => mandate.activity?.__typename === 'ConsultationSeries');
    expect(curatedMandate).toEqual({ relation: 'INSTRUCTS', activity: { __typename: 'ConsultationSeries', id: 'CWG-HARBOUR-CONS' }, source: { curated: true, quote: MANDATE.evidence } });
  });

  it('reports a bad overlay with its file, fact and line, and keeps the facts it stored before', async () => {
    writeFileSync(join(repository, 'curated.json'), overlay([SYMBOL, { ...ABROGATION, resolution: 'Resolution 1390' }]));
    const report = await ingest();
    expect(report.failures).toHaveLength(1);
    expect(report.failures[0].path).toMatch(/harbours\/curated\.json$/);
    expect(report.failures[0].reason).toMatch(/^fact 2 \(line 9\): "resolution" must be an instrument id/);
    const answer = await graph.query(`{ resolution(id: "C-RES-1390") { status } document(id: "harbours/harbour-report") { symbol } }`);
    expect(answer.data).toEqual({ resolution: { status: 'ABROGATED' }, document: { symbol: 'CWG-HARBOUR-6/1' } });
  });

  it('takes back a curated fact the curator removed', async () => {
    writeFileSync(join(repository, 'curated.json'), overlay([SYMBOL]));
    await ingest();
    const answer = await graph.query(`{ resolution(id: "C-RES-1390") { status mergedInto { id } } other: resolution(id: "C-RES-1401") { mandates { activity { __typename } } } }`);
    expect(answer.data.resolution).toEqual({ status: 'UNKNOWN', mergedInto: null });
    expect(answer.data.other.mandates.map((mandate: any) => mandate.activity?.__typename)).not.toContain('ConsultationSeries');
  });

  it('drops a meeting an edited report no longer mentions, and keeps the rest', async () => {
    expect((await graph.query(`{ meeting(id: "CWG-HARBOUR-5") { startDate } }`)).data.meeting).toEqual({ startDate: '2025-02-03' });
    writeFileSync(join(repository, 'harbour-report.txt'), REPORT(LATER_MEETING_ONLY));
    const report = await ingest();
    expect(report.documents).toMatchObject({ replaced: 1, removed: 0 });
    const answer = await graph.query(`{
      gone: meeting(id: "CWG-HARBOUR-5") { id }
      kept: meeting(id: "CWG-HARBOUR-6") { startDate actions { id } }
      group(id: "CWG-HARBOUR") { meetings { id } }
    }`);
    expect(answer.data).toEqual({
      gone: null,
      kept: { startDate: '2025-07-07', actions: [{ id: 'CWG-HARBOUR-6/2.4.1' }] },
      group: { meetings: [{ id: 'CWG-HARBOUR-6' }] },
    });
  });

  it('takes out everything a deleted file said, and nothing else', async () => {
    rmSync(join(repository, 'light-report.txt'));
    const report = await ingest();
    expect(report.documents).toMatchObject({ removed: 1, created: 0 });
    const answer = await graph.query(`{
      document(id: "harbours/light-report") { id }
      group(id: "CWG-LIGHT") { id }
      meeting(id: "CWG-LIGHT-2") { id }
      actions(first: 100) { edges { node { id } } }
      harbour: document(id: "harbours/harbour-report") { symbol }
    }`);
    expect(answer.data).toEqual({
      document: null, group: null, meeting: null,
      actions: { edges: [{ node: { id: 'CWG-HARBOUR-6/2.4.1' } }] },
      harbour: { symbol: 'CWG-HARBOUR-6/1' },
    });
  });
});
