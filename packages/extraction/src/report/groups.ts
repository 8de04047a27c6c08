import type { GroupFact, Paragraph } from '../types';
import { spanOf, betterSpan } from './span';

/** A place where a group is named, by acronym or by full name. */
export interface GroupMention { groupId: string; start: number; end: number }

/**
 * Council working groups (CWG-Internet) and expert groups (EG-ITRs) are written as an acronym;
 * the id is the acronym in upper case. A space after the hyphen occurs in converted files
 * ("CWG-\u00A0Internet").
 */
const ACRONYM = /\b((?:CWG|EG))[-‐‑–]\s?([A-Za-z][A-Za-z&]*(?:[-‐‑][A-Za-z]+)*)/g;

/**
 * Full names of groups, for reports that do not print the acronym. This is vocabulary (like a
 * month name), not facts of any one report.
 */
const KNOWN_NAMES: { id: string; pattern: RegExp }[] = [
  {
    id: 'CWG-INTERNET',
    pattern: new RegExp([
      '国际互联网相关公共政策问题理事会工作组', '理事会国际互联网相关公共政策问题工作组',
      String.raw`Council\s+Working\s+Group\s+on\s+International\s+Internet[- ]related\s+Public\s+Policy\s+Issues`,
      String.raw`Groupe\s+de\s+travail\s+du\s+Conseil\s+sur\s+les\s+questions\s+de\s+politiques\s+publiques\s+internationales\s+relatives\s+à\s+l'Internet`,
      String.raw`Grupo\s+de\s+Trabajo\s+del\s+Consejo\s+sobre\s+cuestiones\s+de\s+política\s+pública\s+internacional\s+relacionadas\s+con\s+(?:la\s+)?Internet`,
      String.raw`Рабоч\p{L}+\s+групп\p{L}+\s+Совета\s+по\s+вопросам\s+международной\s+государственной\s+политики,?\s+касающимся\s+[Ии]нтернета`,
      String.raw`فريق\s+العمل\s+التابع\s+للمجلس\s+المعني\s+بقضايا\s+السياسات\s+العامة\s+الدولية\s+المتعلقة\s+بالإنترنت`,
    ].join('|'), 'giu'),
  },
  {
    id: 'CWG-COP',
    pattern: new RegExp([
      '儿童在线保护理事会工作组', String.raw`Council\s+Working\s+Group\s+on\s+Child\s+Online\s+Protection`,
      String.raw`Groupe\s+de\s+travail\s+du\s+Conseil\s+sur\s+la\s+protection\s+en\s+ligne\s+des\s+enfants`,
      String.raw`Grupo\s+de\s+Trabajo\s+del\s+Consejo\s+sobre\s+la\s+Protección\s+de\s+la\s+Infancia\s+en\s+Línea`,
      String.raw`Рабоч\p{L}+\s+групп\p{L}+\s+Совета\s+по\s+защите\s+ребенка\s+в\s+онлайновой\s+среде`,
    ].join('|'), 'giu'),
  },
  {
    id: 'CWG-WSIS&SDG',
    pattern: new RegExp([
      String.raw`Council\s+Working\s+Group\s+on\s+the\s+World\s+Summit\s+on\s+the\s+Information\s+Society\s+and\s+the\s+Sustainable\s+Development\s+Goals`,
      String.raw`Groupe\s+de\s+travail\s+du\s+Conseil\s+sur\s+le\s+Sommet\s+mondial\s+sur\s+la\s+société\s+de\s+l['’]information\s+et\s+les\s+objectifs\s+de\s+développement\s+durable`,
    ].join('|'), 'giu'),
  },
  {
    id: 'CWG-WSIS',
    pattern: new RegExp([
      String.raw`Council\s+Working\s+Group\s+on\s+(?:the\s+)?WSIS(?!\s*&)`,
      String.raw`Council\s+Working\s+Group\s+on\s+the\s+World\s+Summit\s+on\s+the\s+Information\s+Society(?!\s+and\s+the\s+Sustainable)`,
    ].join('|'), 'giu'),
  },
  {
    id: 'CWG-FHR',
    pattern: new RegExp([
      String.raw`Council\s+Working\s+Group\s+on\s+Financial\s+and\s+Human\s+Resources`,
      String.raw`Groupe\s+de\s+travail\s+du\s+Conseil\s+sur\s+les\s+ressources\s+financières\s+et\s+les\s+ressources\s+humaines`,
      String.raw`Grupo\s+de\s+Trabajo\s+del\s+Consejo\s+sobre\s+Recursos\s+Humanos\s+y\s+Financieros`,
    ].join('|'), 'giu'),
  },
  {
    id: 'CWG-LANG',
    pattern: new RegExp([
      String.raw`Council\s+Working\s+Group\s+on\s+(?:the\s+use\s+of\s+the\s+six\s+official\s+languages(?:\s+of\s+the\s+Union)?|Languages)`,
      String.raw`Groupe\s+de\s+travail\s+du\s+Conseil\s+sur\s+les\s+langues`,
      String.raw`Grupo\s+de\s+Trabajo\s+del\s+Consejo\s+sobre\s+(?:los\s+)?Idiomas`,
    ].join('|'), 'giu'),
  },
  {
    id: 'EG-ITR',
    pattern: /Expert\s+Group\s+on\s+the\s+International\s+Telecommunication\s+Regulations|Groupe\s+d['’]experts\s+sur\s+le\s+Règlement\s+des\s+télécommunications\s+internationales/giu,
  },
];

/**
 * The groups' acronyms in the other languages (GTC-Internet, РГС-Интернет) and their earlier names
 * (WG-WSIS became CWG-WSIS), each to the id the English acronym gives.
 */
const DASH = '[-‐‑–]\\s?';
const ALIASES: { id: string; pattern: RegExp }[] = [
  { id: 'CWG-INTERNET', pattern: new RegExp(`(?<!\\p{L})(?:GTC${DASH}Internet|РГС${DASH}Интернет|WG${DASH}Internet)(?!\\p{L})`, 'gu') },
  { id: 'CWG-WSIS&SDG', pattern: new RegExp(`(?<!\\p{L})(?:GTC${DASH}(?:SMSI|CMSI)\\s?&\\s?(?:ODD|ODS)|РГС${DASH}ВВУИО\\s?&\\s?ЦУР)(?!\\p{L})`, 'gu') },
  { id: 'CWG-WSIS', pattern: new RegExp(`(?<!\\p{L})(?:GTC${DASH}(?:SMSI|CMSI)|РГС${DASH}ВВУИО|WG${DASH}WSIS)(?![\\p{L}&])`, 'gu') },
  { id: 'CWG-COP', pattern: new RegExp(`(?<!\\p{L})(?:GTC${DASH}(?:COP|PIeL)|РГС${DASH}ЗРИ|WG${DASH}COP)(?!\\p{L})`, 'gu') },
  { id: 'CWG-FHR', pattern: new RegExp(`(?<!\\p{L})(?:GTC${DASH}(?:FHR|RHF|RFH)|РГС${DASH}ФЛР|WG${DASH}FHR)(?!\\p{L})`, 'gu') },
  { id: 'CWG-LANG', pattern: new RegExp(`(?<!\\p{L})(?:GTC${DASH}(?:LANG|IDIOMAS)|РГС${DASH}ЯЗ|WG${DASH}LANG)(?!\\p{L})`, 'gu') },
];

export function groupIdOf(prefix: string, name: string): string {
  return `${prefix.toUpperCase()}-${name.toUpperCase()}`;
}

export function findGroupMentions(text: string): GroupMention[] {
  const out: GroupMention[] = [];
  ACRONYM.lastIndex = 0;
  for (let match = ACRONYM.exec(text); match; match = ACRONYM.exec(text)) {
    out.push({ groupId: groupIdOf(match[1]!, match[2]!), start: match.index, end: match.index + match[0].length });
  }
  for (const { id, pattern } of [...KNOWN_NAMES, ...ALIASES]) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) out.push({ groupId: id, start: match.index, end: match.index + match[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

export interface GroupResult {
  groups: GroupFact[];
  /** The group the report is about (named most often); "the group" / 小组 refers to it. */
  mainGroup: string | null;
  mentions: GroupMention[];
}

export function extractGroups(text: string, paragraphs: Paragraph[]): GroupResult {
  const mentions = findGroupMentions(text);
  const counts = new Map<string, number>();
  for (const mention of mentions) counts.set(mention.groupId, (counts.get(mention.groupId) ?? 0) + 1);
  const mainGroup = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;

  const groups: GroupFact[] = [];
  for (const id of counts.keys()) {
    const named = namesOf(text, mentions.filter((mention) => mention.groupId === id));
    // The name printed most often wins (ties: the longer one), its best occurrence is the source.
    const tally = new Map<string, number>();
    for (const occurrence of named) tally.set(occurrence.name, (tally.get(occurrence.name) ?? 0) + 1);
    const best = [...tally.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]?.[0];
    let source = undefined as GroupFact['source'] | undefined;
    for (const occurrence of named.filter((candidate) => candidate.name === best)) {
      const candidate = spanOf(text, paragraphAt(paragraphs, occurrence.start), occurrence.start, occurrence.end);
      if (betterSpan(source, candidate)) source = candidate;
    }
    if (best && source) {
      groups.push({ id, name: best, source });
      continue;
    }
    const first = mentions.find((mention) => mention.groupId === id)!;
    groups.push({ id, name: text.slice(first.start, first.end).replace(/\s+/g, ' '), source: spanOf(text, paragraphAt(paragraphs, first.start), first.start, first.end) });
  }
  return { groups, mainGroup, mentions };
}

export function paragraphAt(paragraphs: Paragraph[], offset: number): Paragraph | null {
  return paragraphs.find((paragraph) => paragraph.start <= offset && offset < paragraph.end) ?? null;
}

interface NamedOccurrence { name: string; start: number; end: number }

/**
 * Full names written before a parenthesised acronym: "…工作组（CWG-Internet）",
 * "Council Working Group on … Issues (CWG-Internet)". The span runs from the name to the closing
 * parenthesis, so the quote shows both name and acronym.
 */
function namesOf(text: string, mentions: GroupMention[]): NamedOccurrence[] {
  const out: NamedOccurrence[] = [];
  for (const mention of mentions) {
    const open = text.slice(Math.max(0, mention.start - 2), mention.start);
    const close = text.slice(mention.end, mention.end + 2);
    const paren = /[（(]\s?$/.exec(open);
    const closing = /^\s?[）)]/.exec(close);
    if (!paren || !closing) continue;
    const nameEnd = mention.start - paren[0].length;
    const found = nameBefore(text, nameEnd);
    if (found) out.push({ name: found.name, start: found.start, end: mention.end + closing[0].length });
  }
  return out;
}

const ORG_PREFIX = /^(?:国际电联|ITU\s+|the\s+ITU\s+|the\s+)/i;
const EN_LINKS = new Set(['on', 'of', 'and', 'for', 'the', 'to', 'in', 'related', 'du', 'de', 'des', 'sur', 'les', 'la', 'à', 'del', 'sobre', 'con', 'y', 'relatives', 'relacionadas']);

function nameBefore(text: string, end: number): { name: string; start: number } | null {
  let start = end;
  if (/\p{Script=Han}/u.test(text.charAt(end - 1))) {
    // Back over Chinese characters to punctuation, a digit or a Latin letter, then cut after the
    // last 的 / 了 ("…召开的理事会…工作组", "成立了…工作组"): those particles end the clause before
    // a name and do not occur inside the names of ITU bodies, unlike 在 or 和 (儿童在线保护…).
    while (start > 0 && start > end - 40 && /\p{Script=Han}/u.test(text.charAt(start - 1))) start--;
    const particle = Math.max(text.lastIndexOf('的', end - 1), text.lastIndexOf('了', end - 1));
    if (particle >= start) start = particle + 1;
  } else {
    // Walk back word by word while words are capitalised or are linking words.
    const words = [...text.slice(Math.max(0, end - 200), end).matchAll(/[\p{L}'’-]+/gu)];
    const base = Math.max(0, end - 200);
    for (let i = words.length - 1; i >= 0; i--) {
      const match = words[i]!;
      const gap = text.slice(base + match.index! + match[0].length, i === words.length - 1 ? end : base + words[i + 1]!.index!);
      if (!/^\s*$/.test(gap)) break;
      if (/^\p{Lu}/u.test(match[0]) || EN_LINKS.has(match[0].toLowerCase()) || /-related$/i.test(match[0])) start = base + match.index!;
      else break;
    }
    // "Report of the Chair of the Council Working Group …": the name starts after the last
    // "of (the)" that comes before its head word.
    const head = text.slice(start, end).search(/\b(?:Group|Committee|Groupe|Grupo)\b/);
    if (head > 0) {
      const before = text.slice(start, start + head);
      const links = [...before.matchAll(/\b(?:of|by|to|from|de|del|du)\s+(?:the\s+|la\s+|l'|el\s+)?/gi)];
      const last = links[links.length - 1];
      if (last) start += last.index! + last[0].length;
    }
    // A name does not start with a linking word ("on", "the").
    while (start < end) {
      const match = /^[\p{L}'’-]+\s*/u.exec(text.slice(start, end));
      if (!match || !EN_LINKS.has(match[0].trim().toLowerCase())) break;
      start += match[0].length;
    }
  }
  let name = text.slice(start, end).trim();
  const prefix = ORG_PREFIX.exec(name);
  if (prefix) {
    name = name.slice(prefix[0].length);
    start += prefix[0].length;
  }
  // Only names of bodies: Chinese names end with the body word (…工作组), Latin ones contain it
  // (Council Working Group on …).
  if (/\p{Script=Han}/u.test(name)) {
    if (name.length < 4 || !/(?:工作组|小组|委员会|专家组)$/u.test(name)) return null;
  } else if (!/\b(?:Group|Committee|Groupe|Grupo|Comité)\b/u.test(name)) {
    return null;
  }
  return { name: name.replace(/\s+/g, ' '), start };
}
