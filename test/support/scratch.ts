import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Vitest global setup: every temporary folder the tests make (repositories, data directories, browser
 * profiles, and those of the processes they start) goes under one folder of this run, removed at the end,
 * so that a run leaves nothing in the system's temporary directory. Workers and children inherit TMPDIR.
 */
export default function scratchFolder(): () => void {
  const folder = mkdtempSync(join(tmpdir(), 'mandate-test-run-'));
  process.env.TMPDIR = folder;
  return () => rmSync(folder, { recursive: true, force: true });
}
