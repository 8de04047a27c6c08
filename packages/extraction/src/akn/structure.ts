import type { Element } from '@xmldom/xmldom';
import { childElements, elementPath, elementText, firstChild, textOf } from './dom';
import { describeHeading, findGluedHeadings, type OperativeHeading } from './headings';
import {
  findTrailingMatter, joinText, leadingLabel, leadingNumber, splitFootnotes, splitInlineClauses,
  stripFootnoteMarkers, trailingRecitalIntro,
} from './noise';
import { readGenericDocument } from './generic';
import { HIERARCHY, LISTS, READ_BY_PARENT, TEXT_BLOCKS, TEXT_UNITS, isDocumentElement } from './elements';
import type { AknRepair, AknRepairKind } from './types';

/**
 * The logical content of one instrument, read from its preamble and main body with the
 * conversion noise repaired. Rendering it to text with offsets is render.ts's job, so that every
 * repair (moving text between paragraphs, splitting a heading off) can happen before any offset
 * exists.
 */
/** The element a piece of text came from: its path (eIds repeat, so also its line). */
export interface Where { path: string; line: number | null }
export interface RecitalModel { label: string | null; text: string; where: Where }
export interface RecitalGroupModel { intro: string | null; recitals: RecitalModel[] }
export interface ClauseModel { number: string | null; text: string; where: Where }
export interface BlockModel {
  name: string;
  heading: string;
  addressee: string | null;
  clauses: ClauseModel[];
  where: Where;
}
export interface NoteModel {
  number: string;
  text: string;
  where: Where;
  /** The recital or clause that carries the reference mark, when it was found. */
  anchor: RecitalModel | ClauseModel | null;
}
export interface AnnexModel { label: string | null; heading: string; paragraphs: string[] }
export interface BodyModel {
  formula: string | null;
  groups: RecitalGroupModel[];
  blocks: BlockModel[];
  notes: NoteModel[];
  annexes: AnnexModel[];
  /** The volume's back matter run into this instrument (part titles, lists of abrogated instruments, signatures), kept as paragraphs. */
  backMatter: string[];
  repairs: AknRepair[];
}

type Mode = 'preamble' | 'operative' | 'annex' | 'back-matter';

export function readBody(statement: Element): BodyModel {
  const builder = new BodyBuilder();
  const preamble = firstChild(statement, 'preamble');
  if (preamble) builder.preamble(preamble);
  // Statements have a mainBody; acts and bills a body.
  const mainBody = firstChild(statement, 'mainBody') ?? firstChild(statement, 'body');
  if (mainBody) builder.operative(mainBody);
  const conclusions = firstChild(statement, 'conclusions');
  if (conclusions) builder.conclusions(conclusions);
  const attachments = firstChild(statement, 'attachments');
  if (attachments) builder.attachments(attachments);
  return builder.finish();
}


/**
 * `considering`, `recognizing further`, `notant avec préoccupation`: a short line that starts in lower case and
 * does not end a sentence introduces the recitals after it.
 */
function isRecitalIntro(text: string): boolean {
  return text.length <= 60 && text.split(/\s+/).length <= 6 && /^\p{Ll}/u.test(text) && !/[.;]$/.test(text);
}

class BodyBuilder {
  private readonly model: BodyModel = { formula: null, groups: [], blocks: [], notes: [], annexes: [], backMatter: [], repairs: [] };
  private mode: Mode = 'preamble';
  private block: BlockModel | null = null;
  private clause: ClauseModel | null = null;

