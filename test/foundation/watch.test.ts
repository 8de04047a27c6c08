import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli';
import { postGraphQL } from '../support/federation';
import { writeRepository } from '../support/fixtures';

// `npm start --watch`: files added, changed and removed in a repository reach the graph while it serves,
// each with a line that names the document.

const dataDir = mkdtempSync(join(tmpdir(), 'mandate-watch-'));
const env = { MANDATE_DATA_DIR: dataDir, DATABASE_URL: undefined, NODE_ENV: undefined };
const repository = writeRepository('watched-notes', { 'a.txt': '1\tThe working group agreed to publish its summary record.\n' });

async function paragraphsOf(url: string, id: string): Promise<string[] | null> {
  const answer = await postGraphQL<{ document: { paragraphs: { text: string }[] } | null }>(url, `{ document(id: "${id}") { paragraphs { text } } }`);
  expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
  return answer.data!.document?.paragraphs.map((paragraph) => paragraph.text) ?? null;
}

describe('npm start --watch', () => {
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('ingests a file added or changed, and retracts one removed, while the graph serves, with a line per document', { timeout: 180_000 }, async () => {
    const graph = runCli(['start', '--port', '0', '--subgraph-ports', 'auto', '--repository', repository, '--watch'], env);
    try {
      const [, url] = await graph.waitFor(/serving the graph at (http:\/\/\S+)/, 120_000);
      await graph.waitFor(/Watching 1 repository for changes/);
      expect(await paragraphsOf(url, 'watched-notes/a')).toEqual(['The working group agreed to publish its summary record.']);

      // An editor's swap file is not a document; a new text file is.
      writeFileSync(join(repository, '.a.txt.swp'), 'not a document');
      writeFileSync(join(repository, 'b.txt'), '1\tThe Secretariat will translate the report into the six languages.\n\n2\tComments are due by 3 September.\n');
      await graph.waitFor(/watch: watched-notes\/b created \(2 paragraphs\) from b\.txt/);
      expect(await paragraphsOf(url, 'watched-notes/b')).toEqual(['The Secretariat will translate the report into the six languages.', 'Comments are due by 3 September.']);

      writeFileSync(join(repository, 'a.txt'), '1\tThe working group agreed to publish its summary record within two weeks.\n');
      await graph.waitFor(/watch: watched-notes\/a replaced \(1 paragraph\) from a\.txt/);
      expect(await paragraphsOf(url, 'watched-notes/a')).toEqual(['The working group agreed to publish its summary record within two weeks.']);

      unlinkSync(join(repository, 'b.txt'));
      await graph.waitFor(/watch: watched-notes\/b removed from b\.txt/);
      expect(await paragraphsOf(url, 'watched-notes/b')).toBeNull();
      expect(await paragraphsOf(url, 'watched-notes/a')).not.toBeNull();

      // A file that cannot be read is said, and what is stored stays.
      writeFileSync(join(repository, 'a.txt'), '   \n\n');
      await graph.waitFor(/watch: \S*watched-notes\/a\.txt: not ingested: /);
      expect(await paragraphsOf(url, 'watched-notes/a')).toEqual(['The working group agreed to publish its summary record within two weeks.']);
      expect(graph.output()).not.toMatch(/\.swp/);
    } finally {
      graph.child.kill('SIGINT');
      await graph.exited;
    }
  });
});
