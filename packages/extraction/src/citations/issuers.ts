import type { Issuer } from '../types';
import { fold, stripMarks } from './fold';
import { conferenceOfAcronym, fullYear, placeOf } from './gazetteer';

/**
 * Who issued a cited instrument, as the words around the citation say it, in the six languages.
 * `OTHER` is a body outside the contract (the World Radiocommunication Conference, the UN Security
 * Council, ECOSOC): its resolutions are never to be taken for ITU ones, so naming it stops resolution.
 * `THIS` is "this Conference": the document's own issuer, when the caller knows it.
 */
export type NamedIssuer = Issuer | 'OTHER' | 'THIS';

export interface IssuerMention {
  issuer: NamedIssuer;
  /** The conference's year when the words give it: `the 2010 Plenipotentiary Conference`, `WTSA-16`. */
  year: number | null;
  place: string | null;
}

/**
 * Names as they read after `fold` (lower case, no accents, no Arabic short vowels). Russian names are in
 * the genitive, the case that ties them to the citation (`Резолюция 1305 Совета`): a nominative one is
 * the subject of the sentence (`Резолюцией 102 Совет поручил …`), not the issuer.
 */
const NAMES: [NamedIssuer, string[]][] = [
  ['OTHER', [
    'world radiocommunication conference', 'wrc(?:-\\d{2,4})?\\b', 'conference mondiale des radiocommunications', 'cmr(?:-\\d{2})?\\b',
    'conferencia mundial de radiocomunicaciones', 'всемирн\\S* конференци\\S* радиосвязи', 'вкр(?:-\\d{2})?(?![\\p{L}])',
    '世界无线电通信大会', 'المؤتمر العالمي للاتصالات الراديوية',
    'human rights council', 'security council', 'economic and social council', 'ecosoc\\b', 'conseil de securite', 'consejo de seguridad',
    'совет\\S* безопасности', '安全理事会', '安理会', '人权理事会', '经济及社会理事会', 'مجلس الامن',
    // Audit and oversight bodies also number their recommendations.
    '(?:external |internal )?auditor', 'joint inspection unit', 'jiu\\b', 'independent management advisory committee', 'imac\\b',
    'verificateur exterieur', 'corps commun d.inspection', 'auditor externo', 'dependencia comun de inspeccion',
    'внешн\\S* аудитор\\S*', 'объединенн\\S* инспекционн\\S* групп\\S*', '外聘审计', '联合检查组', 'مراجع الحسابات', 'وحدة التفتيش المشتركة',
  ]],
  ['THIS', [
    '(?:this|the present) conference', '(?:la )?presente conference', 'cette conference', '(?:la )?presente conferencia', 'esta conferencia',
    'настоящей конференции', 'этой конференции', '本次大会', '本届大会', '本大会', 'هذا المؤتمر',
  ]],
  ['WTSA', [
    'world telecommunication standardization assembly', 'wtsa', 'assemblee mondiale de normalisation des telecommunications', 'amnt',
    'asamblea mundial de normalizacion de las telecomunicaciones', 'всемирной ассамблеи по стандартизации электросвязи', 'васэ',
    '世界电信标准化全会', 'الجمعية العالمية لتقييس الاتصالات',
  ]],
  ['WTDC', [
    'world telecommunication development conference', 'wtdc', 'conference mondiale de developpement des telecommunications', 'cmdt',
    'conferencia mundial de desarrollo de las telecomunicaciones', 'всемирной конференции по развитию электросвязи', 'вкрэ',
    '世界电信发展大会', 'المؤتمر العالمي لتنمية الاتصالات',
  ]],
  ['WCIT', [
    'world conference on international telecommunications', 'wcit', 'conference mondiale des telecommunications internationales', 'cmti',
    'conferencia mundial de telecomunicaciones internacionales', 'всемирной конференции по международной электросвязи', 'вкмэ',
    '国际电信世界大会', 'المؤتمر العالمي للاتصالات الدولية',
  ]],
  ['RA', [
    'radiocommunication assembly', 'itu-r', 'ra(?=-\\d)', 'ra\\b', 'assemblee des radiocommunications', 'asamblea de radiocomunicaciones',
    'ассамблеи радиосвязи', '无线电通信全会', 'جمعية الاتصالات الراديوية',
  ]],
  ['UNGA', [
    '(?:united nations |un )?general assembly', 'unga', 'assemblee generale', 'asamblea general', 'генеральной ассамблеи',
    '联合国大会', 'الجمعية العامة',
  ]],
  ['PP', [
    'plenipotentiary conference', 'plenipotentiary', 'pp(?=-\\d)', 'pp\\b', 'conference de plenipotentiaires', 'conferencia de plenipotenciarios',
    'полномочной конференции', 'пк(?=-\\d)', '全权代表大会', 'مؤتمر المندوبين المفوضين',
  ]],
  ['C', [
    '(?:itu |uit )?council', 'conseil', 'consejo', 'совета', '理事会', 'المجلس', 'مجلس الاتحاد',
  ]],
];

/** One alternation per issuer, each name followed by an optional `-16` / `-2016` acronym year. */
const NAME_ALTERNATION = NAMES.map(([, names], index) => `(?<n${index}>${names.map(stripMarks).join('|')})`).join('|');
const ACRONYM_YEAR = '(?:-(?<acronymYear>\\d{4}|\\d{2}))?';

