import { formatResolutionId } from '@mandate-graph/vocabulary';
import { paragraphAt } from '../report/groups';
import { spanOf } from '../report/span';
import type { InstrumentKind, Issuer, Paragraph, ResolutionFact } from '../types';

/** The instrument nouns of the six languages, and the kind each names. */
const KIND_WORDS: { kind: InstrumentKind; words: string }[] = [
  { kind: 'RES', words: String.raw`resolutions?|résolutions?|resoluci(?:ón|ones)|резолюци[яии]|决议|القرارات|القرار` },
  { kind: 'DEC', words: String.raw`decisions?|décisions?|decisi(?:ón|ones)|решени[яе]|决定|المقررات|المقرر` },
  { kind: 'REC', words: String.raw`recommendations?|recommandations?|recomendaci(?:ón|ones)|рекомендаци[яи]|建议|التوصيات|التوصية` },
];
const ANY_KIND = KIND_WORDS.map(({ words }) => words).join('|');

/** Who abrogates, by the words each language names it with. */
const ISSUER_WORDS: { issuer: Issuer; pattern: RegExp }[] = [
  { issuer: 'PP', pattern: /plenipotentiar|plénipotentiaires|plenipotenciarios|полномочн|全权代表大会|المندوبين المفوضين/iu },
  { issuer: 'WTSA', pattern: /standardization assembly|normalisation des télécommunications|normalización de las telecomunicaciones|стандартизации электросвязи|电信标准化全会|لتقييس الاتصالات/iu },
  { issuer: 'WTDC', pattern: /development conference|développement des télécommunications|desarrollo de las telecomunicaciones|развитию электросвязи|电信发展大会|لتنمية الاتصالات/iu },
  { issuer: 'RA', pattern: /radiocommunication assembly|assemblée des radiocommunications|asamblea de radiocomunicaciones|ассамбле[яи] радиосвязи|无线电通信全会|جمعية الاتصالات الراديوية/iu },
  { issuer: 'C', pattern: /\bcouncil\b|\bconseil\b|\bconsejo\b|совет|理事会|المجلس/iu },
];

/**
 * The heading of a list of abrogated instruments: "LIST OF RESOLUTIONS ABROGATED BY THE PLENIPOTENTIARY
 * CONFERENCE (DUBAI, 2018)", "DÉCISIONS ABROGÉES PAR LA CONFÉRENCE DE PLÉNIPOTENTIAIRES", "RESOLUCIONES
 * SUPRIMIDAS POR LA CONFERENCIA…", "РЕЗОЛЮЦИИ, ОТМЕНЕННЫЕ ПОЛНОМОЧНОЙ КОНФЕРЕНЦИЕЙ", "全权代表大会废止的决议",
 * "القرارات التي ألغاها مؤتمر المندوبين المفوضين". What follows up to the next part is the list.
 */
const HEADING = new RegExp([
  String.raw`(?:list\s+of\s+|liste\s+des\s+|lista\s+de\s+(?:las\s+)?)?(${ANY_KIND})\s*,?\s+(?:abrogated|abrogée?s?|derogad[ao]s?|suprimid[ao]s?|abrogad[ao]s?|отмен[её]нн\p{L}*|упраздн[её]нн\p{L}*)\s+(?:by|par|por|)\s*([^\n]{0,80})`,
  String.raw`([^\n]{0,40}?)废止的(决议|决定|建议)`,
  String.raw`(${ANY_KIND})\s+(?:التي\s+)?(?:ألغاها|الملغاة\s+من\s+قبل)\s+([^\n]{0,80})`,
].join('|'), 'giu');

/** Another list's heading, which ends the list before it. */
const HEADING_START = new RegExp(HEADING.source, 'iu');

/** Where the list ends: the next part of the Final Acts, or another list's heading. */
const LIST_END = /\b(?:PART|PARTIE|PARTE)\s+[IVXL]+\b|ЧАСТЬ\s+[IVXL]+|第[一二三四五六七八九十]+部分|الجزء\s/u;
const LIST_LIMIT = 20_000;

const WHOLE_KIND_WORDS = KIND_WORDS.map(({ kind, words }) => ({ kind, pattern: new RegExp(`^(?:${words})$`, 'iu') }));

function kindOf(word: string): InstrumentKind | null {
  return WHOLE_KIND_WORDS.find(({ pattern }) => pattern.test(word))?.kind ?? null;
}

/**
 * The instruments a document lists as abrogated, under a heading that says so, whatever the document is
 * (a component of Final Acts, a report): each entry ("RESOLUTION 36 (REV. GUADALAJARA, 2010)", "第36号决议")
 * is an ABROGATED fact of the body the heading names, quoting the entry.
 */
export function findAbrogationLists(text: string, paragraphs: Paragraph[]): ResolutionFact[] {
  const facts: ResolutionFact[] = [];
  HEADING.lastIndex = 0;
  for (let heading = HEADING.exec(text); heading; heading = HEADING.exec(text)) {
    const chinese = heading[4] !== undefined;
    const [kindWord, body] = heading[1] !== undefined ? [heading[1], heading[2]!] : chinese ? [heading[4]!, heading[3]!] : [heading[5]!, heading[6]!];
    const kind = kindOf(kindWord);
    const named = ISSUER_WORDS.map(({ issuer, pattern }) => ({ issuer, found: pattern.exec(body) })).find(({ found }) => found);
    if (!kind || !named) continue;
    // The list starts after the heading: after "废止的决议", or after the body the heading names.
    const bodyStart = heading.index + heading[0].lastIndexOf(body);
    const from = chinese ? heading.index + heading[0].length : bodyStart + named.found!.index + named.found![0].length;
    const rest = text.slice(from, from + LIST_LIMIT);
    const ends = [rest.search(LIST_END), rest.search(HEADING_START)].filter((at) => at >= 0);
    const list = rest.slice(0, Math.min(rest.length, ...ends));
    const entry = new RegExp(String.raw`(?:(${ANY_KIND})\s*(\d{1,4})(?:\s*[(（][^)）\n]{0,60}[)）])?)|(?:第(\d{1,4})号(决议|决定|建议))`, 'giu');
    for (let match = entry.exec(list); match; match = entry.exec(list)) {
      if (kindOf(match[1] ?? match[4]!) !== kind) continue;
      const start = from + match.index;
      const end = start + match[0].length;
      const number = Number(match[2] ?? match[3]);
      facts.push({ resolution: formatResolutionId({ issuer: named.issuer, kind, number }), kind: 'ABROGATED', target: null, source: spanOf(text, paragraphAt(paragraphs, start), start, end) });
    }
    HEADING.lastIndex = from + list.length;
  }
  return facts;
}
