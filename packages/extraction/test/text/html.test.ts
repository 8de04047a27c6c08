import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../src/text';
import type { Paragraph } from '../../src/types';

function expectSlices(text: string, paragraphs: Paragraph[]): void {
  for (const p of paragraphs) expect(text.slice(p.start, p.end)).toBe(p.text);
}

describe('splitParagraphs (html)', () => {
  it('gives one paragraph per block, source offsets, and a plain form without markup', () => {
    const html = [
      '<!DOCTYPE html>',
      '<html><head><title>Report</title><style>p { margin: 0 }</style></head><body>',
      '<h1>2 Activities</h1>',
      '<p>2.5.1\tThe <b>Secretariat</b> &amp; the BR shall<br>report&nbsp;back.</p>',
      '<ul><li>What is the impact?</li><li>Qu&eacute;l &#233;s &#x263A;</li></ul>',
      '<div>Loose text <p>inner</p> tail</div>',
      '<script>var x = "<p>not text</p>";</script>',
      '</body></html>',
    ].join('\n');
    const ps = splitParagraphs(html, 'html');
    expectSlices(html, ps);
    expect(ps.map((p) => [p.number, p.plain])).toEqual([
      ['2', 'Activities'],
      ['2.5.1', 'The Secretariat & the BR shall report back.'],
      [null, 'What is the impact?'],
      [null, 'Quél és ☺'],
      [null, 'Loose text'],
      [null, 'inner'],
      [null, 'tail'],
    ]);
    expect(ps[1]!.text).toBe('The <b>Secretariat</b> &amp; the BR shall<br>report&nbsp;back.');
  });

  it('falls back to its tag scanner on markup xmldom cannot build (unclosed li and p)', () => {
    const html = '<body><p>1.1 First paragraph<p>1.2 Second &amp; last<ul><li>one<li>two</ul></body>';
    const ps = splitParagraphs(html, 'html');
    expectSlices(html, ps);
    expect(ps.map((p) => [p.number, p.plain])).toEqual([
      ['1.1', 'First paragraph'],
      ['1.2', 'Second & last'],
      [null, 'one'],
      [null, 'two'],
    ]);
  });

  it('returns nothing for a page without text', () => {
    expect(splitParagraphs('<html><body><p> </p><br></body></html>', 'html')).toEqual([]);
  });
});
