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

const KIND_WORDS: Record<string, InstrumentKind> = { RESOLUTION: 'RES', DECISION: 'DEC', RECOMMENDATION: 'REC' };

export function parseDocNumber(printed: string): DocNumber | null {
  const m = /^\s*(?:(resolution|decision|recommendation)\s+)?(\d+)\s*(?:\(([^)]*)\))?\s*$/i.exec(printed);
  if (!m) return null;
  const kind = m[1] ? KIND_WORDS[m[1].toUpperCase()] ?? null : null;
  return { kind, number: Number(m[2]), revision: m[3] === undefined ? null : parseRevision(m[3]) };
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
