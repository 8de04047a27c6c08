import { parseRevision as parseCitedRevision } from '../citations/revision';
import type { InstrumentKind, Revision } from '../types';

/**
 * Reads the printed instrument number, `RESOLUTION 102 (REV. DUBAI, 2018)` or the bare
 * `<docNumber>` `102 (REV. DUBAI, 2018)`.
 *
 * Revision semantics: the parenthesis names the conference that adopted this text. `REV.` means
 * the conference revised an older instrument of the same number; a new instrument
 * (`RESOLUTION 208 (DUBAI, 2018)`) prints no `REV.`, and we still report the adopting conference
 * as its revision, labelled without the prefix (`Dubai, 2018`), because that is how citations
 * name that exact text. Only a number printed without any parenthesis has revision null.
 */
export interface DocNumber {
  kind: InstrumentKind | null;
  number: number;
  revision: Revision | null;
}

/** The kind words instruments print before their number, in the six languages (lower case). */
const KIND_WORDS: Record<string, InstrumentKind> = {
  resolution: 'RES', résolution: 'RES', resolución: 'RES', резолюция: 'RES', القرار: 'RES', 决议: 'RES',
  decision: 'DEC', décision: 'DEC', decisión: 'DEC', решение: 'DEC', المقرر: 'DEC', 决定: 'DEC',
  recommendation: 'REC', recommandation: 'REC', recomendación: 'REC', рекомендация: 'REC', التوصية: 'REC', 建议: 'REC',
};

/** The kind a printed word names (`RESOLUTION`, `РЕШЕНИЕ`, `决定`), or null. */
export function kindOfWord(word: string): InstrumentKind | null {
  return KIND_WORDS[word.normalize('NFC').toLowerCase()] ?? null;
}

/** `RESOLUTION 102 (REV. DUBAI, 2018)`, `РЕШЕНИЕ 5 (ПЕРЕСМ. ДУБАЙ, 2018 Г.)`, `القرار 5 (…)`, or the bare `102 (…)`. */
const WORD_NUMBER = /^\s*(?:(\p{L}+)\s+)?(\d+)\s*(?:[(（]([^)）]*)[)）])?\s*$/u;
/** `第102号决议（2018年，迪拜，修订版）`. */
const CHINESE_NUMBER = /^\s*第?\s*(\d+)\s*号\s*(决议|决定|建议)?\s*(?:[(（]([^)）]*)[)）])?\s*$/u;

export function parseDocNumber(printed: string): DocNumber | null {
  const chinese = CHINESE_NUMBER.exec(printed);
  const m = chinese ? null : WORD_NUMBER.exec(printed);
  if (!chinese && !m) return null;
  const word = chinese ? chinese[2] : m![1];
  const kind = word ? kindOfWord(word) : null;
  // A word that names no kind (`Document 45`, `Annex 2`) makes the line something else than an instrument number.
  if (word && !kind) return null;
  const inner = chinese ? chinese[3] : m![3];
  return { kind, number: Number(chinese ? chinese[1] : m![2]), revision: inner === undefined ? null : readParenthesis(inner) };
}

/**
 * The printed parenthesis. The Final Acts print it in Latin capitals (`REV. DUBAI, 2018`), read here; in the
 * other scripts (`ПЕРЕСМ. ДУБАЙ, 2018 Г.`, `2018年，迪拜，修订版`) the citation reader, which knows their words
 * and place names, reads it.
 */
function readParenthesis(inner: string): Revision | null {
  if (/[^\p{Script=Latin}\p{N}\p{P}\p{Z}]/u.test(inner)) return parseCitedRevision(inner).revision;
  return parseRevision(inner);
}

/** `REV. DUBAI, 2018` → Rev. Dubai, 2018; `DUBAI, 2018` → Dubai, 2018; `GENEVA` → Geneva. */
export function parseRevision(inner: string): Revision | null {
  const m = /^\s*(rev\.?\s+)?(.*?)\s*(?:,\s*(\d{4}))?\s*$/i.exec(inner);
  if (!m || (!m[2] && !m[3])) return null;
  const place = m[2] ? titleCase(m[2]) : null;
  const year = m[3] ? Number(m[3]) : null;
  const body = [place, year].filter((part) => part !== null).join(', ');
  return { label: m[1] ? `Rev. ${body}` : body, place, year };
}

/** Particles that stay lower case inside place names: Rio de Janeiro, Sharm el-Sheikh, Dar es Salaam. */
const PARTICLES = new Set(['de', 'da', 'del', 'des', 'du', 'el', 'es', 'la', 'le', 'les', 'al']);

/** The Final Acts print places in capitals; contracts and citations use `Buenos Aires`. */
function titleCase(place: string): string {
  return place
    .trim()
    .split(/\s+/)
    .map((word, wordIndex) =>
      word
        .split('-')
        .map((part, partIndex) => {
          const lower = part.toLowerCase();
          const first = wordIndex === 0 && partIndex === 0;
          if (!first && PARTICLES.has(lower)) return lower;
          return lower.charAt(0).toUpperCase() + lower.slice(1);
        })
        .join('-'),
    )
    .join(' ');
}
