import { expect } from 'vitest';
import type { SourceSpan } from '../../src/types';

/** Every SourceSpan inside a value (facts, evidence maps), wherever it sits. */
export function allSpans(value: unknown, out: SourceSpan[] = []): SourceSpan[] {
  if (Array.isArray(value)) {
    for (const v of value) allSpans(v, out);
  } else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.quote === 'string' && typeof o.start === 'number' && typeof o.end === 'number') out.push(o as unknown as SourceSpan);
    for (const v of Object.values(o)) allSpans(v, out);
  }
  return out;
}

/** Each span quotes exactly the text at its offsets. */
export function expectExactQuotes(text: string, value: unknown): void {
  const spans = allSpans(value);
  expect(spans.length).toBeGreaterThan(0);
  for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.quote);
}

const ZH_DIGITS = '零一二三四五六七八九';

/** 16 → 十六, 20 → 二十, 111 → 一百一十一 (enough for meeting numbers in tests). */
export function chineseNumber(n: number): string {
  if (n < 10) return ZH_DIGITS[n]!;
  if (n < 20) return `十${n % 10 ? ZH_DIGITS[n % 10] : ''}`;
  if (n < 100) return `${ZH_DIGITS[Math.floor(n / 10)]}十${n % 10 ? ZH_DIGITS[n % 10] : ''}`;
  return String(n);
}

/** The quote states the number, in digits or in Chinese numerals. */
export function expectStatesNumber(span: SourceSpan | undefined, n: number): void {
  expect(span).toBeDefined();
  const forms = [String(n), chineseNumber(n)];
  expect(forms.some((f) => span!.quote.includes(f)), `${span!.quote} should state ${n}`).toBe(true);
}

/** The quote states the date: `2021年9月23日`, `2021年10月`, `23 September 2021`, `2022年1月19-20日`. */
export function expectStatesDate(span: SourceSpan | undefined, iso: string): void {
  expect(span).toBeDefined();
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number | undefined];
  const month = new Date(Date.UTC(2000, m - 1, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' });
  const zh = d ? new RegExp(`${y}年${m}月(?:\\d+\\s*[-–至]\\s*)?${d}日|${y}年${m}月${d}\\s*[-–至]`) : new RegExp(`${y}年${m}月`);
  const en = d ? new RegExp(`\\b${d}\\b[^.]{0,20}${month}[^.]{0,20}${y}|${month}[^.]{0,20}${y}`) : new RegExp(`${month}[^.]{0,25}${y}`);
  expect(zh.test(span!.quote) || en.test(span!.quote), `${span!.quote} should state ${iso}`).toBe(true);
}
