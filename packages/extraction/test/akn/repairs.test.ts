import { describe, expect, it } from 'vitest';
import { describeHeading, findGluedHeadings } from '../../src/akn/headings';
import {
  findTrailingMatter, leadingLabel, leadingNumber, splitFootnotes, splitInlineClauses, stripFootnoteMarkers,
  trailingRecitalIntro,
} from '../../src/akn/noise';
import { parseDocNumber, parseRevision } from '../../src/akn/revision';

// Small hand-written strings in the shape the PP-18 conversion produces.

describe('revision', () => {
  it('reads revised and new instruments', () => {
    expect(parseDocNumber('102 (REV. DUBAI, 2018)')).toEqual({ kind: null, number: 102, revision: { label: 'Rev. Dubai, 2018', place: 'Dubai', year: 2018 } });
    expect(parseDocNumber('RESOLUTION 208 (DUBAI, 2018)')).toEqual({ kind: 'RES', number: 208, revision: { label: 'Dubai, 2018', place: 'Dubai', year: 2018 } });
    expect(parseDocNumber('DECISION 5')).toEqual({ kind: 'DEC', number: 5, revision: null });
    expect(parseDocNumber('Resolution twelve')).toBeNull();
  });

  it('title-cases places the way citations print them', () => {
    expect(parseRevision('REV. BUENOS AIRES, 2017')?.label).toBe('Rev. Buenos Aires, 2017');
    expect(parseRevision('REV. SHARM EL-SHEIKH, 2019')?.place).toBe('Sharm el-Sheikh');
    expect(parseRevision('Rev. Guadalajara, 2010')).toEqual({ label: 'Rev. Guadalajara, 2010', place: 'Guadalajara', year: 2010 });
  });
});

describe('footnotes', () => {
  it('moves a run-in note out of the text', () => {
    const split = splitFootnotes('g) the interests of consumers; ____________________ 1 These include the least developed countries.');
    expect(split).toEqual({ body: 'g) the interests of consumers;', notes: [{ number: '1', text: 'These include the least developed countries.' }] });
  });

  it('reads consecutive notes and resumes the body after them', () => {
    const split = splitFootnotes('to measure EMF, _____ 1 These include LDCs. 2 Guidelines for limiting exposure (up to 300 GHz). 3 IEEE Std C95.1, 3 kHz to 300 GHz. resolves to instruct the Directors 1 to collect');
    expect(split.notes.map((n) => n.number)).toEqual(['1', '2', '3']);
    expect(split.notes[2]!.text).toBe('IEEE Std C95.1, 3 kHz to 300 GHz.');
    expect(split.body).toBe('to measure EMF, resolves to instruct the Directors 1 to collect');
    expect(splitFootnotes('the divide; _____ 2 See the work of Study Group 13. 2 to coordinate studies').body).toBe('the divide; 2 to coordinate studies');
    expect(splitFootnotes('no notes here').notes).toEqual([]);
  });

  it('removes reference marks only for known notes and never from identifiers', () => {
    const notes = new Set(['1', '2', '6']);
    expect(stripFootnoteMarkers('developing countries1 and (UN-SWAP)2; IPv6 and Action Line C6; Sector6.', notes))
      .toEqual({ text: 'developing countries and (UN-SWAP); IPv6 and Action Line C6; Sector.', removed: ['1', '2', '6'] });
    expect(stripFootnoteMarkers('WSIS&SDG3 and networks4', notes).removed).toEqual([]);
  });
});

