/**
 * A search's words as the API counts and marks them. The matching itself is PostgreSQL's (each language's
 * stemmer, migration 20261208000000); these folds and stems bound a search's cost by its number of different
 * words, and mark the hits ts_headline cannot: Chinese words, and a paragraph whose lower case changes its length.
 * Text and words are lower-cased and folded (accents, the Russian ё, the Arabic hamza forms and tā' marbūṭa),
 * and each word is cut to a stem, so that a word finds its other forms as a substring of the folded text:
 * "secretariat" finds "Secrétariat", "Резолюция" finds "Резолюции", "الحكومات" finds "حكومات". The fold is one
 * character for one character, so offsets found in the folded text are offsets in the text.
 */
const FOLDS: [string, string][] = [
  ['àáâãäåāăą', 'a'], ['çćčĉ', 'c'], ['ďđ', 'd'], ['èéêëēėęěĕ', 'e'], ['ìíîïīįĭ', 'i'], ['ñńňņ', 'n'],
  ['òóôõöøōő', 'o'], ['ùúûüūůűų', 'u'], ['ýÿ', 'y'], ['śšşș', 's'], ['źżž', 'z'], ['ł', 'l'], ['ř', 'r'], ['ťţț', 't'], ['ğ', 'g'],
  ['ё', 'е'], ['أإآٱ', 'ا'], ['ى', 'ي'], ['ة', 'ه'], ['ؤ', 'و'], ['ئ', 'ي'], ['‐‑–—', '-'],
];

const FOLD_FROM = FOLDS.map(([from]) => from).join('');
const FOLD_TO = FOLDS.map(([from, to]) => to.repeat([...from].length)).join('');

const FOLD_MAP = new Map([...FOLD_FROM].map((character, i) => [character, [...FOLD_TO][i]!]));

/** Lower-cased and folded, one character for each character of `text` (so offsets carry over). */
export function fold(text: string): string {
  let out = '';
  for (const character of text) {
    const lower = character.toLowerCase();
    const one = [...lower].length === 1 ? lower : character;
    out += FOLD_MAP.get(one) ?? one;
  }
  return out;
}

/** Russian case and number endings, longest first; a stem keeps at least four letters. */
const RUSSIAN_ENDINGS = [
  'иями', 'ями', 'ами', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ией', 'иях', 'ием', 'ых', 'их', 'ой', 'ей', 'ий', 'ый', 'ая', 'яя',
  'ое', 'ее', 'ую', 'юю', 'ов', 'ев', 'ам', 'ям', 'ах', 'ях', 'ом', 'ем', 'ию', 'ия', 'ие', 'ии', 'а', 'я', 'о', 'е', 'у', 'ю', 'ы', 'и', 'й', 'ь',
];
const MIN_STEM = 4;

/** The part of a folded word that its other forms share. */
export function stem(word: string): string {
  if (/\p{Script=Cyrillic}/u.test(word)) {
    const ending = RUSSIAN_ENDINGS.find((suffix) => word.endsWith(suffix) && word.length - suffix.length >= MIN_STEM);
    return ending ? word.slice(0, -ending.length) : word;
  }
  if (/\p{Script=Arabic}/u.test(word)) {
    // The article and the conjunctions and prepositions written joined to it; then the sound plurals.
    let out = word.replace(/^(?:وال|بال|كال|فال|لل|ال)(?=\p{L}{3})/u, '');
    out = out.replace(/(?<=\p{L}{3})(?:ات|ون|ين)$/u, '');
    return out;
  }
  if (/^[\p{Script=Latin}\-']+$/u.test(word) && !/-/.test(word)) {
    // English, French and Spanish plurals: policies → polic, resoluciones → resolucion, consultations → consultation.
    for (const suffix of ['ies', 'es', 's']) {
      if (word.endsWith(suffix) && word.length - suffix.length >= MIN_STEM) return word.slice(0, -suffix.length);
    }
  }
  return word;
}

/** The words of a query, folded and stemmed, each once: what the paragraph must contain. */
export function searchStems(text: string): string[] {
  return [...new Set(text.normalize('NFC').trim().split(/\s+/u).filter(Boolean).map((word) => stem(fold(word))))];
}