  preamble(preamble: Element): void {
    this.model.formula = textOf(firstChild(preamble, 'formula')) || null;
    // AKN groups recitals in <recitals>; AKN4UN writes preamble paragraphs as <container>s, <p>s and <blockList>s.
    const units = childElements(preamble).filter((el) => el.localName !== 'formula' && textOf(el));
    units.forEach((unit, index) => {
      // The operative part can only have run into the preamble's last unit.
      const last = index === units.length - 1;
      const name = unit.localName ?? '';
      if (name === 'recitals' || name === 'citations') {
        this.model.groups.push({ intro: textOf(firstChild(unit, 'intro')) || null, recitals: [] });
        for (const recital of childElements(unit).filter((el) => el.localName === 'recital' || el.localName === 'citation')) this.recital(recital, last);
      } else if (LISTS.has(name)) {
        const intro = textOf(firstChild(unit, 'listIntroduction'));
        if (intro || !this.model.groups.length) this.model.groups.push({ intro: intro || null, recitals: [] });
        for (const item of childElements(unit).filter((el) => el.localName !== 'listIntroduction')) this.recital(item, last);
      } else if (name !== 'recital' && isRecitalIntro(textOf(unit))) {
        this.model.groups.push({ intro: textOf(unit), recitals: [] });
      } else {
        if (name === 'recital' || !this.model.groups.length) this.model.groups.push({ intro: null, recitals: [] });
        if (name !== 'recital' && name !== 'container' && name !== 'p' && name !== 'blockContainer') {
          this.repair('element-kept', whereOf(unit), `<${unit.tagName}> in the preamble (read as a recital)`);
        }
        this.recital(unit, last);
      }
    });
  }

  operative(container: Element): void {
    for (const child of childElements(container)) {
      const name = child.localName ?? '';
      if (READ_BY_PARENT.has(name)) continue;
      const headingEl = firstChild(child, 'heading');
      if (name === 'hcontainer' || (HIERARCHY.has(name) && headingEl)) {
        const heading = describeHeading(textOf(headingEl));
        this.openBlock({ ...heading, block: child.getAttribute('name') || heading.block }, whereOf(child));
        this.operative(child);
      } else if (HIERARCHY.has(name)) {
        this.operative(child);
      } else if (TEXT_UNITS.has(name) || TEXT_BLOCKS.has(name)) {
        if (textOf(child)) this.paragraph(child);
      } else if (LISTS.has(name)) {
        this.operative(child);
      } else if (textOf(child)) {
        this.repair('element-kept', whereOf(child), `<${child.tagName}> in the main body (read as a clause)`);
        this.paragraph(child);
      }
    }
  }

  /** Text after the operative part (a signature, a closing formula) is kept after the annexes. */
  conclusions(conclusions: Element): void {
    for (const child of childElements(conclusions)) {
      const text = textOf(child);
      if (text) this.model.backMatter.push(text);
    }
  }

  /** Each attached document (an annex in AKN's own markup) is an annex, read as headings and paragraphs. */
  attachments(attachments: Element): void {
    for (const attachment of childElements(attachments, 'attachment')) {
      for (const doc of childElements(attachment).filter(isDocumentElement)) {
        const read = readGenericDocument(doc);
        const heading = read.title ?? 'Annex';
        this.model.annexes.push({ label: null, heading, paragraphs: read.paragraphs.map((paragraph) => paragraph.text).filter((text) => text !== heading) });
      }
    }
  }

  finish(): BodyModel {
    this.inferFirstNumbers();
    this.stripMarkers();
    for (const block of this.model.blocks) block.clauses = block.clauses.filter((clause) => clause.text !== '');
    return this.model;
  }

  private recital(el: Element, lastGroup: boolean): void {
    const where = whereOf(el);
    const num = textOf(firstChild(el, 'num')) || null;
    let text = this.unitText(el, where);
    if (this.mode !== 'preamble') {
      // Recital elements after the operative part began are its continuation (`i) ... v) ...`).
      this.feed(joinText(num ?? '', text), where, (lead) => this.appendClause(lead, where));
      return;
    }
    let label = num;
    if (!label) {
      const lead = leadingLabel(text);
      if (lead) {
        label = lead.label;
        text = lead.rest;
        this.repair('label-recovered', where, lead.label);
      }
    }
    const group = this.model.groups[this.model.groups.length - 1]!;
    const headings = lastGroup ? findGluedHeadings(text) : [];
    if (!headings.length) {
      const glued = trailingRecitalIntro(text);
      group.recitals.push({ label, text: glued ? glued.text : text, where });
      if (glued) {
        // The recitals that follow belong to the glued intro's group.
        this.model.groups.push({ intro: glued.intro, recitals: [] });
        this.repair('intro-split', where, glued.intro);
      }
      return;
    }
    group.recitals.push({ label, text: text.slice(0, headings[0]!.start).trimEnd(), where });
    this.mode = 'operative';
    this.repair('preamble-ended', where, headings[0]!.heading.text);
    this.feed(text, where, () => undefined);
  }

