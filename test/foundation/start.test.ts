import { createServer } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { startEmbeddedPostgres } from '@mandate-graph/database';
import { openSubgraphStore } from '@mandate-graph/server-kit';
import { meetingsSubgraph, storeMeetingFacts } from '@mandate-graph/meetings';
import { runCli } from '../support/cli';
import { postGraphQL } from '../support/federation';
import { writeRepository } from '../support/fixtures';

const dataDir = mkdtempSync(join(tmpdir(), 'mandate-start-'));
// The embedded store is what a newcomer gets: no DATABASE_URL, whatever the suite runs on.
const env = { MANDATE_DATA_DIR: dataDir, DATABASE_URL: undefined, NODE_ENV: undefined };

const repository = writeRepository('cli-samples', {
  'note.txt': '1\tThe working group agreed to publish its summary record within two weeks of each meeting.\n',
});

async function serve(repositories: string[]) {
  const run = runCli(['start', '--port', '0', '--subgraph-ports', 'auto', ...repositories.flatMap((path) => ['--repository', path])], env);
  const [, url] = await run.waitFor(/serving the graph at (http:\/\/\S+)/);
  return { run, url };
}

describe('npm start (the built command, as a user runs it)', () => {
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('serves the graph from the embedded store, stops cleanly on SIGINT and SIGTERM, and keeps the data for the next start', { timeout: 180_000 }, async () => {
    // A row written into the embedded store before the graph starts, through the subgraph's own code.
    const embedded = await startEmbeddedPostgres({ dataDir: join(dataDir, 'pglite') });
    const store = await openSubgraphStore(meetingsSubgraph, { databaseUrl: embedded.url });
    const em = store.em.fork() as EntityManager;
    await em.transactional((tx) => storeMeetingFacts(tx as EntityManager, 'samples/kept', {
      groups: [{ id: 'WG-KEPT', name: 'Group that survives restarts', source: { paragraph: null, start: 0, end: 5, quote: 'Group' } }],
      meetings: [], actions: [],
    }));
    await store.close();
    await embedded.close();

    for (const round of [1, 2]) {
      // The first start names a repository; the second names none and gets the project's sample reports.
      const { run, url } = await serve(round === 1 ? [repository] : []);
      const health = await fetch(url.replace('/graphql', '/health'));
      expect(health.status, run.output()).toBe(200);
      const answer = await postGraphQL<any>(url, '{ group(id: "WG-KEPT") { name } }');
      expect(answer.data?.group, `round ${round}`).toEqual({ name: 'Group that survives restarts' });
      expect(run.output()).toMatch(/1 documents created/);
      // Each start gives its gateway a secret of its own: a subgraph's port answers nobody else.
      const [, subgraphUrl] = run.output().match(/The meetings subgraph serves at (\S+)/)!;
      expect((await postGraphQL<any>(subgraphUrl, '{ _service { sdl } }')).status).toBe(403);
      if (round === 2) {
        const sample = await postGraphQL<any>(url, '{ group(id: "CWG-SAMPLE") { establishedBy { id } meetings { id } } }');
        expect(sample.data?.group).toEqual({ establishedBy: [{ id: 'C-RES-1400' }], meetings: [{ id: 'CWG-SAMPLE-3' }, { id: 'CWG-SAMPLE-4' }, { id: 'CWG-SAMPLE-OC-2' }] });
        // A token from \`mandate-graph token\` is honoured by the gateway and the subgraph processes alike.
        const token = async (...args: string[]) => {
          const run = runCli(['token', ...args], env);
          expect(await run.exited, run.output()).toBe(0);
          return run.output().trim();
        };
        const update = 'mutation($note: String) { updateActionStatus(id: "CWG-SAMPLE-4/2.4.2", status: IN_PROGRESS, note: $note) { status history { by note } } }';
        const director = await postGraphQL<any>(url, update, { note: 'BDT is on it' }, { authorization: `Bearer ${await token('--role', 'director', '--bureau', 'BDT', '--sub', 'bdt-director')}` });
        expect(director.errors).toBeUndefined();
        expect(director.data.updateActionStatus).toEqual({ status: 'IN_PROGRESS', history: [{ by: 'bdt-director', note: 'BDT is on it' }] });
        const analyst = await postGraphQL<any>(url, update, {}, { authorization: `Bearer ${await token('--role', 'analyst')}` });
        expect(analyst.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      }
      const note = await postGraphQL<any>(url, '{ document(id: "cli-samples/note") { language paragraphs { number } } }');
      expect(note.data?.document).toEqual({ language: 'EN', paragraphs: [{ number: '1' }] });
      // Ctrl+C the first time, a service manager's SIGTERM the second.
      run.child.kill(round === 1 ? 'SIGINT' : 'SIGTERM');
      expect(await run.exited).toBe(0);
      expect(run.output()).toMatch(/Stopped cleanly/);
    }
  });

  it('says which port is taken instead of printing a stack trace', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const run = runCli(['start', '--port', String(port), '--subgraph-ports', 'auto'], env);
      expect(await run.exited).toBe(1);
      expect(run.output()).toContain(`Port ${port} is already in use`);
      expect(run.output()).not.toMatch(/\n\s+at /);
    } finally {
      blocker.close();
    }
  });
});
