import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IngestReport } from '@mandate-graph/ingestion';
import { startFederation, type Federation } from '../support/federation';
import { writeRepository } from '../support/fixtures';
import { ingestInto } from '../support/ingest';

// A document with more paragraphs than one short transaction should hold is written in steps, so that the
// store answers reads between them: it must come out whole, in order, once, and a run cut short is redone.

const PARAGRAPHS = 12_500;
const report = () => `Report by the Chair of the Council Working Group on Harbour Policy (CWG-Harbour)\n\n${
  Array.from({ length: PARAGRAPHS }, (_, index) => `${Math.floor(index / 100) + 1}.${(index % 100) + 1}\tThe group noted Resolution ${100 + (index % 50)} (Rev. Dubai, 2018) in paragraph ${index}.`).join('\n')
}\n`;

describe('a document too big for one transaction', () => {
  let graph: Federation;
  let repository: string;
  const ingest = (): Promise<IngestReport> => ingestInto(graph.database.url, [repository]);
  const stored = async () => {
    const client = new pg.Client({ connectionString: graph.database.url });
    await client.connect();
    try {
      const paragraphs = await client.query(`select count(*)::int as count, count(distinct position)::int as positions, min(position) as first, max(position) as last from documents.paragraph where document_id = 'big/report'`);
      const citations = await client.query(`select count(*)::int as count, count(distinct position)::int as positions from documents.citation where document_id = 'big/report'`);
      return { paragraphs: paragraphs.rows[0], citations: citations.rows[0] };
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    graph = await startFederation();
    repository = writeRepository('big', { 'report.txt': report() });
  });
  afterAll(async () => graph?.close());

  it('stores every paragraph and citation once, in order, and then counts as unchanged', async () => {
    const first = await ingest();
    expect(first.failures).toEqual([]);
    expect(first.documents.created).toBe(1);
    const rows = await stored();
    expect(rows.paragraphs).toEqual({ count: PARAGRAPHS + 1, positions: PARAGRAPHS + 1, first: 0, last: PARAGRAPHS });
    expect(rows.citations.count).toBe(PARAGRAPHS);
    expect(rows.citations.positions).toBe(PARAGRAPHS);
    const answer = await graph.query('{ document(id: "big/report") { citations { resolution { id } } } search(text: "paragraph 12499") { edges { node { paragraph } } } }');
    expect(answer.errors).toBeUndefined();
    expect(answer.data.document.citations).toHaveLength(PARAGRAPHS);
    expect(answer.data.search.edges.map((edge: any) => edge.node.paragraph)).toEqual(['125.100']);
    expect((await ingest()).documents).toMatchObject({ unchanged: 1, created: 0, replaced: 0 });
  });

  it('writes again, without doubling anything, a document a run left unfinished', async () => {
    // What a run killed between the steps leaves: the document row without its hash.
    const client = new pg.Client({ connectionString: graph.database.url });
    await client.connect();
    await client.query(`update documents.document set content_hash = '' where id = 'big/report'`);
    await client.query(`delete from documents.paragraph where document_id = 'big/report' and position > 5000`);
    await client.end();
    const again = await ingest();
    expect(again.documents).toMatchObject({ replaced: 1, unchanged: 0 });
    const rows = await stored();
    expect(rows.paragraphs).toEqual({ count: PARAGRAPHS + 1, positions: PARAGRAPHS + 1, first: 0, last: PARAGRAPHS });
    expect(rows.citations.count).toBe(PARAGRAPHS);
  });
});