  private paragraph(el: Element): void {
    const where = whereOf(el);
    const num = textOf(firstChild(el, 'num')) || null;
    const read = elementText(el, ['num']);
    if (this.mode === 'annex' || this.mode === 'back-matter') {
      this.trailing(joinText(num ?? '', read.text), where, true);
      return;
    }
    // Annexes and the volume's back matter start inside the last operative paragraph.
    const trailing = findTrailingMatter(read.text);
    if (trailing && !read.text.slice(0, trailing.index).trim()) {
      this.trailing(read.text, where, true);
      return;
    }
    const rest = trailing ? read.text.slice(trailing.index) : '';
    let text = this.cleanUnit(trailing ? read.text.slice(0, trailing.index).trim() : read.text, read.notes, where);
    this.mode = 'operative';

    let number = num;
    if (!number) {
      // The first paragraph of each block lost its <num>; often the number is still the text's first word.
      const lead = leadingNumber(text);
      if (lead && lead.number === this.expectedNumber()) {
        number = String(lead.number);
        text = lead.rest;
        this.repair('number-recovered', where, `${this.block?.name ?? 'body'} ${number}`);
      }
    }
    this.startClause(number, where);
    this.feed(text, where, (lead) => this.appendClause(lead, where));
    if (rest) this.trailing(rest, where, false);
  }

  /** Text of a recital or paragraph with run-in footnotes moved aside. */
  private unitText(el: Element, where: Where): string {
    const { text, notes } = elementText(el, ['num']);
    return this.cleanUnit(text, notes, where);
  }

  private cleanUnit(text: string, authorial: { marker: string | null; text: string }[], where: Where): string {
    // Proper AKN footnotes (<authorialNote>) need no repair; keep them with the run-in ones.
    authorial.forEach((note, i) => this.model.notes.push({ number: note.marker ?? String(i + 1), text: note.text, where, anchor: null }));
    const split = splitFootnotes(text);
    for (const note of split.notes) {
      this.model.notes.push({ number: note.number, text: note.text, where, anchor: null });
      this.repair('footnote-moved', where, `${note.number} ${clip(note.text)}`);
    }
    return split.body;
  }

  /**
   * Operative text: what precedes the first glued heading goes to `onLead`; each glued heading
   * opens a new block, and the text after it becomes that block's clause(s).
   */
  private feed(text: string, where: Where, onLead: (lead: string) => void): void {
    const headings = findGluedHeadings(text);
    onLead(headings.length ? text.slice(0, headings[0]!.start).trimEnd() : text);
    headings.forEach((found, i) => {
      this.openBlock(found.heading, where);
      this.repair('heading-split', where, found.heading.text);
      const end = i + 1 < headings.length ? headings[i + 1]!.start : text.length;
      const after = text.slice(found.next, end).trim();
      if (!after) return;
      const first = found.follows === 'numbered' ? leadingNumber(after) : null;
      const number = first?.number === 1 ? '1' : null;
      // A clause that starts inside another element's text is a split, like `...; 10 that`.
      this.startClause(number, where);
      this.repair('clause-split', where, `${this.block!.name} ${number ?? '(unnumbered)'}`);
      this.appendClause(number ? first!.rest : after, where);
    });
  }

