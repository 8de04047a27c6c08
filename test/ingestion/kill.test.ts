import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { provisionTestDatabase, type TestDatabase } from '@mandate-graph/database';
import { runCli } from '../support/cli';
import { writeRepository } from '../support/fixtures';

const DOCUMENTS = 40;
const PARAGRAPHS = 30;

/** Forty English reports of thirty numbered paragraphs each, written by the test. */
function repository(): string {
  const files: Record<string, string> = {};
  for (let d = 1; d <= DOCUMENTS; d++) {
    files[`report-${String(d).padStart(2, '0')}.txt`] = Array.from(
      { length: PARAGRAPHS },
      (_, p) => `${d}.${p + 1}\tThe working group reviewed item ${p + 1} of report ${d} and asked the secretariat to follow up on it with the members.`,
    ).join('\n\n');
  }
  return writeRepository('killed', files);
}

/** Everything the stores hold about documents, in a comparable form. */
async function dump(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const documents = await client.query(`select d.id, d.content_hash, count(p.*)::int as paragraphs
      from documents.document d left join documents.paragraph p on p.document_id = d.id group by d.id, d.content_hash order by d.id`);
    return documents.rows;
  } finally {
    await client.end();
  }
}

describe('ingestion killed with SIGKILL mid-run', () => {
  let killed: TestDatabase;
  let clean: TestDatabase;
  const repo = repository();
  beforeAll(async () => {
    [killed, clean] = await Promise.all([provisionTestDatabase(), provisionTestDatabase()]);
  });
  afterAll(async () => {
    await killed?.close();
    await clean?.close();
  });

  it('leaves every document whole or absent, and a rerun ends with exactly what a clean run stores', async () => {
    const interrupted = runCli(['ingest', repo], { DATABASE_URL: killed.url });
    await interrupted.waitFor(/ingest 1[0-9]\/40/);
    interrupted.child.kill('SIGKILL');
    await interrupted.exited;

    const afterKill = await dump(killed.url);
    expect(afterKill.length).toBeGreaterThan(0);
    expect(afterKill.length).toBeLessThan(DOCUMENTS);
    for (const row of afterKill) expect(row.paragraphs, row.id).toBe(PARAGRAPHS);

    const rerun = runCli(['ingest', repo], { DATABASE_URL: killed.url });
    expect(await rerun.exited, rerun.output()).toBe(0);
    const reference = runCli(['ingest', repo], { DATABASE_URL: clean.url });
    expect(await reference.exited, reference.output()).toBe(0);
    const [resumed, fresh] = await Promise.all([dump(killed.url), dump(clean.url)]);
    expect(resumed).toHaveLength(DOCUMENTS);
    expect(resumed).toEqual(fresh);
  });
});
