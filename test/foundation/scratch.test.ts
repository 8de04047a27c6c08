import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { basename, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';

// A run leaves nothing in the system's temporary directory: the tests and the processes they start make
// their temporary folders under one folder of the run, which the global teardown removes.
describe('the suite\'s temporary files', () => {
  it('are made under the run\'s own folder, by the tests and by the processes they start', () => {
    expect(basename(tmpdir())).toMatch(/^mandate-test-run-/);
    const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(require("node:os").tmpdir())'], { encoding: 'utf8' });
    expect(child.stdout).toBe(tmpdir());
    expect(dirname(tmpdir())).not.toBe(tmpdir());
  });
});
