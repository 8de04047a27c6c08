import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The real documents the suite reads in place: `MANDATE_CORPUS`, or `../shared/corpus` beside the clone. A
 * user's machine may not have them; their tests are then skipped by name (see corpus-check.ts), and CI,
 * which sets REQUIRE_CORPUS=1, fails instead.
 */
export const CORPUS = resolve(process.env.MANDATE_CORPUS ?? join(__dirname, '../../../shared/corpus'));

export const hasCorpus = ['itu-council', 'pp18-final-acts', 'itu-t-docx'].every((folder) => existsSync(join(CORPUS, folder)));
