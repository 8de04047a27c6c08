import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseAkomaNtoso, isAkomaNtoso, type AknDocument } from '../../src/akn';
import type { InstrumentFact, OperativeClause } from '../../src/types';
// The real documents, read in place (skipped by name where a machine has none).
import { CORPUS, hasCorpus } from '../../../../test/support/corpus';

/**
 * The real PP-18 Final Acts, read in place (never copied into the project). Every expectation
 * below was derived by reading the XML (grep, counting elements), not from the parser's output.
 */
const FILE = path.join(CORPUS, 'pp18-final-acts/pp18_final_acts_akn.xml');

let xml: string;
/** Every document of the Final Acts is an instrument (asserted once, below). */
type InstrumentDocument = AknDocument & { instrument: InstrumentFact };
let docs: InstrumentDocument[];
let byId: Map<string, InstrumentDocument>;

beforeAll(() => {
  if (!hasCorpus) return;
  xml = readFileSync(FILE, 'utf8');
  const started = performance.now();
  const parsed = parseAkomaNtoso(xml);
  const ms = performance.now() - started;
  // The whole ingestion must stay under 10 s; parsing alone should be well under 2 s.
  console.log(`parseAkomaNtoso(${(xml.length / 1e6).toFixed(2)} MB): ${parsed.length} instruments in ${ms.toFixed(0)} ms`);
  const others = parsed.filter((doc) => !doc.instrument).map((doc) => doc.notices);
  if (others.length) throw new Error(`documents read without an instrument: ${JSON.stringify(others)}`);
  docs = parsed as InstrumentDocument[];
  byId = new Map(docs.map((doc) => [doc.instrument.id, doc]));
});

function instrument(id: string): InstrumentDocument {
  const doc = byId.get(id);
  if (!doc) throw new Error(`${id} not parsed`);
  return doc;
}

function clauses(doc: InstrumentDocument, block: string): OperativeClause[] {
  return doc.instrument.operativeClauses.filter((clause) => clause.block === block);
}

/** The raw text of the XML's own <paragraph> elements, to show the noise is really in the input. */
function rawParagraphs(componentEId: string): string[] {
  const dom = new DOMParser().parseFromString(xml, 'text/xml');
  const component = Array.from(dom.getElementsByTagName('component')).find((c) => c.getAttribute('eId') === componentEId) as Element;
  return Array.from(component.getElementsByTagName('paragraph')).map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim());
}

