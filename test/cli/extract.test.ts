import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli';
import { CORPUS, hasCorpus } from '../support/fixtures';

describe('mandate-graph extract (no database)', () => {
  it.skipIf(!hasCorpus)('prints the citations and report facts of the chair report as JSON, with offsets into its text', async () => {
    const path = join(CORPUS, 'itu-council/000_8f73a2edc1468054.txt');
    const run = runCli(['extract', path, '--format', 'json']);
    expect(await run.exited, run.output()).toBe(0);
    const result = JSON.parse(run.output());
    const text = readFileSync(path, 'utf8');
    expect(result.language).toBe('zh');
    expect(new Set(result.citations.map((citation: any) => citation.resolution))).toEqual(
      new Set(['PP-RES-102', 'PP-RES-140', 'PP-RES-133', 'C-RES-1305', 'C-RES-1336', 'C-RES-1344']),
    );
    for (const citation of result.citations) expect(text.slice(citation.start, citation.end)).toBe(citation.text);
    expect(result.meetings.map((meeting: any) => meeting.id)).toEqual(expect.arrayContaining(['CWG-INTERNET-16', 'CWG-INTERNET-17', 'CWG-INTERNET-OC-10']));
    expect(result.actions.map((action: any) => action.id)).toContain('CWG-INTERNET-17/2.7.1');
  });

  it.skipIf(!hasCorpus)('reads the Akoma Ntoso Final Acts as ingestion does: each component, its citations without markup, its mandates', async () => {
    const run = runCli(['extract', join(CORPUS, 'pp18-final-acts/pp18_final_acts_akn.xml'), '--format', 'json']);
    expect(await run.exited, run.output().slice(0, 2000)).toBe(0);
    const result = JSON.parse(run.output());
    const res102 = result.documents.find((document: any) => document.instrument === 'PP-RES-102');
    expect(res102.name).toBe('res-102');
    expect(res102.citations.length).toBeGreaterThan(0);
    // Quotes are the text the graph shows: no tags, no entities left of the XML.
    for (const citation of result.citations) expect(citation.text, citation.text).not.toMatch(/[<>]|&[a-z]+;/i);
    expect(res102.mandates).toContainEqual(expect.objectContaining({ relation: 'INSTRUCTS', activity: 'CWG-INTERNET' }));
    for (const mandate of result.mandates) expect(mandate.activity).not.toMatch(/&(?:AMP|LT|GT|QUOT);?/);
  });

  it.skipIf(!hasCorpus)('reads a Word file as ingestion does, and names the format of one it cannot read', async () => {
    const run = runCli(['extract', join(CORPUS, 'itu-t-docx/T-REC-E.119-201704-R.docx'), '--format', 'json']);
    expect(await run.exited, run.output().slice(0, 2000)).toBe(0);
    const result = JSON.parse(run.output());
    expect(result.language).toBe('ru');
    expect(result.citations.map((citation: any) => citation.resolution)).toContain('WTSA-RES-1');
    const refused = runCli(['extract', join(CORPUS, 'itu-t-docx/T-REC-U.1-199303-E.doc')]);
    expect(await refused.exited).toBe(1);
    expect(refused.output()).toContain('T-REC-U.1-199303-E.doc: unsupported format (Word for Windows 2.0 binary document');
  });

  it('reads standard input and says plainly what is wrong with a bad argument', async () => {
    const bad = runCli(['extract', '-', '--language', 'xx']);
    expect(await bad.exited).toBe(1);
    expect(bad.output()).toContain('--language is one of ar, en, es, fr, ru, zh, got "xx"');
  });
});
