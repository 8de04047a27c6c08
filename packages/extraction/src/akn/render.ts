import type { InstrumentFact, OperativeClause, Paragraph, SourceSpan } from '../types';
import type { InstrumentMeta } from './metadata';
import type { BodyModel, ClauseModel, RecitalModel } from './structure';

/**
 * Writes the repaired instrument as plain text, one paragraph per heading, recital, clause,
 * footnote and annex paragraph, joined by a blank line. Offsets are taken while writing, so
 * `text.slice(start, end)` is always exactly the quoted paragraph.
 */
class TextWriter {
  private readonly parts: string[] = [];
  private length = 0;
  readonly paragraphs: Paragraph[] = [];

  add(number: string | null, text: string): SourceSpan {
    const start = this.parts.length ? this.length + 2 : 0;
    this.parts.push(text);
    this.length = start + text.length;
    this.paragraphs.push({ number, text, start, end: this.length });
    return { paragraph: number, start, end: this.length, quote: text };
  }

  text(): string {
    return this.parts.join('\n\n');
  }
}

export interface Rendered {
  text: string;
  paragraphs: Paragraph[];
  instrument: InstrumentFact;
}

export function render(meta: InstrumentMeta, body: BodyModel, title: string | null): Rendered {
  const out = new TextWriter();
  out.add(null, meta.heading);
  if (title) out.add(null, title);
  if (body.formula) out.add(null, body.formula);

  const spans = new Map<RecitalModel | ClauseModel, SourceSpan>();
  const recitals: InstrumentFact['recitals'] = [];
  let recitalNumber = 0;
  for (const group of body.groups) {
    if (group.intro) out.add(null, group.intro);
    for (const recital of group.recitals) {
      if (!recital.text) continue;
      const source = out.add(`recital/${++recitalNumber}`, recital.text);
      spans.set(recital, source);
      recitals.push({ text: recital.text, source, label: recital.label, intro: group.intro });
    }
  }

  const operativeClauses: OperativeClause[] = [];
  const seenBlocks = new Map<string, number>();
  for (const block of body.blocks) {
    const seen = (seenBlocks.get(block.name) ?? 0) + 1;
    seenBlocks.set(block.name, seen);
    const key = seen > 1 ? `${block.name}~${seen}` : block.name;
    if (block.heading) out.add(null, block.heading);
    for (const clause of block.clauses) {
      const source = out.add(clause.number === null ? key : `${key}/${clause.number}`, clause.text);
      spans.set(clause, source);
      operativeClauses.push({ block: block.name, addressee: block.addressee, number: clause.number, text: clause.text, source });
    }
  }

  const footnotes: InstrumentFact['footnotes'] = [];
  const seenNotes = new Map<string, number>();
  for (const note of body.notes) {
    const seen = (seenNotes.get(note.number) ?? 0) + 1;
    seenNotes.set(note.number, seen);
    const source = out.add(`footnote/${note.number}${seen > 1 ? `~${seen}` : ''}`, note.text);
    footnotes.push({ text: note.text, source, number: note.number, anchor: note.anchor ? spans.get(note.anchor)?.paragraph ?? null : null });
  }

  body.annexes.forEach((annex) => {
    const key = annex.label ? `annex_${annex.label}` : 'annex';
    out.add(null, annex.heading);
    annex.paragraphs.forEach((paragraph, i) => out.add(`${key}/${i + 1}`, paragraph));
  });
  body.backMatter.forEach((paragraph, i) => out.add(`back-matter/${i + 1}`, paragraph));

  return {
    text: out.text(),
    paragraphs: out.paragraphs,
    instrument: {
      id: `${meta.issuer}-${meta.kind}-${meta.number}`,
      issuer: meta.issuer,
      kind: meta.kind,
      number: meta.number,
      revision: meta.revision,
      title,
      recitals,
      operativeClauses,
      footnotes,
    },
  };
}
