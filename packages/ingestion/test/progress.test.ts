import { describe, expect, it } from 'vitest';
import { formatDuration, progressLine } from '../src/progress';

const LONG_NAME = 'itu-council/reports/2024/council-working-group-on-international-internet-related-public-policy-issues/report-of-the-chair-19th-meeting.docx';

describe('the ingest progress line', () => {
  it('shows the count, the share, the rate, the time left and the whole name on a wide terminal', () => {
    const line = progressLine({ done: 30, total: 120, current: LONG_NAME, rate: 2 }, 240);
    expect(line).toBe(` 30/120 files  25%  2.0/s  ETA 0:45  ${LONG_NAME}`);
    expect(line.length).toBeLessThan(240);
  });

  it('cuts a name in its middle to fit a narrow terminal, keeping the repository and the file, never the counts', () => {
    const line = progressLine({ done: 30, total: 120, current: LONG_NAME, rate: 2 }, 80);
    expect(line.length).toBe(79);
    expect(line.startsWith(' 30/120 files  25%  2.0/s  ETA 0:45  itu-council/')).toBe(true);
    expect(line.endsWith('19th-meeting.docx')).toBe(true);
    expect(line).toContain('…');
    // Too narrow for any of the name: the counts alone.
    expect(progressLine({ done: 30, total: 120, current: LONG_NAME, rate: 2 }, 40)).toBe(' 30/120 files  25%  2.0/s  ETA 0:45');
  });

  it('says the time left is unknown before the first file, and done at the end', () => {
    expect(progressLine({ done: 0, total: 5, current: 'repo/a.txt', rate: 0 }, 120)).toBe('0/5 files   0%  0.0/s  ETA –  repo/a.txt');
    expect(progressLine({ done: 5, total: 5, current: '', rate: 12.5 }, 120)).toBe('5/5 files 100%  12.5/s  done');
  });

  it('writes durations as a clock', () => {
    expect(formatDuration(42)).toBe('0:42');
    expect(formatDuration(725)).toBe('12:05');
    expect(formatDuration(3729)).toBe('1:02:09');
  });
});