  private appendClause(text: string, where: Where): void {
    if (!text) return;
    if (!this.clause) this.startClause(null, where);
    const clause = this.clause!;
    const { lead, clauses } = splitInlineClauses(text, Number(clause.number ?? 0) || 0);
    clause.text = joinText(clause.text, lead);
    for (const split of clauses) {
      this.startClause(String(split.number), where);
      this.clause!.text = split.text;
      this.repair('clause-split', where, `${this.block!.name} ${split.number}`);
    }
  }

  /**
   * Text after an annex or back-matter heading. One repair per element: `wholeElement` tells a
   * `<paragraph>` that lies entirely in an annex or the back matter from the operative paragraph
   * the annex started in.
   */
  private trailing(text: string, where: Where, wholeElement: boolean): void {
    const headings: string[] = [];
    let rest = text;
    while (rest && this.mode !== 'back-matter') {
      const cut = findTrailingMatter(rest);
      const before = (cut ? rest.slice(0, cut.index) : rest).trim();
      if (before && this.mode === 'annex') this.model.annexes[this.model.annexes.length - 1]!.paragraphs.push(before);
      if (!cut) break;
      headings.push(cut.heading);
      if (cut.kind === 'back-matter') {
        this.mode = 'back-matter';
        rest = rest.slice(cut.index);
      } else {
        this.mode = 'annex';
        this.model.annexes.push({ label: cut.label, heading: cut.heading, paragraphs: [] });
        rest = rest.slice(cut.end).trim();
      }
    }
    const backMatter = this.mode === 'back-matter' && (rest || !headings.length);
    if (backMatter && rest.trim()) this.model.backMatter.push(rest.trim());
    const kind: AknRepairKind = backMatter ? 'back-matter-kept' : 'annex-separated';
    const what = wholeElement ? 'whole paragraph' : 'end of paragraph';
    this.repair(kind, where, `${what}${headings.length ? ` (${headings.join(' | ')})` : ''}: ${clip(backMatter ? rest : text)}`);
  }

  private openBlock(heading: OperativeHeading, where: Where): void {
    this.block = { name: heading.block, heading: heading.text, addressee: heading.addressee, clauses: [], where };
    this.model.blocks.push(this.block);
    this.clause = null;
    this.mode = 'operative';
  }

  private startClause(number: string | null, where: Where): void {
    // Paragraphs directly under mainBody, outside any hcontainer, form an unnamed block.
    if (!this.block) this.openBlock({ text: '', verb: '', addressee: null, block: 'body' }, where);
    this.clause = { number, text: '', where };
    this.block!.clauses.push(this.clause);
  }

  private expectedNumber(): number {
    const clauses = this.block?.clauses ?? [];
    const last = clauses[clauses.length - 1];
    return last ? (Number(last.number) || 0) + 1 : 1;
  }

  /** `[_, 2, 3]`: the unnumbered first paragraph is paragraph 1. */
  private inferFirstNumbers(): void {
    for (const block of this.model.blocks) {
      const [first, second] = block.clauses;
      if (first && second && first.number === null && second.number === '2') {
        first.number = '1';
        this.repair('number-inferred', first.where, `${block.name} 1`);
      }
    }
  }

  private stripMarkers(): void {
    const numbers = new Set(this.model.notes.map((note) => note.number).filter((n) => /^\d+$/.test(n)));
    const strip = (item: RecitalModel | ClauseModel): void => {
      const { text, removed } = stripFootnoteMarkers(item.text, numbers);
      item.text = text;
      for (const number of removed) {
        const note = this.model.notes.find((n) => n.number === number && !n.anchor) ?? this.model.notes.find((n) => n.number === number);
        if (note && !note.anchor) note.anchor = item;
        this.repair('footnote-mark-removed', item.where, number);
      }
    };
    for (const group of this.model.groups) group.recitals.forEach(strip);
    for (const block of this.model.blocks) block.clauses.forEach(strip);
  }

  private repair(kind: AknRepairKind, where: Where, detail: string): void {
    this.model.repairs.push({ kind, where: where.path, line: where.line, detail });
  }
}

function whereOf(el: Element): Where {
  return { path: elementPath(el), line: el.lineNumber ?? null };
}

function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
