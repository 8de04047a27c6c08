import { describe, expect, it } from 'vitest';
import { workOf } from '../src';

describe('the work a document is one language version of', () => {
  it.each([
    ['T-REC-E.119-201704-A', 'ar', 'itu-t/T-REC-E.119-201704'],
    ['T-REC-E.119-201704-C', 'zh', 'itu-t/T-REC-E.119-201704'],
    ['C22-INF-0005-E', 'en', 'itu-t/C22-INF-0005'],
    ['report-en', 'en', 'itu-t/report'],
    ['council/report_zh', 'zh', 'itu-t/council/report'],
    ['minutes.FR', 'fr', 'itu-t/minutes'],
  ] as const)('is read from a name that ends in the mark of its own language: %s (%s)', (name, language, work) => {
    expect(workOf('itu-t', name, language)).toBe(work);
  });

  it.each([
    ['annex-A', 'en'],
    ['T-REC-E.119-201704-E', 'fr'],
    ['report-en', 'zh'],
    ['report', 'en'],
    ['-E', 'en'],
  ] as const)('is none when the ending is not the mark of the document\'s language: %s (%s)', (name, language) => {
    expect(workOf('itu-t', name, language)).toBeNull();
  });

  it('is the one the manifest declares, whatever the name says', () => {
    expect(workOf('itu-t', 'annex-A', 'en', 'T-REC-E.119')).toBe('T-REC-E.119');
  });
});
