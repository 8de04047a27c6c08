import { existsSync, readdirSync } from 'node:fs';
import { generateRepository, type GenerateOptions } from '../generate/synthetic-repository';

/** `mandate-graph generate --documents N --seed S --out DIR`: refuses to write into a folder that has files. */
export async function runGenerate(options: GenerateOptions): Promise<number> {
  if (existsSync(options.out) && readdirSync(options.out).length) throw new Error(`${options.out} is not empty: generate writes into a new or empty folder`);
  const started = performance.now();
  const repository = generateRepository(options);
  console.log(
    `${repository.files} documents in ${repository.root}: ${repository.resolutions} resolutions, ${repository.reports} reports of ` +
      `${repository.groups} groups, ${repository.notes} notes (${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
  return 0;
}
