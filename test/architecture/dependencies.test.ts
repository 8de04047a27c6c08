import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '@mandate-graph/cli';

// The package graph, read from the sources: which workspace imports which (and which outside libraries),
// checked against what each package.json declares and against the layering the architecture promises.

interface Workspace {
  name: string;
  folder: string;
  declared: Set<string>;
  /** Every package its sources import (workspace packages and libraries), by package name. */
  imported: Set<string>;
}

const WORKSPACE_FOLDERS = ['packages', 'services'].flatMap((parent) => readdirSync(join(PROJECT_ROOT, parent)).map((name) => join(parent, name))).concat(['gateway']);

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const packageOf = (specifier: string) => (specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]);

function readWorkspace(folder: string): Workspace {
  const manifest = JSON.parse(readFileSync(join(PROJECT_ROOT, folder, 'package.json'), 'utf8')) as { name: string; dependencies?: Record<string, string> };
  const imported = new Set<string>();
  for (const file of sourceFiles(join(PROJECT_ROOT, folder, 'src'))) {
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s+'([^'.][^']*)'/g)) {
      if (!specifier.startsWith('node:')) imported.add(packageOf(specifier));
    }
  }
  return { name: manifest.name, folder, declared: new Set(Object.keys(manifest.dependencies ?? {})), imported };
}

const workspaces = WORKSPACE_FOLDERS.map(readWorkspace);
const byName = new Map(workspaces.map((workspace) => [workspace.name, workspace]));
const isService = (name: string) => byName.get(name)?.folder.startsWith('services/') ?? false;
const ORM = ['@mikro-orm/core', '@mikro-orm/postgresql', '@mikro-orm/migrations', '@electric-sql/pglite', '@electric-sql/pglite-socket'];

/** Everything a workspace reaches through the workspaces it imports. */
function reach(name: string, seen = new Set<string>()): Set<string> {
  for (const dependency of byName.get(name)?.imported ?? []) {
    if (seen.has(dependency)) continue;
    seen.add(dependency);
    if (byName.has(dependency)) reach(dependency, seen);
  }
  return seen;
}

describe('the package graph', () => {
  it('declares in each package.json every workspace package its sources import, and no other', () => {
    console.log(workspaces.map((workspace) => `${workspace.folder}: ${[...workspace.imported].filter((name) => byName.has(name)).sort().join(', ') || '(none)'}`).join('\n'));
    const wrong: string[] = [];
    for (const workspace of workspaces) {
      for (const name of workspace.imported) if (byName.has(name) && !workspace.declared.has(name)) wrong.push(`${workspace.folder} imports ${name} without declaring it`);
      for (const name of workspace.declared) if (byName.has(name) && !workspace.imported.has(name)) wrong.push(`${workspace.folder} declares ${name} and never imports it`);
    }
    expect(wrong).toEqual([]);
  });

  it('keeps its layers: vocabulary imports nothing, extraction only its parsers, no service imports another, ingestion no service, production code no test harness', () => {
    const wrong: string[] = [];
    for (const name of byName.get('@mandate-graph/vocabulary')!.imported) wrong.push(`vocabulary imports ${name}`);
    for (const name of byName.get('@mandate-graph/extraction')!.imported) {
      if (!['@mandate-graph/vocabulary', '@xmldom/xmldom', 'mammoth', 'pdfjs-dist'].includes(name)) wrong.push(`extraction imports ${name}`);
    }
    for (const workspace of workspaces.filter((candidate) => isService(candidate.name))) {
      for (const name of workspace.imported) if (isService(name)) wrong.push(`${workspace.folder} imports the service ${name}`);
    }
    // The test harness is for tests alone.
    for (const workspace of workspaces) if (workspace.imported.has('@mandate-graph/testing')) wrong.push(`${workspace.folder} imports the test harness in production code`);
    // Ingestion reaches the subgraphs only through the sinks the registry hands it.
    for (const name of byName.get('@mandate-graph/ingestion')!.imported) if (isService(name)) wrong.push(`ingestion imports the service ${name}`);
    expect(wrong).toEqual([]);
  });

  it('keeps the store out of the HTTP layer: neither the gateway nor the HTTP kit reaches the ORM or a database, even through another package', () => {
    for (const name of ['@mandate-graph/gateway', '@mandate-graph/http-kit']) {
      const reached = [...reach(name)].filter((dependency) => ORM.includes(dependency) || dependency === '@mandate-graph/database' || dependency === '@mandate-graph/server-kit');
      expect(reached, `${name} reaches`).toEqual([]);
    }
  });
});