/**
 * Words that tie a following issuer to the citation: `of (the)`, `adopted by`, `du`, `de la`, `de l'`,
 * `del`, Arabic `الصادر عن`. Russian puts the issuer straight after in the genitive (`Резолюция 1305
 * Совета`), and Arabic joins `ل` to it (`للمجلس`), so those need no linking word.
 */
const LINK =
  '(?:(?:of|adopted by|approved by|by)\\s+(?:the\\s+)?(?:(?<yearBefore>\\d{4})\\s+)?(?:itu\\s+)?' +
  '|(?:du|des|del|de\\s+la|de|adoptee?s?\\s+par(?:\\s+(?:le|la))?|adoptadas?\\s+por(?:\\s+(?:el|la))?)\\s+|(?:de|par)\\s+l[\'’]\\s*' +
  '|(?:принят\\S*\\s+)?(?=\\p{Script=Cyrillic})' +
  '|(?:(?:الصادر|الصادرة|المعتمد|المعتمدة)\\s+عن\\s+|من\\s+|عن\\s+)?(?=\\p{Script=Arabic}))';

const AFTER = new RegExp(`^[\\s,]*${LINK}(?:${NAME_ALTERNATION})${ACRONYM_YEAR}`, 'u');
/** A year right after the name: `… de 2010`, `… 2010 года`, `… لعام 2010`, `… (Guadalajara, 2010)`. */
const YEAR_AFTER_NAME = /^\s*(?:,\s*)?(?:of |de |del |لعام |عام |\(\S*\s*)?((?:19|20)\d\d)(?!\d)/u;

/**
 * Chinese writes the issuer before `第` (`理事会第1336号决议`, `2018年全权代表大会（PP-18）第`), English
 * before the keyword (`Council Resolution`, `WTSA-16 Resolution`): the name must end the text given.
 */
const BEFORE = new RegExp(
  `(?:(?<yearBefore>\\d{4})\\s*年?\\s*)?(?:${NAME_ALTERNATION})${ACRONYM_YEAR}\\s*(?:[(（][^()（）]{1,12}[)）])?\\s*(?:通过的?|的)?\\s*$`,
  'u',
);

function mention(groups: Record<string, string | undefined>, yearAfter: string | null): IssuerMention {
  const index = NAMES.findIndex((_, candidate) => groups[`n${candidate}`] !== undefined);
  const issuer = NAMES[index][0];
  const acronymYear = groups.acronymYear;
  let year = groups.yearBefore ? Number(groups.yearBefore) : yearAfter ? Number(yearAfter) : null;
  let place: string | null = null;
  if (acronymYear && issuer !== 'OTHER' && issuer !== 'THIS') {
    const conference = conferenceOfAcronym(groups[`n${index}`] ?? '', acronymYear);
    year = conference?.year ?? fullYear(acronymYear);
    place = conference?.place ?? null;
  }
  if (year !== null && !place && issuer !== 'OTHER' && issuer !== 'THIS') place = placeOf(issuer, year);
  return { issuer, year, place };
}

/** Cheap tests on the raw text, so that most citations skip folding and the long patterns. */
const MAY_NAME_AFTER = /^[\s,]*(?:of\s|adopted\s|approved\s|by\s|du\s|des\s|del\s|de\s|de\s+l['’]|par\s|adopt|[\p{Script=Cyrillic}\p{Script=Arabic}])/iu;
const MAY_NAME_BEFORE =
  /(?:council|conference|plenipotentiary|assembly|pp|wtsa|wtdc|ra|wcit|unga|wrc|ecosoc|jiu|imac|auditor|unit|committee|itu-r|совета|мсэ|المجلس|الاتحاد|المفوضين|\d|会|组|计|[)）]|的|通过)\s*$/iu;

/** The issuer named right after a citation (`of the World Telecommunication Development Conference`). */
export function issuerAfter(after: string): IssuerMention | null {
  if (!after || !MAY_NAME_AFTER.test(after)) return null;
  // Arabic joins "of/for" to the name: للمجلس is ل + المجلس, لمؤتمر is ل + مؤتمر.
  const folded = fold(after.slice(0, 140)).replace(/^([\s,]*)لل/u, '$1ال').replace(/^([\s,]*)ل(?=[مهج])/u, '$1');
  const match = AFTER.exec(folded);
  if (!match?.groups) return null;
  const rest = folded.slice(match.index + match[0].length);
  return mention(match.groups, YEAR_AFTER_NAME.exec(rest)?.[1] ?? null);
}

/** The issuer named right before a citation's keyword or `第`. */
export function issuerBefore(before: string): IssuerMention | null {
  if (!before || !MAY_NAME_BEFORE.test(before)) return null;
  const folded = fold(before);
  const match = BEFORE.exec(folded);
  if (!match?.groups) return null;
  // A name must stand as a word of its own: `Council` in `ITU Council`, not `ra` ending `Sahara`.
  const previous = folded.charAt(match.index - 1);
  if (/[\p{Script=Latin}\p{Script=Cyrillic}\p{N}]/u.test(previous) && /^[\p{Script=Latin}\p{Script=Cyrillic}]/u.test(match[0])) return null;
  return mention(match.groups, null);
}
