import { describe, expect, it } from 'vitest';
import { HEADLINE_OPTIONS, highlight, markedSpans, stemSpans } from '../src/graphql/highlight';
import { searchStems } from '../src/search/terms';

const [open, close] = [...HEADLINE_OPTIONS.matchAll(/Sel=(.)/gu)].map((match) => match[1]);

describe('highlight', () => {
  it('marks the whole word a stem is in, and only the stem inside a run of letters too long to be a word', () => {
    const marked = (text: string, words: string, window?: number) => highlight(text, stemSpans(text, searchStems(words)), window);
    expect(marked('Les Consultations ouvertes.', 'consultation')).toBe('Les <mark>Consultations</mark> ouvertes.');
    const garbled = `ҾⲴ${'Ҿ'.repeat(50)}resultatҾⲴ${'Ҿ'.repeat(50)}`;
    expect(marked(garbled, 'resultat', 400)).toContain('<mark>resultat</mark>');
    expect(marked('工作组讨论了互联网对环境的影响。', '环境')).toBe('工作组讨论了互联网对<mark>环境</mark>的影响。');
  });

  it("takes ts_headline's marks as offsets into the text, and refuses them when the marked text is not the text", () => {
    const text = 'Le Secrétariat a présenté <les> résolutions.';
    const headline = `le ${open}secretariat${close} a presente <les> ${open}resolutions${close}.`;
    const spans = markedSpans(text, headline);
    expect(spans).toEqual([[3, 14], [32, 43]]);
    expect(highlight(text, spans!)).toBe('Le <mark>Secrétariat</mark> a présenté &lt;les&gt; <mark>résolutions</mark>.');
    // A lower case two characters long shifts every later offset: not used.
    expect(markedSpans('İstanbul office', `i̇stanbul ${open}office${close}`)).toBeNull();
    expect(markedSpans(`a ${open}b${close}`, `a ${open}b${close}`)).toBeNull();
  });

  it('marks words joined by a hyphen once, and leaves words apart apart', () => {
    const text = 'Internet-related public policy, data centres';
    expect(highlight(text, [[0, 8], [9, 16], [17, 23], [24, 30]])).toBe('<mark>Internet-related</mark> <mark>public</mark> <mark>policy</mark>, data centres');
  });
});
