import type { Issuer, Revision } from '../types';
import { fold, stripMarks } from './fold';
import { conferenceOfAcronym, fullYear, placeIn } from './gazetteer';

/** What the parenthesis after a cited number says. */
export interface ParenthesisReading {
  revision: Revision | null;
  /** The parenthesis as written. */
  words: string;
  /** It names a conference outside the contract (`Rev.WRC-15`): the instrument is not one of ours. */
  foreign: boolean;
  /** The issuer the parenthesis itself names: `C-1985`, `adopted by Council 2009`, `WTSA-16`. */
  issuer: Issuer | null;
  /** Whether it belongs to the citation: it gives a revision or an issuer, or marks a foreign one. */
  belongs: boolean;
}

const FOREIGN = new RegExp(stripMarks('(?<!\\p{L})(?:wrc|cmr|вкр)(?!\\p{L})|world radiocommunication conference|世界无线电通信大会|المؤتمر العالمي للاتصالات الراديوية'), 'u');

/**
 * Words saying that the text was revised or amended by the conference or session named: `Rev.`,
 * `Mod.`, `Modified`, `modifiée`, `modificada`, `Пересм.`, `Изм.`, `修订版` (and `修版`, a typing error
 * found in the corpus), `المراجَع`, `المعدَّل`. They all name the text as it stood after that change. A
 * revision (`Rev.`) and a modification (`Mod.`, `Modified`, `Изм.`) are different acts of a conference or
 * session, so a modification is labelled `Mod. 2015`, never `Rev. 2015`.
 */
const MODIFIED = /(?<!\p{L})(?:mod|modified|modifiee?s?|modificad[ao]s?|изм\p{L}*)(?!\p{L})|修改|المعدل|معدل/u;
const MODIFIED_ALL = new RegExp(MODIFIED.source, 'gu');
const REVISED =
  /(?<!\p{L})(?:rev|revised|revision|mod|modified|amended|modifiee?s?|revisee?s?|modificad[ao]s?|revisad[ao]s?|enmendad[ao]s?|пересм\p{L}*|изм\p{L}*)(?!\p{L})|修订|修版|修改|المراجع|مراجع|المعدل|معدل/u;

/** `last amended C19`, `2004, last modified 2009`, `modifiée en dernier lieu en 2019`, `最后修订于2019年`. */
const LAST_AMENDED = new RegExp(
  '(?:last (?:amended|modified|revised)|(?:modifiee|revisee|amendee) en dernier lieu|derniere(?:ment)? (?:modifiee|modification|revision)' +
    '|modificada por ultima vez|ultima (?:modificacion|revision)|(?:с )?последн\\p{L}* (?:изменени|пересмотр)\\p{L}*' +
    '|最后修订于?|最近一次修订于?|اخر تعديل|عدل اخر مرة|المعدل اخر مرة)' +
    '\\s*(?:in|en|в|في|:)?\\s*(?:c-?\\s?)?(\\d{4}|\\d{2})(?!\\d)',
  'u',
);

const ACRONYM = /(?<!\p{L})(pp|wtsa|wtdc|ra|wcit|amnt|cmdt|cmti|пк|васэ|вкрэ|вкмэ)-(\d{4}|\d{2})(?!\d)/u;
/** Council sessions are written `C-1985`, `C19`, `C-19`; or the parenthesis names the Council. */
const COUNCIL = /(?<!\p{L})c-?\s?(\d{4}|\d{2})(?!\d)|council|conseil|consejo|совет|理事会|المجلس/u;
const YEAR = /(?<!\d)(19[5-9]\d|20\d\d)(?!\d)/u;

/**
 * Reads a parenthesis: `Rev. Dubai, 2018`, `Rév. Bucarest, 2022`, `Пересм. Дубай, 2018 г.`,
 * `2018年，迪拜，修订版`, `المراجَع في دبي، 2018`, `Guadalajara, 2010`, `Modified 2019`,
 * `C-1985, last amended C19`, `WTSA-16`, `Rev.WRC-15`.
 *
 * Labels follow the instruments' own (see akn/revision.ts): `Rev. Dubai, 2018` when the words say the
 * text was revised, `Guadalajara, 2010` when they only name the conference that adopted it, and a
 * Council text, whose place is not written, `Rev. 2019` or `2009`. When it was amended more than once,
 * the last amendment is the text cited.
 */
export function parseRevision(inside: string): ParenthesisReading {
  const cached = READINGS.get(inside);
  if (cached) return cached;
  // The same few parentheses (`Rev. Dubai, 2018`) come back all through a document.
  if (READINGS.size >= 2000) READINGS.clear();
  const reading = read(inside);
  READINGS.set(inside, reading);
  return reading;
}

const READINGS = new Map<string, ParenthesisReading>();

function read(inside: string): ParenthesisReading {
  const words = fold(inside);
  if (FOREIGN.test(words)) return { revision: null, words: inside, foreign: true, issuer: null, belongs: true };
  let revised = REVISED.test(words);
  let issuer: Issuer | null = null;
  let place: string | null = null;
  let year: number | null = null;
  const acronym = ACRONYM.exec(words);
  const conference = acronym ? conferenceOfAcronym(acronym[1], acronym[2]) : null;
  if (conference) ({ issuer, place, year } = conference);
  const council = COUNCIL.exec(words);
  if (council && !issuer) issuer = 'C';
  const amended = LAST_AMENDED.exec(words);
  if (amended) {
    year = fullYear(amended[1]);
    revised = true;
  } else if (year === null) {
    const written = YEAR.exec(words);
    if (written) year = Number(written[1]);
    else if (council?.[1]) year = fullYear(council[1]);
  }
  place ??= placeIn(words);
  if (year === null) return { revision: null, words: inside, foreign: false, issuer, belongs: issuer !== null };
  const modified = !amended && MODIFIED.test(words) && !REVISED.test(words.replace(MODIFIED_ALL, ' '));
  const label = `${modified ? 'Mod. ' : revised ? 'Rev. ' : ''}${place ? `${place}, ` : ''}${year}`;
  return { revision: { label, place, year }, words: inside, foreign: false, issuer, belongs: true };
}
