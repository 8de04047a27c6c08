import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli';
import { postGraphQL } from '../support/federation';
import { writeRepository } from '../support/fixtures';

// One embedded store, one process that opens it: a second `ingest` goes through the running graph's store
// (and the graph answers with what it wrote); a second `start` is refused with what to do.

const dataDir = mkdtempSync(join(tmpdir(), 'mandate-one-store-'));
const env = { MANDATE_DATA_DIR: dataDir, DATABASE_URL: undefined, NODE_ENV: undefined };
const lockFile = join(dataDir, 'pglite.lock');

const first = writeRepository('first-notes', { 'note.txt': '1\tThe working group agreed to publish its summary record.\n' });
const second = writeRepository('second-notes', { 'note.txt': '1\tThe working group asked the Secretariat to translate the report.\n' });

describe('the embedded store has one writer', () => {
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('ingests through the running graph, which answers with the new document; refuses a second graph on the same store', { timeout: 180_000 }, async () => {
    const graph = runCli(['start', '--port', '0', '--subgraph-ports', 'auto', '--repository', first], env);
    try {
      const [, url] = await graph.waitFor(/serving the graph at (http:\/\/\S+)/, 120_000);
      expect(existsSync(lockFile)).toBe(true);

      const ingest = runCli(['ingest', second], env);
      expect(await ingest.exited, ingest.output()).toBe(0);
      expect(ingest.output()).toMatch(/Store: the embedded PostgreSQL in .* that the running graph serves \(process \d+\)/);
      expect(ingest.output()).toMatch(/1 documents created/);
      const answer = await postGraphQL<any>(url, '{ document(id: "second-notes/note") { paragraphs { text } } }');
      expect(answer.data?.document?.paragraphs[0].text).toMatch(/translate the report/);

      const another = runCli(['start', '--port', '0', '--subgraph-ports', 'auto', '--repository', first], env);
      expect(await another.exited).toBe(1);
      expect(another.output()).toMatch(/The embedded store in .*pglite is in use by process \d+\. Stop that process first, give this one a data directory of its own \(MANDATE_DATA_DIR\)/);
      // The refused one changed nothing: the graph still serves both documents.
      const still = await postGraphQL<any>(url, '{ a: document(id: "first-notes/note") { id } b: document(id: "second-notes/note") { id } }');
      expect(still.data).toEqual({ a: { id: 'first-notes/note' }, b: { id: 'second-notes/note' } });
    } finally {
      graph.child.kill('SIGTERM');
      await graph.exited;
    }
    expect(existsSync(lockFile)).toBe(false);
  });

  it('takes over the lock of a process that died without releasing it, and keeps what it wrote', { timeout: 120_000 }, async () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    writeFileSync(lockFile, JSON.stringify({ pid: Number(dead.stdout), url: 'postgres://postgres@127.0.0.1:1/postgres' }));
    const ingest = runCli(['ingest', second], env);
    expect(await ingest.exited, ingest.output()).toBe(0);
    expect(ingest.output()).toMatch(/Store: embedded PostgreSQL \(PGlite\) in /);
    // The document stored through the running graph is in the store it kept on disk.
    expect(ingest.output()).toMatch(/0 documents created, 0 replaced, 1 unchanged/);
    expect(existsSync(lockFile)).toBe(false);
  });
});
