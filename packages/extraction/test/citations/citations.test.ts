import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCitations, parseAkomaNtoso, type Citation } from '../../src';
// The real documents, read in place (skipped by name where a machine has none).
import { CORPUS, hasCorpus } from '../../../../test/support/corpus';

const ids = (citations: Citation[]) => citations.map((citation) => citation.resolution);

describe('citations written by the tests', () => {
  it.each([
    ['Resolution 102 (Rev. Dubai, 2018)', 'PP-RES-102', 'Rev. Dubai, 2018'],
    ['Résolution 101 (Rév. Bucarest, 2022)', 'PP-RES-101', 'Rev. Bucharest, 2022'],
    ['Resolución 102 (Rev. Dubái, 2018)', 'PP-RES-102', 'Rev. Dubai, 2018'],
    ['Резолюция 102 (Пересм. Дубай, 2018 г.)', 'PP-RES-102', 'Rev. Dubai, 2018'],
    ['第102号决议（2018年，迪拜，修订版）', 'PP-RES-102', 'Rev. Dubai, 2018'],
    ['القرار 102 (المراجَع في دبي، 2018)', 'PP-RES-102', 'Rev. Dubai, 2018'],
    ['Council Resolution 1305', 'C-RES-1305', null],
    ['理事会第1336号决议', 'C-RES-1336', null],
    ['PP Decision 11', 'PP-DEC-11', null],
    ['Resolution 30 (Rev. Dubai, 2014) of the World Telecommunication Development Conference', 'WTDC-RES-30', 'Rev. Dubai, 2014'],
    ['Resolution 69 (Rev. Hammamet, 2016)', 'WTSA-RES-69', 'Rev. Hammamet, 2016'],
    ['Resolution 23 (Rev. Buenos Aires, 2017)', 'WTDC-RES-23', 'Rev. Buenos Aires, 2017'],
    ['Resolution 133 (Rev. Guadalajara, 2010)', 'PP-RES-133', 'Rev. Guadalajara, 2010'],
  ])('%s → %s', (text, id, revision) => {
    const [citation, ...rest] = findCitations(`The members recalled ${text}, and moved on.`);
    expect(rest).toEqual([]);
    expect(citation.resolution).toBe(id);
    expect(citation.revision?.label ?? null).toBe(revision);
    expect(citation.text.startsWith(text.split(' ')[0].slice(0, 3)) || citation.text.startsWith('第') || citation.text.startsWith('理事会')).toBe(true);
  });

  it('gives each instrument of a mixed list the revision of its own group, with exact spans', () => {
    const text = 'See Resolutions 47 and 48 (Rev. Dubai, 2012) and 49, 50, 52 (Rev. Hammamet, 2016) for details.';
    const citations = findCitations(text);
    expect(ids(citations)).toEqual(['WTSA-RES-47', 'WTSA-RES-48', 'WTSA-RES-49', 'WTSA-RES-50', 'WTSA-RES-52']);
    expect(citations.map((citation) => citation.revision?.label)).toEqual(['Rev. Dubai, 2012', 'Rev. Dubai, 2012', 'Rev. Hammamet, 2016', 'Rev. Hammamet, 2016', 'Rev. Hammamet, 2016']);
    for (const citation of citations) expect(text.slice(citation.start, citation.end)).toBe(citation.text);
  });

  it('is not fooled by numbers that are not citations', () => {
    for (const text of [
      'The 16th meeting had 111 participants in 2022.', '第十六次会议于2022年1月19日举行。', 'See paragraph 2.5.1 above.',
      'A screen resolution 1920x1080 is enough.', 'The conflict resolution took 3 days.', 'high-resolution maps of 2018',
    ]) {
      expect(findCitations(text), text).toEqual([]);
    }
  });

  it('leaves an instrument it cannot place unresolved, with low confidence', () => {
    const [citation] = findCitations('as in Resolution 958 (WRC-2015) of the World Radiocommunication Conference');
    expect(citation.resolution).toBeNull();
    expect(citation.confidence).toBeLessThan(0.5);
  });
});

describe.skipIf(!hasCorpus)('citations in the real corpus', () => {
  it('finds every resolution the Chinese chair report cites, the one with a typing error included', () => {
    const text = readFileSync(join(CORPUS, 'itu-council/000_8f73a2edc1468054.txt'), 'utf8');
    const citations = findCitations(text);
    expect(new Set(ids(citations))).toEqual(new Set(['PP-RES-102', 'PP-RES-140', 'PP-RES-133', 'C-RES-1305', 'C-RES-1336', 'C-RES-1344']));
    const typo = citations.find((citation) => citation.text.includes('修版'));
    expect(typo?.resolution).toBe('C-RES-1336');
    for (const citation of citations) {
      expect(text.slice(citation.start, citation.end)).toBe(citation.text);
      if (citation.resolution?.startsWith('PP-')) expect(citation.revision?.label).toBe('Rev. Dubai, 2018');
    }
  });

  it('resolves the Final Acts citations to PP, WTSA, WTDC and Council instruments', () => {
    const documents = parseAkomaNtoso(readFileSync(join(CORPUS, 'pp18-final-acts/pp18_final_acts_akn.xml'), 'utf8'));
    const context = { documentIssuer: 'PP' as const, documentConference: { issuer: 'PP' as const, place: 'Dubai', year: 2018 } };
    const all = documents.flatMap((document) => findCitations(document.text, context).map((citation) => ({ document, citation })));
    expect(all.length).toBeGreaterThan(400);
    for (const { document, citation } of all) expect(document.text.slice(citation.start, citation.end)).toBe(citation.text);
    // Left unresolved: only the World Radiocommunication Conference's resolutions, which no contract issuer holds.
    const unresolved = all.filter(({ citation }) => !citation.resolution).map(({ citation }) => citation.text);
    expect(unresolved.length).toBeGreaterThan(0);
    for (const text of unresolved) expect(text).toMatch(/WRC/);
    expect(all.every(({ citation }) => citation.number < 1900 || citation.number > 2100 || citation.resolution?.startsWith('C-'))).toBe(true);

    const res101 = documents.find((document) => document.instrument?.id === 'PP-RES-101')!;
    const cited = new Set(ids(findCitations(res101.text, context)));
    for (const id of ['PP-RES-102', 'PP-RES-130', 'PP-RES-133', 'PP-RES-180', 'PP-RES-197', 'WTSA-RES-69', 'WTDC-RES-23']) expect(cited).toContain(id);
    const found = new Set(all.map(({ citation }) => citation.resolution));
    for (const id of ['C-RES-1305', 'C-RES-1336', 'WTSA-RES-64', 'WTDC-RES-37', 'RA-RES-7', 'WTDC-RES-7', 'WTSA-RES-35']) expect(found).toContain(id);
    // `UNGA Resolution 70/1` and `ECOSOC Resolution 2012/24` are not resolutions 70 and 2012 of anyone.
    for (const { document, citation } of all) expect(document.text.slice(citation.end, citation.end + 2)).not.toMatch(/^\/\d/);
    expect([...found].filter((id) => id?.startsWith('UNGA-'))).toEqual([]);
  });
});
