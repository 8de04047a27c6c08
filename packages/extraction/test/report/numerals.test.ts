import { describe, expect, it } from 'vitest';
import { parseChineseNumeral } from '../../src/report';

describe('parseChineseNumeral', () => {
  it('reads numbers written with units', () => {
    const cases: [string, number][] = [
      ['一', 1], ['十', 10], ['十六', 16], ['十七', 17], ['二十', 20], ['二十一', 21], ['九十九', 99],
      ['一百', 100], ['一百一十一', 111], ['一百零五', 105], ['两百', 200], ['三千零二', 3002],
      ['一千零一十', 1010], ['一万二千', 12000], ['两万', 20000], ['一亿', 100_000_000],
    ];
    for (const [input, value] of cases) expect(parseChineseNumeral(input), input).toBe(value);
  });

  it('reads zero and digit-by-digit writing', () => {
    expect(parseChineseNumeral('〇')).toBe(0);
    expect(parseChineseNumeral('零')).toBe(0);
    expect(parseChineseNumeral('二〇二二')).toBe(2022);
    expect(parseChineseNumeral('二零二一')).toBe(2021);
  });

  it('reads Arabic and full-width digits', () => {
    expect(parseChineseNumeral('17')).toBe(17);
    expect(parseChineseNumeral('１７')).toBe(17);
    expect(parseChineseNumeral(' 111 ')).toBe(111);
  });

  it('returns null for anything else', () => {
    for (const input of ['', '  ', 'abc', '十十', '百百', '万', '十五a', '1.5', '-3', '一百百']) {
      expect(parseChineseNumeral(input), input).toBeNull();
    }
  });
});
