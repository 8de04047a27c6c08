import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { provisionTestDatabase, type TestDatabase } from '@mandate-graph/testing';
import { generateRepository } from '@mandate-graph/cli';
import { runCli } from '../support/cli';
import { dumpStores } from '../support/dump';

const DOCUMENTS = 60;
describe('ingestion killed with SIGKILL, again and again', () => {
  let killed: TestDatabase;
  let clean: TestDatabase;
  // Reports with meetings, actions and consultations, resolutions in Akoma Ntoso, notes in five languages.
  const repository = generateRepository({ documents: DOCUMENTS, seed: 11, out: join(mkdtempSync(join(tmpdir(), 'mandate-kill-')), 'killed') }).root;
  beforeAll(async () => {
    [killed, clean] = await Promise.all([provisionTestDatabase(), provisionTestDatabase()]);
  });
  afterAll(async () => {
    await killed?.close();
    await clean?.close();
  });

  it('leaves every document whole or absent after each kill, and a rerun ends with exactly the facts of a clean run', { timeout: 180_000 }, async () => {
    let previous = 0;
    const states: Record<string, string[]>[] = [];
    // Killed at three points of the run, each time resuming from what the last run left.
    for (const after of [5, 20, 40]) {
      const interrupted = runCli(['ingest', repository], { DATABASE_URL: killed.url });
      await interrupted.waitFor(new RegExp(`ingest ${after}/${DOCUMENTS}`));
      interrupted.child.kill('SIGKILL');
      await interrupted.exited;
      const state = await dumpStores(killed.url);
      const stored = state['documents.document'].length;
      expect(stored).toBeGreaterThanOrEqual(previous);
      expect(stored).toBeLessThan(DOCUMENTS);
      states.push(state);
      previous = stored;
    }

    const rerun = runCli(['ingest', repository], { DATABASE_URL: killed.url });
    expect(await rerun.exited, rerun.output()).toBe(0);
    const reference = runCli(['ingest', repository], { DATABASE_URL: clean.url });
    expect(await reference.exited, reference.output()).toBe(0);
    const [resumed, fresh] = await Promise.all([dumpStores(killed.url), dumpStores(clean.url)]);
    expect(fresh['documents.document']).toHaveLength(DOCUMENTS);
    expect(fresh['meetings.action'].length).toBeGreaterThan(50);
    expect(fresh['consultations.response_count'].length).toBeGreaterThan(50);
    expect(resumed).toEqual(fresh);

    // After each kill, every stored document had all its paragraphs: no transaction was cut in half.
    const paragraphsPerDocument = (state: Record<string, string[]>) => {
      const counts = new Map<string, number>();
      for (const row of state['documents.paragraph']) {
        const document = row.slice(1, row.indexOf(','));
        counts.set(document, (counts.get(document) ?? 0) + 1);
      }
      return counts;
    };
    const complete = paragraphsPerDocument(fresh);
    for (const state of states) {
      for (const [document, count] of paragraphsPerDocument(state)) expect(count, document).toBe(complete.get(document));
    }
  });
});
