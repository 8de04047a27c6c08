import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { provisionTestDatabase, type TestDatabase } from '@mandate-graph/testing';
import { SAMPLE_REPOSITORY } from '@mandate-graph/cli';
import { runCli } from '../support/cli';
import { dumpStores } from '../support/dump';
import { writeRepository } from '../support/fixtures';
import { ingestInto } from '../support/ingest';

// A repository can leave the graph with all it said, and the sample reports leave by themselves once real
// repositories are configured.

const REPORT = (acronym: string) => `Report by the Chair of the Council Working Group on ${acronym} (${acronym})

2\tActivities
2.1\tThe 3rd meeting of ${acronym} was held virtually on 3-4 February 2025.
2.2\tThe group agreed on the following actions at its 3rd meeting:
2.2.1\tThe Secretariat will publish the list, as Resolution 1401 (Rev. 2024) asks.
`;

describe('mandate-graph remove', () => {
  let database: TestDatabase;
  const env = () => ({ DATABASE_URL: database.url, NODE_ENV: undefined });
  const mentions = (dump: Record<string, string[]>, text: string) => Object.values(dump).flat().filter((row) => row.includes(text));

  beforeAll(async () => {
    database = await provisionTestDatabase();
    const report = await ingestInto(database.url, [writeRepository('leaving', { 'report.txt': REPORT('CWG-LEAVE') }), writeRepository('staying', { 'report.txt': REPORT('CWG-STAY') })]);
    expect(report.failures).toEqual([]);
  });
  afterAll(async () => database?.close());

  it('takes a repository and everything its documents said out of every store, and nothing else', async () => {
    const before = await dumpStores(database.url);
    expect(mentions(before, 'leaving/')).not.toEqual([]);
    const run = runCli(['remove', 'leaving'], env());
    expect(await run.exited, run.output()).toBe(0);
    expect(run.output()).toMatch(/Removed repository leaving: 1 documents and everything they said\./);
    const after = await dumpStores(database.url);
    expect(mentions(after, 'leaving')).toEqual([]);
    expect(mentions(after, 'CWG-LEAVE')).toEqual([]);
    expect(mentions(after, 'staying/')).toEqual(mentions(before, 'staying/'));
  });

  it('says which repositories there are when asked to remove one that is not stored', async () => {
    const run = runCli(['remove', 'nowhere'], env());
    expect(await run.exited).toBe(1);
    expect(run.output()).toMatch(/No repository nowhere is stored \(there are: staying\); nothing was removed\./);
  });

  it('removes the sample reports when npm start is given real repositories', { timeout: 120_000 }, async () => {
    expect((await ingestInto(database.url, [SAMPLE_REPOSITORY])).failures).toEqual([]);
    const run = runCli(['start', '--port', '0', '--subgraph-ports', 'auto', '--repository', writeRepository('real', { 'report.txt': REPORT('CWG-REAL') })], env());
    try {
      await run.waitFor(/serving the graph at/, 90_000);
      expect(run.output()).toMatch(/Removed the sample reports \(\d+ documents\): real repositories are configured\./);
      const dump = await dumpStores(database.url);
      expect(mentions(dump, 'sample-reports/')).toEqual([]);
      expect(mentions(dump, 'CWG-SAMPLE')).toEqual([]);
      expect(mentions(dump, 'staying/')).not.toEqual([]);
    } finally {
      run.child.kill('SIGTERM');
      await run.exited;
    }
  });
});
