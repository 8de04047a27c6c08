import type { LanguageCode } from '../types';

/**
 * Which of the six ITU languages a text is in. Scripts decide first (Han → zh, Arabic → ar,
 * Cyrillic → ru); Latin text is split among en/fr/es by counting frequent function words, with
 * letters only one of them uses (ñ ¿ ¡ for es; ç œ è ê à ù for fr) as tie-breakers.
 * Returns null when there is too little text to say (fewer than MIN_LETTERS letters, or no
 * function word at all in Latin text) rather than guessing.
 */
export function detectLanguage(text: string): LanguageCode | null {
  const counts = countScripts(text);
  const letters = counts.han + counts.arabic + counts.cyrillic + counts.latin;
  if (letters === 0) return null;
  // Han characters carry a word each: two are already a phrase. Alphabets need a few words.
  if (counts.han >= 2 && counts.han * 3 >= letters) return 'zh';
  if (counts.arabic >= MIN_LETTERS && counts.arabic >= counts.latin && counts.arabic >= counts.cyrillic) return 'ar';
  if (counts.cyrillic >= MIN_LETTERS && counts.cyrillic >= counts.latin) return 'ru';
  if (counts.latin >= MIN_LETTERS) return latinLanguage(text);
  return null;
}

const MIN_LETTERS = 8;

interface ScriptCounts { han: number; arabic: number; cyrillic: number; latin: number }

function countScripts(text: string): ScriptCounts {
  const counts: ScriptCounts = { han: 0, arabic: 0, cyrillic: 0, latin: 0 };
  for (const ch of text) {
    if (/\p{Script=Han}/u.test(ch)) counts.han++;
    else if (/\p{Script=Arabic}/u.test(ch) && /\p{L}/u.test(ch)) counts.arabic++;
    else if (/\p{Script=Cyrillic}/u.test(ch)) counts.cyrillic++;
    else if (/\p{Script=Latin}/u.test(ch)) counts.latin++;
  }
  return counts;
}

/**
 * Function words frequent in one language and rare as words in the other two. Words shared by
 * two (fr/es "de", "la", "en") are left out: they cannot separate anything.
 */
const STOPWORDS: Record<'en' | 'fr' | 'es', readonly string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'was', 'were', 'for', 'on', 'with', 'by', 'that', 'this', 'be', 'are', 'as', 'at', 'from', 'it', 'its', 'which', 'has', 'have', 'will', 'shall', 'an'],
  fr: ['le', 'les', 'des', 'du', 'et', 'est', 'une', 'au', 'aux', 'dans', 'pour', 'sur', 'avec', 'par', 'qui', 'ce', 'cette', 'sont', 'été', 'ont', 'sa', 'ses', 'leur', 'il', 'elle', 'pas', 'ne', 'à', 'où'],
  es: ['el', 'los', 'las', 'del', 'y', 'es', 'una', 'al', 'para', 'por', 'con', 'sobre', 'este', 'esta', 'fue', 'ha', 'han', 'sus', 'su', 'como', 'entre', 'lo', 'o', 'muy', 'también'],
};

// Letters used by one of the three only.
const MARKS: Record<'fr' | 'es', RegExp> = {
  fr: /[çœæèêëîïûùÿâ]/giu,
  es: /[ñ¿¡]/giu,
};

function latinLanguage(text: string): LanguageCode | null {
  const words = text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  const score = { en: 0, fr: 0, es: 0 };
  const sets = {
    en: new Set(STOPWORDS.en),
    fr: new Set(STOPWORDS.fr),
    es: new Set(STOPWORDS.es),
  };
  for (const raw of words) {
    // French elisions: l'Union, d'un, qu'il → the article/particle is the signal.
    const word = raw.replace(/^(?:l|d|qu|n|s|c|j)'/, (m) => (score.fr++, m)).replace(/'.*$/, '');
    for (const lang of ['en', 'fr', 'es'] as const) if (sets[lang].has(word)) score[lang]++;
  }
  score.fr += (text.match(MARKS.fr) ?? []).length * 0.5;
  score.es += (text.match(MARKS.es) ?? []).length * 1.5;
  // Accented vowels á í ó ú are Spanish-only among the three (French uses à/é but not á/í/ó/ú).
  score.es += (text.match(/[áíóú]/giu) ?? []).length * 0.5;

  const ranked = (Object.entries(score) as ['en' | 'fr' | 'es', number][]).sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] === 0 || best[1] === second![1]) return null;
  return best[0];
}
