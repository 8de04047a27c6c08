import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '@mandate-graph/cli';

// The Node lines the project runs and is tested on: 20 (past its end of life, still in use) and 22 LTS.
const SUPPORTED = ['20.19.0', '22.12.0'];

interface LockedPackage {
  version?: string;
  engines?: { node?: string } | string[];
}

describe('the Node versions the project supports', () => {
  it('says 20 and 22 LTS in engines, and installs nothing that wants another (npm install prints no EBADENGINE)', () => {
    const manifest = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
    for (const version of SUPPORTED) expect(semver.satisfies(version, manifest.engines.node), `${version} in engines ${manifest.engines.node}`).toBe(true);
    expect(semver.satisfies(process.versions.node, manifest.engines.node), `this Node, ${process.versions.node}`).toBe(true);

    const lock = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockedPackage> };
    const refusing: string[] = [];
    for (const [path, locked] of Object.entries(lock.packages)) {
      const range = !locked.engines || Array.isArray(locked.engines) ? undefined : locked.engines.node;
      if (!path || !range) continue;
      for (const version of SUPPORTED) {
        if (!semver.satisfies(version, range)) refusing.push(`${path}@${locked.version} wants node ${range}, not ${version}`);
      }
    }
    expect(refusing).toEqual([]);
  });
});