describe.skipIf(!hasCorpus)('PP-18 Final Acts (Akoma Ntoso)', () => {
  it('is recognized as Akoma Ntoso', () => {
    expect(isAkomaNtoso(xml)).toBe(true);
  });

  it('yields 64 instruments: 61 resolutions, decisions 5 and 11, recommendation 7 (README)', () => {
    expect(docs).toHaveLength(64);
    const ids = docs.map((doc) => doc.instrument.id);
    expect(new Set(ids).size).toBe(64);
    expect(ids.filter((id) => id.startsWith('PP-RES-'))).toHaveLength(61);
    expect(ids.filter((id) => !id.startsWith('PP-RES-')).sort()).toEqual(['PP-DEC-11', 'PP-DEC-5', 'PP-REC-7']);
    for (const doc of docs) {
      expect(doc.instrument.issuer).toBe('PP');
      expect(doc.language).toBe('en');
      expect(doc.name).toBe(`${doc.instrument.kind.toLowerCase()}-${doc.instrument.number}`);
    }
    // The component list of the file, in order: dec-5, dec-11, res-2 ... res-213, rec-7.
    expect(docs.slice(0, 3).map((doc) => doc.name)).toEqual(['dec-5', 'dec-11', 'res-2']);
    expect(docs[docs.length - 1]!.name).toBe('rec-7');
  });

  it('accounts for all 1,228 <paragraph> elements of the README', () => {
    // The README's 1,228 "numbered operative paragraphs" is the number of <paragraph> elements.
    const paragraphElements = new DOMParser().parseFromString(xml, 'text/xml').getElementsByTagName('paragraph').length;
    expect(paragraphElements).toBe(1228);

    // Not all of them are operative paragraphs. Counted in the XML:
    // - 122 elements carry annex text, run into the operative part after `ANNEX ... TO RESOLUTION`
    //   (Res 71: 97, Res 208: 13, Dec 5: 6, Res 48: 6), with table cells and page numbers as <num>;
    // - 155 elements carry the volume's back matter, after `PART ... -` headings (Rec 7: 154,
    //   the signatures and declarations; Dec 11: 1, `PART II - DECISION ABROGATED ...`).
    const all = docs.flatMap((doc) => doc.repairs);
    const whole = (kind: string) => all.filter((r) => r.kind === kind && r.detail.startsWith('whole paragraph')).length;
    expect(whole('annex-separated')).toBe(122);
    expect(whole('back-matter-kept')).toBe(155);
    const operativeElements = 1228 - 122 - 155;
    expect(operativeElements).toBe(951);

    // The other way round, the conversion ran clauses into other elements: `...; 10 that ...`
    // inside paragraph 9, whole operative blocks inside the last recital, a heading and its
    // clause glued to the previous paragraph. Each such clause is a `clause-split` repair.
    const splits = all.filter((r) => r.kind === 'clause-split').length;
    const total = docs.reduce((n, doc) => n + doc.instrument.operativeClauses.length, 0);
    expect(total).toBe(operativeElements + splits);
    console.log(`operative clauses: ${total} = 1228 <paragraph> - 122 annex - 155 back matter + ${splits} split off`);
    expect(total).toBe(1139);
  });

  it('numbers the clauses of every block 1..n, or leaves a single clause unnumbered', () => {
    // A missed heading or a wrong split shows up as a gap or restart in the numbering. Two blocks
    // really open with an unnumbered lead-in before their numbered clauses:
    // Res 99 `resolves that, pending any further change ..., the following shall apply:` and
    // Res 130 `instructs the Secretary-General, pursuant to his initiative on this matter:`.
    const leadIns = new Set(['res-99 resolves', 'res-130 instructs_the_secretary_general']);
    for (const doc of docs) {
      const blocks = new Map<string, (string | null)[]>();
      for (const clause of doc.instrument.operativeClauses) {
        const key = clause.source.paragraph!.split('/')[0]!;
        blocks.set(key, [...(blocks.get(key) ?? []), clause.number]);
      }
      for (const [key, numbers] of blocks) {
        const numbered = leadIns.has(`${doc.name} ${key}`) ? numbers.slice(1) : numbers;
        if (numbered.length === 1 && numbered[0] === null) continue;
        expect(numbered, `${doc.name} ${key}`).toEqual(numbered.map((_, i) => String(i + 1)));
      }
    }
  });

  it('reads PP-RES-102: revision, title, recitals and its operative blocks', () => {
    const doc = instrument('PP-RES-102');
    const fact: InstrumentFact = doc.instrument;
    expect(fact).toMatchObject({ issuer: 'PP', kind: 'RES', number: 102 });
    expect(fact.revision).toEqual({ label: 'Rev. Dubai, 2018', place: 'Dubai', year: 2018 });
    // The conversion cut the title short: `... pertaining to the Internet and th`.
    expect(doc.title).toMatch(/^ITU's role with regard to international public policy issues pertaining to the Internet/);
    // 47 <recital> elements, the first one `a)` without its <num>.
    expect(fact.recitals).toHaveLength(47);
    expect(fact.recitals[0]).toMatchObject({ label: 'a)', intro: 'recalling' });
    expect(fact.recitals[0]!.text).toMatch(/^relevant resolutions of the United Nations General Assembly/);

    const blocks = [...new Set(fact.operativeClauses.map((c) => c.block))];
    expect(blocks).toEqual([
      'resolves',
      'instructs_the_secretary_general',
      'instructs_the_directors_of_the_bureaux',
      'instructs_the_director_of_the_telecommunication_standardization_bureau',
      'instructs_the_director_of_the_telecommunication_development_bureau',
      'instructs_the_itu_council_working_group_on_international_internet_related_public_policy_issues',
      'instructs_the_itu_council',
      'invites_member_states',
      'invites_member_states_and_sector_members',
    ]);
    expect(clauses(doc, 'resolves').map((c) => c.number)).toEqual(['1', '2', '3', '4']);
    expect(clauses(doc, 'instructs_the_secretary_general').map((c) => c.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(clauses(doc, 'instructs_the_secretary_general')[0]).toMatchObject({ addressee: 'the Secretary-General' });
    expect(clauses(doc, 'resolves')[0]).toMatchObject({ addressee: null, source: { paragraph: 'resolves/1' } });
    // Paragraph 1 of `resolves` has no <num>; its text starts with `1 to explore ways and means`.
    expect(clauses(doc, 'resolves')[0]!.text).toMatch(/^to explore ways and means, in accordance with the Tunis Agenda/);
    // The single unnumbered clause of the last block.
    expect(clauses(doc, 'invites_member_states_and_sector_members')).toEqual([
      expect.objectContaining({ number: null, addressee: 'Member States and Sector Members', source: expect.objectContaining({ paragraph: 'invites_member_states_and_sector_members' }) }),
    ]);
  });

  it('reads PP-RES-101 with its recitals and a new instrument revision without "Rev."', () => {
    const res101 = instrument('PP-RES-101');
    expect(res101.instrument.recitals).toHaveLength(41);
    expect(res101.instrument.recitals[1]!.text).toBe('Resolutions 102, 130, 133, 180 and 197 (Rev. Dubai, 2018) of this conference;');
    expect(res101.instrument.recitals[1]!.source.paragraph).toBe('recital/2');
    // New instruments print `(DUBAI, 2018)`: the revision names the adopting conference.
    expect(instrument('PP-REC-7').instrument.revision).toEqual({ label: 'Dubai, 2018', place: 'Dubai', year: 2018 });
    expect(instrument('PP-RES-208').instrument.revision).toEqual({ label: 'Dubai, 2018', place: 'Dubai', year: 2018 });
    expect(instrument('PP-DEC-5').instrument.revision?.label).toBe('Rev. Dubai, 2018');
  });

  it('splits an operative heading glued to the end of the previous paragraph', () => {
    // In the XML, paragraph 8 of Res 102's `instructs the Secretary-General` block ends with the
    // next block's heading, and paragraphs 1-3 of that next block follow in the same hcontainer.
    const raw = rawParagraphs('cmp_res_102').find((p) => p.startsWith('8 to continue to disseminate'));
    expect(raw).toMatch(/, instructs the Directors of the Bureaux$/);

    const doc = instrument('PP-RES-102');
    const sg8 = clauses(doc, 'instructs_the_secretary_general')[7]!;
    expect(sg8.number).toBe('8');
    expect(sg8.text).toMatch(/^to continue to disseminate, as appropriate, the reports of CWG-Internet/);
    expect(sg8.text).not.toMatch(/instructs the Directors of the Bureaux/);
    const next = doc.instrument.operativeClauses[doc.instrument.operativeClauses.indexOf(sg8) + 1]!;
    expect(next).toMatchObject({ block: 'instructs_the_directors_of_the_bureaux', addressee: 'the Directors of the Bureaux', number: '1' });
    expect(next.text).toMatch(/^to contribute to CWG-Internet concerning the activities/);
    // The heading became its own (unnumbered) paragraph just before the clause.
    const heading = doc.paragraphs[doc.paragraphs.findIndex((p) => p.start === next.source.start) - 1]!;
    expect(heading).toMatchObject({ number: null, text: 'instructs the Directors of the Bureaux' });

    // Decision 5: a heading with a qualifier; its addressee is the Secretary-General.
    const dec5 = instrument('PP-DEC-5');
    expect(clauses(dec5, 'decides').map((c) => c.number)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(clauses(dec5, 'decides')[6]!.text).toMatch(/above 6 per cent of total annual expenses,$/);
    expect(dec5.paragraphs.map((p) => p.text)).toContain('instructs the Secretary-General, with the assistance of the Coordination Committee');
  });

  it('moves run-in footnotes aside and keeps clause text clean', () => {
    // In the XML: `4 to continue the CWG-Internet activities as listed in the relevant Council
    // resolutions, ____________________ 2 Including, but not limited to, the Internet Corporation ...`
    expect(rawParagraphs('cmp_res_102').find((p) => p.startsWith('4 to continue the CWG-Internet')))
      .toMatch(/resolutions, _{20} 2 Including, but not limited to, the Internet Corporation/);

    const doc = instrument('PP-RES-102');
    const resolves4 = clauses(doc, 'resolves')[3]!;
    expect(resolves4.text).toBe('to continue the CWG-Internet activities as listed in the relevant Council resolutions,');
    const note = doc.instrument.footnotes.find((f) => f.number === '2')!;
    expect(note.text).toMatch(/^Including, but not limited to, the Internet Corporation for Assigned Names and Numbers \(ICANN\)/);
    expect(note.source.paragraph).toBe('footnote/2');
    // Its reference mark `organizations2` in resolves 1 was removed, and points to that clause.
    expect(note.anchor).toBe('resolves/1');
    expect(clauses(doc, 'resolves')[0]!.text).toContain('relevant organizations involved');

    // Res 140: after the note, the body resumes with clauses 10 and 11 of `resolves`.
    const res140 = instrument('PP-RES-140');
    expect(res140.instrument.footnotes.find((f) => f.number === '3')?.text).toBe('See requests the ITU Council 3 below.');
    expect(clauses(res140, 'resolves').map((c) => c.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11']);
    expect(clauses(res140, 'resolves')[9]!.text).toMatch(/^that the ITU Telecommunication Development Sector \(ITU-D\) shall give high priority/);

    // No rule line or note text is left in any recital or clause.
    for (const doc of docs) {
      for (const item of [...doc.instrument.recitals, ...doc.instrument.operativeClauses]) {
        expect(item.text).not.toMatch(/_{5,}/);
        expect(item.text).not.toContain('These include the least developed countries, small island developing states');
      }
    }
    expect(docs.reduce((n, d) => n + d.instrument.footnotes.length, 0)).toBe(63);
  });

  it('ends the preamble where the operative part was run into the last recital', () => {
    // Res 176: recital i) carries three footnotes and then `resolves to instruct the Directors of
    // the three Bureaux 1 to collect ...`, followed by three more blocks.
    const doc = instrument('PP-RES-176');
    const last = doc.instrument.recitals[doc.instrument.recitals.length - 1]!;
    expect(last.text).toBe('that most of the developing countries do not have the necessary tools to measure and evaluate the impact of radiowaves on the human body,');
    expect(doc.instrument.footnotes.map((f) => f.number)).toEqual(['1', '2', '3']);
    expect(clauses(doc, 'resolves_to_instruct_the_directors_of_the_three_bureaux').map((c) => c.number)).toEqual(['1', '2']);
    expect(clauses(doc, 'instructs_the_director_of_the_telecommunication_development_bureau')).toHaveLength(5);
  });

  it('keeps annexes and back matter out of the operative clauses, as paragraphs of their own', () => {
    const res71 = instrument('PP-RES-71');
    expect(clauses(res71, 'invites_sector_members')).toHaveLength(1);
    expect(clauses(res71, 'invites_sector_members')[0]!.text).toBe('to communicate their views on the strategic plan of the Union through their relevant Sectors and the corresponding advisory groups.');
    expect(res71.paragraphs.filter((p) => p.number === null).map((p) => p.text)).toEqual(expect.arrayContaining([
      'ANNEX 1 TO RESOLUTION 71 (REV. DUBAI, 2018)', 'ANNEX 2 TO RESOLUTION 71 (REV. DUBAI, 2018)', 'ANNEX 3 TO RESOLUTION 71 (REV. DUBAI, 2018)',
    ]));
    const rec7 = instrument('PP-REC-7');
    expect(rec7.instrument.operativeClauses.map((c) => c.source.paragraph)).toEqual([
      'recommends/1', 'recommends/2', 'instructs_the_secretary_general/1', 'instructs_the_secretary_general/2',
    ]);
    // The volume's back matter run into the last instrument is kept, as paragraphs of its own after the clauses.
    expect(rec7.paragraphs.find((p) => p.text.includes('SIGNATORIES'))?.number).toMatch(/^back-matter\/\d+$/);
    for (const doc of docs) {
      for (const clause of doc.instrument.operativeClauses) expect(clause.text).not.toMatch(/ANNEX \d* ?TO |PART [IVX]+ - /);
    }
  });

  it('quotes every paragraph, recital, clause and footnote exactly', () => {
    for (const doc of docs) {
      expect(doc.text).toBe(doc.paragraphs.map((p) => p.text).join('\n\n'));
      let previousEnd = -2;
      for (const p of doc.paragraphs) {
        expect(doc.text.slice(p.start, p.end)).toBe(p.text);
        expect(p.start).toBe(previousEnd + 2);
        previousEnd = p.end;
      }
      const spans = [
        ...doc.instrument.recitals.map((r) => r.source),
        ...doc.instrument.operativeClauses.map((c) => c.source),
        ...doc.instrument.footnotes.map((f) => f.source),
      ];
      for (const span of spans) expect(doc.text.slice(span.start, span.end)).toBe(span.quote);
      for (const clause of doc.instrument.operativeClauses) expect(clause.text).toBe(clause.source.quote);
      const numbers = doc.paragraphs.map((p) => p.number).filter((n) => n !== null);
      expect(new Set(numbers).size, `${doc.name} paragraph numbers are unique`).toBe(numbers.length);
    }
  });
});
