import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli';

// A mistake on the command line gets one sentence that says what is wrong and how to put it right: no
// stack, no raw errno, no path said twice, and nothing served or written.

const dataDir = mkdtempSync(join(tmpdir(), 'mandate-messages-'));
const env = { MANDATE_DATA_DIR: dataDir, DATABASE_URL: undefined, AUTH_JWT_SECRET: 'a-secret-for-these-tests' };

async function cli(...args: string[]) {
  const run = runCli(args, env);
  const code = await run.exited;
  return { code, output: run.output().trim() };
}

describe('the command line, told something wrong', () => {
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('says in one sentence what is wrong with each argument, and how to fix it', async () => {
    const cases: [string[], RegExp][] = [
      [['start', '--port', '0', '--repository', '/nope/corpus'], /^mandate-graph: --repository \/nope\/corpus: no such folder$/],
      [['extract', '/nope'], /^mandate-graph: \/nope: no such file$/],
      [['extract', dataDir], /^mandate-graph: .* is a folder: extract reads one document \(mandate-graph ingest reads a repository\)$/],
      [['generate', '--out', join(dataDir, 'generated')], /^mandate-graph: --documents is how many documents to write, a whole number such as --documents 1000$/],
      [['generate', '--documents', 'many', '--out', join(dataDir, 'generated')], /^mandate-graph: --documents .* got "many"$/],
      [['token', '--role', 'analyst', '--expires', '5parsecs'], /^mandate-graph: --expires is a duration such as 30m, 8h or 7d, got "5parsecs"$/],
      [['token', '--role', 'analyst', '--bureau', 'BDT'], /^mandate-graph: only a director's token names a bureau: drop --bureau, or use --role director --bureau BDT$/],
    ];
    for (const [args, sentence] of cases) {
      const { code, output } = await cli(...args);
      expect(code, args.join(' ')).toBe(1);
      expect(output, args.join(' ')).toMatch(sentence);
      expect(output).not.toMatch(/ENOENT|EISDIR|NaN|\bat .+\.js:\d+/);
    }
  });

  it('names a missing repository folder once, with what is wrong with it', async () => {
    const { code, output } = await cli('ingest', '/nope/dir');
    expect(code).toBe(1);
    expect(output).toMatch(/failed: \/nope\/dir: no such folder/);
    expect(output).not.toMatch(/\/nope\/dir: \/nope\/dir/);
  });

  it('prints a command\'s own usage for --help', async () => {
    for (const command of ['start', 'ingest', 'extract', 'generate', 'token', 'gateway', 'subgraph', 'compose']) {
      const { code, output } = await cli(command, '--help');
      expect(code, command).toBe(0);
      expect(output, command).toMatch(new RegExp(`^Usage:\\n\\n  mandate-graph ${command}\\b`));
      expect(output, command).not.toMatch(/Unknown option/);
    }
    const token = await cli('token', '--help');
    expect(token.output).toMatch(/--expires 8h/);
    expect(token.output).not.toMatch(/mandate-graph start/);
  });
});