describe('headings', () => {
  it('finds a heading glued to the end of a paragraph', () => {
    const text = 'to report annually to the Council, instructs the Secretary-General and the Directors of the Bureaux';
    const [found, ...rest] = findGluedHeadings(text);
    expect(rest).toEqual([]);
    expect(found).toMatchObject({ start: text.indexOf('instructs'), end: text.length, follows: 'nothing' });
    expect(found!.heading).toEqual({
      text: 'instructs the Secretary-General and the Directors of the Bureaux',
      verb: 'instructs',
      addressee: 'the Secretary-General and the Directors of the Bureaux',
      block: 'instructs_the_secretary_general_and_the_directors_of_the_bureaux',
    });
  });

  it('separates a heading from the clause glued after it, and stops at the next heading', () => {
    const text = 'to consider the report, invites Member States and Sector Members to participate in EG-ITR, invites the 2022 plenipotentiary conference to consider the report';
    const found = findGluedHeadings(text);
    expect(found.map((h) => h.heading.text)).toEqual(['invites Member States and Sector Members', 'invites the 2022 plenipotentiary conference']);
    expect(text.slice(found[0]!.next)).toMatch(/^to participate in EG-ITR/);
    expect(found[0]!.follows).toBe('clause');
  });

  it('reads compound headings, qualifiers and numbered clauses', () => {
    const text = 'to build confidence and trust, resolves to instruct the Secretary-General, in close collaboration with the Director of BDT 1 to implement a strategy';
    const [found] = findGluedHeadings(text);
    expect(found!.heading).toMatchObject({ verb: 'resolves to instruct', addressee: 'the Secretary-General', block: 'resolves_to_instruct_the_secretary_general' });
    expect(found!.follows).toBe('numbered');
    expect(text.slice(found!.next)).toMatch(/^1 to implement/);
  });

  it('leaves prose that merely mentions an operative verb alone', () => {
    expect(findGluedHeadings('Resolution 8 (Rev. Buenos Aires, 2017) instructs the Director of BDT, among other actions:')).toEqual([]);
    expect(findGluedHeadings('Resolution 70 of this conference, which resolves to incorporate the gender perspective')).toEqual([]);
    expect(findGluedHeadings('Resolution 5 and, in particular, further instructs the Director of BDT thereof, on continuing to promote')).toEqual([]);
    expect(findGluedHeadings('as set out in decides 1 above, resolves 2 above and instructs the Council')).toEqual([]);
  });

  it('describes printed headings', () => {
    expect(describeHeading('invites Member States')).toEqual({ text: 'invites Member States', verb: 'invites', addressee: 'Member States', block: 'invites_member_states' });
    expect(describeHeading('resolves further')).toMatchObject({ addressee: null, block: 'resolves_further' });
  });
});

describe('numbering and structure repairs', () => {
  it('splits clauses run into one paragraph, keeping quantities and sub-items', () => {
    const split = splitInlineClauses('that the term shall not exceed 4 years; 4.1 the Council; 10 that the Council shall merge CWGs; 11 that the cost is 7 per cent;', 9);
    expect(split.lead).toBe('that the term shall not exceed 4 years; 4.1 the Council;');
    expect(split.clauses).toEqual([
      { number: 10, text: 'that the Council shall merge CWGs;' },
      { number: 11, text: 'that the cost is 7 per cent;' },
    ]);
  });

  it('recovers numbers and labels left in the text', () => {
    expect(leadingNumber('1 that the Council is authorized')).toEqual({ number: 1, rest: 'that the Council is authorized' });
    expect(leadingNumber('1 RAG, TSAG and TDAG to continue')).toEqual({ number: 1, rest: 'RAG, TSAG and TDAG to continue' });
    expect(leadingNumber('1000 participants')).toBeNull();
    expect(leadingLabel('a) the strategic plan')).toEqual({ label: 'a)', rest: 'the strategic plan' });
    expect(trailingRecitalIntro('that recommendations remain relevant, noting with appreciation')).toEqual({ text: 'that recommendations remain relevant,', intro: 'noting with appreciation' });
    expect(trailingRecitalIntro('that the Council is noting')).toBeNull();
  });

  it('finds annexes and back matter', () => {
    expect(findTrailingMatter('to provide activities. ANNEX TO RESOLUTION 25 (REV. DUBAI, 2018) Elements for review')).toMatchObject({ kind: 'annex', label: null, heading: 'ANNEX TO RESOLUTION 25 (REV. DUBAI, 2018)' });
    expect(findTrailingMatter('for fellowships. 481 PART IV - LIST OF RESOLUTIONS ABROGATED')).toMatchObject({ kind: 'back-matter', index: 'for fellowships. '.length });
    expect(findTrailingMatter('in accordance with Annex 1 to Resolution 71')).toBeNull();
  });
});
