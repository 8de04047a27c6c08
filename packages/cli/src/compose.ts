import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import { composeServices } from '@apollo/composition';
import { SUBGRAPHS } from './subgraphs';

export interface Composition {
  /** Subgraph name → SDL, as written to schema/<name>.graphql. */
  subgraphs: Record<string, string>;
  supergraph: string;
}

/** Prints each subgraph's SDL and composes the supergraph; throws with every composition error listed. */
export async function composeSupergraph(): Promise<Composition> {
  const subgraphs: Record<string, string> = {};
  for (const { definition } of SUBGRAPHS) subgraphs[definition.name] = (await definition.buildSchema()).sdl;
  const result = composeServices(
    SUBGRAPHS.map(({ definition, defaultPort }) => ({
      name: definition.name,
      url: `http://127.0.0.1:${defaultPort}/graphql`,
      typeDefs: parse(subgraphs[definition.name]),
    })),
  );
  if (result.errors) {
    throw new Error(`The subgraphs do not compose:\n${result.errors.map((error) => `- ${error.message}`).join('\n')}`);
  }
  return { subgraphs, supergraph: result.supergraphSdl };
}

export function schemaFiles(schemaDir: string, composition: Composition): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [name, sdl] of Object.entries(composition.subgraphs)) files[join(schemaDir, `${name}.graphql`)] = sdl;
  files[join(schemaDir, 'supergraph.graphql')] = composition.supergraph;
  return files;
}

export async function writeSchemaFiles(schemaDir: string): Promise<string[]> {
  const files = schemaFiles(schemaDir, await composeSupergraph());
  mkdirSync(schemaDir, { recursive: true });
  for (const [path, content] of Object.entries(files)) writeFileSync(path, content);
  return Object.keys(files);
}

export function readSupergraph(schemaDir: string): string {
  return readFileSync(join(schemaDir, 'supergraph.graphql'), 'utf8');
}
