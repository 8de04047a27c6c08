import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IngestOptions, IngestReport } from '@mandate-graph/ingestion';
import { startFederation, type Federation } from '../support/federation';
import { dumpStores } from '../support/dump';
import { CORPUS, hasCorpus, writeRepository } from '../support/fixtures';
import { ingestInto } from '../support/ingest';

// Repositories built to hurt, beside the real ones: each must be refused or cut down to what it may do,
// with a reason naming the file, and the real repositories' facts must come out of it unchanged.

const REPORT = (group: string, acronym: string) => `Report by the Chair of the Council Working Group on ${group} (${acronym})

1\tIntroduction
1.1\tThe group met as planned.
2\tActivities
2.1\tThe 3rd meeting of ${acronym} was held virtually on 3-4 February 2025.
`;

const overlay = (facts: object[]) => JSON.stringify({ facts }, null, 2);

// Beside the real repositories, whose facts must come out unchanged.
describe.skipIf(!hasCorpus)('a repository built to hurt', () => {
  let graph: Federation;
  const ingest = (directories: string[], options: IngestOptions = {}): Promise<IngestReport> => ingestInto(graph.database.url, directories, options);
  const reasonsFor = (report: IngestReport, path: RegExp) => report.failures.filter((failure) => path.test(failure.path)).map((failure) => failure.reason);
  /** What the real repositories said: every store, less the rows of the repository under test. */
  const realFacts = async (hostile: string) => Object.fromEntries(
    Object.entries(await dumpStores(graph.database.url)).map(([table, rows]) => [table, rows.filter((row) => !row.includes(hostile))]),
  );

  beforeAll(async () => {
    graph = await startFederation();
    const report = await ingest([join(CORPUS, 'pp18-final-acts'), join(CORPUS, 'itu-council')]);
    expect(report.failures).toEqual([]);
  });
  afterAll(async () => graph?.close());

  it('reads no file outside itself, through a link or otherwise, and keeps its own files', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'mandate-outside-'));
    writeFileSync(join(outside, 'secret.txt'), 'Report of the outside world\n\n1\tThe launch code is swordfish-4711.\n');
    const repository = writeRepository('linker', {
      'report.txt': REPORT('Harbour Policy', 'CWG-Harbour'),
      'nested/notes.txt': 'Notes of the Secretariat\n\n1\tThe harbour list is published.\n',
    });
    symlinkSync('/etc/passwd', join(repository, 'passwd-link.txt'));
    symlinkSync(join(outside, 'secret.txt'), join(repository, 'secret-link.txt'));
    symlinkSync(outside, join(repository, 'outside-folder'));
    symlinkSync(repository, join(repository, 'nested', 'inner-folder'));
    symlinkSync(join(repository, 'gone.txt'), join(repository, 'dangling.txt'));
    symlinkSync(join(repository, 'nested', 'notes.txt'), join(repository, 'notes-link.txt'));
    execFileSync('mkfifo', [join(repository, 'pipe.txt')]);

    const report = await ingest([repository]);
    expect(reasonsFor(report, /passwd-link\.txt$/)).toEqual([expect.stringMatching(/outside the repository/)]);
    expect(reasonsFor(report, /secret-link\.txt$/)).toEqual([expect.stringMatching(/outside the repository/)]);
    expect(reasonsFor(report, /outside-folder$/)).toEqual([expect.stringMatching(/outside the repository/)]);
    // Followed, a link to a folder of its own would read its files twice, or loop for ever.
    expect(reasonsFor(report, /inner-folder$/)).toEqual([expect.stringMatching(/link to a folder/)]);
    expect(reasonsFor(report, /dangling\.txt$/)).toEqual([expect.stringMatching(/to nothing/)]);
    expect(reasonsFor(report, /pipe\.txt$/)).toEqual([expect.stringMatching(/not a regular file/)]);
    expect(report.failures).toHaveLength(6);
    // The repository's own files, and a link between two of them, are read.
    expect(report.documents.created).toBe(3);

    const answer = await graph.query(`{
      passwd: document(id: "linker/passwd-link") { id }
      secret: document(id: "linker/secret-link") { id }
      linked: document(id: "linker/notes-link") { id }
      passwdWords: search(text: "nologin", first: 5) { totalCount }
      swordfish: search(text: "swordfish", first: 5) { totalCount }
      harbour: search(text: "harbour list", first: 5) { totalCount }
    }`);
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toMatchObject({ passwd: null, secret: null, linked: { id: 'linker/notes-link' }, passwdWords: { totalCount: 0 }, swordfish: { totalCount: 0 } });
    expect(answer.data.harbour.totalCount).toBeGreaterThan(0);
    rmSync(outside, { recursive: true, force: true });
  });

  it('cannot take another folder\'s repository id, and removes nothing when it tries', async () => {
    const before = await dumpStores(graph.database.url);
    const impostor = writeRepository('impostor', {
      'mandate.json': JSON.stringify({ id: 'itu-council', title: 'Not the Council' }),
      'report.txt': REPORT('Lighthouses', 'CWG-Light'),
    });
    const report = await ingest([impostor]);
    expect(report.failures).toEqual([{ path: expect.stringMatching(/impostor$/), reason: expect.stringMatching(/"itu-council" belongs to the folder .*itu-council; .*impostor claims it too\. Nothing was changed/) }]);
    expect(report.documents).toEqual({ created: 0, replaced: 0, unchanged: 0, removed: 0 });
    expect(await dumpStores(graph.database.url)).toEqual(before);
    const answer = await graph.query(`{ document(id: "itu-council/000_8f73a2edc1468054") { id } light: group(id: "CWG-LIGHT") { id } }`);
    expect(answer.data).toEqual({ document: { id: 'itu-council/000_8f73a2edc1468054' }, light: null });
  });

  it('moves with its folder only when told it moved', async () => {
    const files = { 'mandate.json': JSON.stringify({ id: 'wanderer' }), 'report.txt': REPORT('Harbour Policy', 'CWG-Harbour') };
    const first = writeRepository('wanderer-a', files);
    expect((await ingest([first])).documents.created).toBe(1);
    const second = writeRepository('wanderer-b', files);
    expect((await ingest([second])).failures[0].reason).toMatch(/belongs to the folder .*wanderer-a/);
    const moved = await ingest([second], { moved: true });
    expect(moved.failures).toEqual([]);
    expect(moved.documents.unchanged).toBe(1);
    // Now the first folder is the stranger.
    expect((await ingest([first])).failures[0].reason).toMatch(/belongs to the folder .*wanderer-b/);
  });

  it('speaks only of what it may curate: another repository\'s instruments, groups and documents are refused', async () => {
    const read = `{
      resolution(id: "PP-RES-102") { status mergedInto { id } }
      group(id: "CWG-INTERNET") { name }
      document(id: "itu-council/000_8f73a2edc1468054") { symbol }
    }`;
    const answerBefore = await graph.query(read);
    const factsBefore = await realFacts('meddler');
    const meddler = writeRepository('meddler', {
      'report.txt': REPORT('Meddling', 'CWG-Meddle'),
      'curated.json': overlay([
        { fact: 'resolutionStatus', resolution: 'PP-RES-102', status: 'ABROGATED', evidence: 'We say so.' },
        { fact: 'group', id: 'CWG-INTERNET', name: 'Renamed by a stranger', evidence: 'We say so.' },
        { fact: 'documentSymbol', document: 'itu-council/000_8f73a2edc1468054', symbol: 'FAKE-1/1', evidence: 'We say so.' },
        { fact: 'group', id: 'CWG-MEDDLE', name: 'Council Working Group on Meddling', evidence: 'Its own report names it.' },
      ]),
    });
    const report = await ingest([meddler]);
    const [reason, ...others] = reasonsFor(report, /meddler\/curated\.json$/);
    expect(others).toEqual([]);
    expect(reason).toMatch(/^refused, nothing of it stored: fact 1 \(line 3\): PP-RES-102 is not this repository's to curate.*"curates"/);
    expect(reason).toMatch(/fact 2 \(line 9\): CWG-INTERNET is not this repository's to curate/);
    expect(reason).toMatch(/fact 3 \(line 15\): document itu-council\/000_8f73a2edc1468054 belongs to another repository/);
    // The group its own report describes was its to name: it is not among the refusals.
    expect(reason).not.toMatch(/fact 4/);
    expect(report.documents.created).toBe(1);
    expect(await graph.query(read)).toEqual(answerBefore);
    expect(await realFacts('meddler')).toEqual(factsBefore);

    // Declared in the manifest, the instrument is its to curate.
    writeFileSync(join(meddler, 'mandate.json'), JSON.stringify({ curates: { resolutions: ['PP-RES-1*'], groups: ['CWG-INTERNET'] } }));
    writeFileSync(join(meddler, 'curated.json'), overlay([
      { fact: 'resolutionStatus', resolution: 'PP-RES-130', mergedInto: 'PP-RES-102', evidence: 'As decided, say, at PP-26.' },
    ]));
    expect((await ingest([meddler])).failures).toEqual([]);
    expect((await graph.query(`{ resolution(id: "PP-RES-130") { mergedInto { id } statusSource { curated document { id } } } }`)).data.resolution)
      .toEqual({ mergedInto: { id: 'PP-RES-102' }, statusSource: { curated: true, document: { id: 'meddler/curated' } } });
  });

  it('reports two repositories\' curators who disagree, and keeps the first one\'s fact', async () => {
    const first = writeRepository('curator-one', {
      'mandate.json': JSON.stringify({ curates: { resolutions: ['C-RES-1344'], groups: ['CWG-SEAS'] } }),
      'curated.json': overlay([
        { fact: 'resolutionStatus', resolution: 'C-RES-1344', status: 'ABROGATED', mergedInto: 'C-RES-1336', evidence: 'Council 2019 merged it.' },
        { fact: 'group', id: 'CWG-SEAS', name: 'Council Working Group on the Seas', evidence: 'Council 2019 named it.' },
      ]),
    });
    const second = writeRepository('curator-two', {
      'mandate.json': JSON.stringify({ curates: { resolutions: ['C-RES-1344'], groups: ['CWG-SEAS'] } }),
      'curated.json': overlay([
        { fact: 'resolutionStatus', resolution: 'C-RES-1344', mergedInto: 'C-RES-1305', evidence: 'A different reading.' },
        { fact: 'group', id: 'CWG-SEAS', name: 'Working Group of the Oceans', evidence: 'A different name.' },
      ]),
    });
    const agreeing = writeRepository('curator-three', {
      'mandate.json': JSON.stringify({ curates: { resolutions: ['C-RES-1344'] } }),
      'curated.json': overlay([{ fact: 'resolutionStatus', resolution: 'C-RES-1344', status: 'ABROGATED', evidence: 'The same reading.' }]),
    });
    const report = await ingest([first, second, agreeing]);
    expect(reasonsFor(report, /curator-one/)).toEqual([]);
    expect(reasonsFor(report, /curator-three/)).toEqual([]);
    const [reason] = reasonsFor(report, /curator-two\/curated\.json$/);
    expect(reason).toMatch(/fact 1 \(line 3\): conflicts with curator-one\/curated, whose curator states C-RES-1344 abrogated, merged into C-RES-1336/);
    expect(reason).toMatch(/fact 2 \(line 9\): conflicts with curator-one\/curated, whose curator names CWG-SEAS "Council Working Group on the Seas"/);
    const answer = await graph.query(`{ resolution(id: "C-RES-1344") { status mergedInto { id } } group(id: "CWG-SEAS") { name } }`);
    expect(answer.data).toEqual({ resolution: { status: 'ABROGATED', mergedInto: { id: 'C-RES-1336' } }, group: { name: 'Council Working Group on the Seas' } });
  });

  it('gives a clear error for an id that is no id, and stores nothing of that repository', async () => {
    const before = await dumpStores(graph.database.url);
    const ids: unknown[] = ['', '../../etc', 42, 'itu\u0000council', 'a/b', 'x'.repeat(101)];
    for (const id of ids) {
      const repository = writeRepository('named-badly', { 'mandate.json': JSON.stringify({ id }), 'report.txt': REPORT('Harbour Policy', 'CWG-Harbour') });
      const report = await ingest([repository]);
      expect(report.failures, String(id)).toEqual([{ path: repository, reason: expect.stringMatching(/mandate\.json: "id": repository id .* must be 1 to 100 letters, digits/) }]);
      expect(report.failures[0].reason).not.toMatch(/insert|select|update|delete/i);
    }
    const spaced = writeRepository('two words', { 'report.txt': REPORT('Harbour Policy', 'CWG-Harbour') });
    expect((await ingest([spaced])).failures[0].reason).toMatch(/the folder name \(set "id" in mandate\.json to name it otherwise\): repository id "two words"/);
    const escaping = writeRepository('escaping', { 'mandate.json': JSON.stringify({ curated: ['../../../etc/passwd'] }), 'report.txt': 'x' });
    expect((await ingest([escaping])).failures[0].reason).toMatch(/"\.\.\/\.\.\/\.\.\/etc\/passwd" lies outside the repository/);
    expect(await dumpStores(graph.database.url)).toEqual(before);
  });

  it('does not let x.html and x.txt share one document and flip it at every ingestion', async () => {
    const repository = writeRepository('twins', { 'x.txt': REPORT('Harbour Policy', 'CWG-Harbour') });
    expect((await ingest([repository])).documents.created).toBe(1);
    writeFileSync(join(repository, 'x.html'), `<html><body><h1>Report of the Lighthouses</h1><p>2.1 The 3rd meeting of CWG-Light was held virtually on 3-4 February 2025.</p></body></html>`);
    for (let run = 0; run < 2; run++) {
      const report = await ingest([repository]);
      expect(report.failures.map((failure) => [failure.path.slice(repository.length + 1), failure.reason])).toEqual([
        ['x.html', 'it and x.txt would both be document twins/x; rename one'],
        ['x.txt', 'it and x.html would both be document twins/x; rename one'],
      ]);
      expect(report.documents).toEqual({ created: 0, replaced: 0, unchanged: 0, removed: 0 });
      const answer = await graph.query(`{ document(id: "twins/x") { format } }`);
      expect(answer.data.document).toEqual({ format: 'txt' });
    }
    mkdirSync(join(repository, 'renamed'));
    execFileSync('mv', [join(repository, 'x.html'), join(repository, 'renamed', 'x.html')]);
    const report = await ingest([repository]);
    expect(report.failures).toEqual([]);
    expect(report.documents).toMatchObject({ created: 1, unchanged: 1 });
  });
});
