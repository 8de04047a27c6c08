import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/text';

describe('normalizeText', () => {
  it('composes to NFC', () => {
    const decomposed = 'Re\u0301union de\u0301cide\u0301e';
    expect(decomposed).not.toBe('Réunion décidée');
    expect(normalizeText(decomposed)).toBe('Réunion décidée');
    expect(normalizeText('\u0410\u0306')).toBe('\u04D0'); // Cyrillic A + breve
  });

  it('turns CRLF and lone CR into LF', () => {
    expect(normalizeText('1.1\tone\r\n1.2\ttwo\rthree\u2028four')).toBe('1.1\tone\n1.2\ttwo\nthree\nfour');
  });

  it('removes zero-width characters, soft hyphens and BOMs, even inside words', () => {
    expect(normalizeText('\uFEFFCWG-Inter\u200Bnet and co\u00ADoperation\u2060 \u200D')).toBe('CWG-Internet and cooperation ');
    // Removal happens before composition, so a mark separated by a zero-width space still composes.
    expect(normalizeText('e\u200B\u0301')).toBe('é');
  });

  it('keeps full-width punctuation and digits, which the extractors read', () => {
    const zh = '第１３３号决议（2018年，迪拜，修订版）：“主题”；收到了２０份回复。';
    expect(normalizeText(zh)).toBe(zh);
  });

  it('keeps ordinary white space, including no-break spaces and tabs', () => {
    expect(normalizeText('CWG-\u00A0Internet\t2.5.1')).toBe('CWG-\u00A0Internet\t2.5.1');
  });

  it('is idempotent', () => {
    const once = normalizeText('a\r\nb\u200Bc e\u0301');
    expect(normalizeText(once)).toBe(once);
  });
});
