import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestRepositories, openIngestionStore, NO_REPORT_FACTS, type Extractors, type IngestReport } from '@mandate-graph/ingestion';
import { startFederation, type Federation } from '../support/federation';
import { CORPUS } from '../support/fixtures';

// The instrument structure comes from the Akoma Ntoso parser alone; citations have tests of their own.
const structureOnly: Extractors = { citations: () => [], reportFacts: () => NO_REPORT_FACTS };

describe('the PP-18 Final Acts, ingested and read through the gateway', () => {
  let graph: Federation;
  let report: IngestReport;
  beforeAll(async () => {
    graph = await startFederation();
    const store = await openIngestionStore(graph.database.url);
    try {
      report = await ingestRepositories(store, [join(CORPUS, 'pp18-final-acts')], structureOnly);
    } finally {
      await store.close();
    }
  });
  afterAll(async () => graph?.close());

  it('stores one document and one instrument per component', async () => {
    expect(report.failures).toEqual([]);
    expect(report.documents.created).toBe(64);
    const answer = await graph.query(`{ resolutions(issuer: "PP", first: 100) { totalCount edges { node { id kind } } } }`);
    expect(answer.data.resolutions.totalCount).toBe(64);
    const ids = answer.data.resolutions.edges.map((edge: any) => edge.node.id);
    expect(ids).toEqual(expect.arrayContaining(['PP-DEC-5', 'PP-DEC-11', 'PP-REC-7', 'PP-RES-101', 'PP-RES-102']));
  });

  it('gives a resolution its revision, title and operative clauses with provenance in its document', async () => {
    const answer = await graph.query(`{
      resolution(id: "PP-RES-102") {
        status revisions { label place year } title
        operativeClauses { block number text source { document { id } paragraph quote } }
        source { document { id } }
      }
    }`);
    expect(answer.errors).toBeUndefined();
    const resolution = answer.data.resolution;
    expect(resolution.revisions).toEqual([{ label: 'Rev. Dubai, 2018', place: 'Dubai', year: 2018 }]);
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
});
