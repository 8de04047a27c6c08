import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { provisionTestDatabase, type TestDatabase } from '@mandate-graph/testing';
import { encodeCursor, EXACT_COUNT_BOUND, startSubgraph, type RunningSubgraph } from '@mandate-graph/server-kit';
import type { LanguageCode, Paragraph } from '@mandate-graph/extraction';
import type { DocumentRecord } from '@mandate-graph/server-kit';
import { documentsSubgraph, storeDocument, storeDocumentSymbols } from '../src';
import { postGraphQL } from '../../../test/support/federation';

/** A document written by the test: numbered paragraphs joined by blank lines, offsets exact. */
function fixture(repository: string, name: string, language: LanguageCode, paragraphs: [string, string][], cite?: { text: string; resolution: string }): DocumentRecord {
  let text = '';
  const parsed: Paragraph[] = [];
  for (const [number, body] of paragraphs) {
    if (text) text += '\n\n';
    text += `${number}\t`;
    parsed.push({ number, text: body, start: text.length, end: text.length + body.length });
    text += body;
  }
  const citations = [];
  if (cite) {
    const start = text.indexOf(cite.text);
    const paragraph = parsed.find((p) => p.start <= start && start < p.end)!;
    citations.push({ text: cite.text, start, end: start + cite.text.length, resolution: cite.resolution, issuer: null, kind: 'RES' as const, number: 1, revision: { label: 'Rev. Dubai, 2018', place: 'Dubai', year: 2018 }, confidence: 0.95, paragraph: paragraph.number });
  }
  return { repository, name, path: `${name}.txt`, format: 'txt', language, title: name, text, contentHash: createHash('sha256').update(text).digest('hex'), paragraphs: parsed, citations };
}

const english = fixture('samples', 'report-en', 'en', [
  ['1.1', 'The group discussed the environmental impact of data centres.'],
  ['1.2', 'Members recalled Resolution 102 (Rev. Dubai, 2018) on public policy issues.'],
], { text: 'Resolution 102 (Rev. Dubai, 2018)', resolution: 'PP-RES-102' });
const chinese = fixture('samples', 'report-zh', 'zh', [
  ['2.1', '工作组讨论了互联网对环境的影响。'],
  ['2.2', '秘书处将编写一份报告。'],
]);
const arabic = fixture('samples', 'report-ar', 'ar', [['3.1', 'ناقش الفريق أثر الإنترنت على البيئة.']]);
const russian = fixture('samples', 'report-ru', 'ru', [['4.1', 'Группа обсудила влияние интернета на окружающую среду.']]);
// For folding, stemming and ranking: accents, cases, plurals, and one word said often or once in a long paragraph.
const french = fixture('folding', 'rapport-fr', 'fr', [
  ['5.1', 'Le Secrétariat a présenté les résolutions adoptées.'],
  ['5.2', 'Les consultations ouvertes ont reçu de nombreuses réponses.'],
]);
const russianForms = fixture('folding', 'doklad-ru', 'ru', [['6.1', 'Группа рассмотрела проекты Резолюции 102 и Резолюций 130 и 133.']]);
const ranking = fixture('folding', 'ranking-en', 'en', [
  ['7.1', 'Consultation on consultation: the open consultation closed.'],
  ['7.2', `The group, after a long exchange of views on many matters of procedure, budget and planning, ${'and on other items of its agenda, '.repeat(6)}also noted one consultation.`],
]);

// For each language's stemmer, Chinese words of one to four characters, and the weight of a heading.
const stemming = {
  en: fixture('stemming', 'mandates-en', 'en', [
    ['8.1', 'The Council mandated the group to review its working methods.'],
    ['8.2', 'Reviewing the methods, the group noted the governance of the Internet.'],
  ]),
  es: fixture('stemming', 'informe-es', 'es', [['9.1', 'El Grupo examinó las políticas públicas internacionales.']]),
  zh: fixture('stemming', 'baogao-zh', 'zh', [
    ['10.1', '理事会互联网问题工作组审议了国际互联网公共政策问题。'],
    ['10.2', '秘书长就网络安全提交了文件。'],
  ]),
  glossary: fixture('stemming', 'glossary-en', 'en', [['12.1', 'Results-based budgeting: Бюджетирование, ориентированное на результаты; الميزنة القائمة على النتائج.']]),
  weighted: fixture('stemming', 'weighted-en', 'en', [
    ['11.1', 'Lighthouse keeping and navigation aids'],
    ['11.2', 'The lighthouse keeping rules were discussed at length, together with the navigation aids, the budget and other matters.'],
  ]),
};
stemming.weighted.paragraphs[0].role = 'HEADING';

describe('documents subgraph', () => {
  let database: TestDatabase;
  let subgraph: RunningSubgraph;
  const store = (record: DocumentRecord) => {
    const em = subgraph.store.em.fork() as EntityManager;
    return em.transactional((tx) => storeDocument(tx as EntityManager, record));
  };

  beforeAll(async () => {
    database = await provisionTestDatabase();
    subgraph = await startSubgraph(documentsSubgraph, { databaseUrl: database.url, auth: { secret: 'documents-subgraph-test-secret', required: false } });
    for (const record of [english, chinese, arabic, russian, french, russianForms, ranking, ...Object.values(stemming)]) await store(record);
  });
  afterAll(async () => {
    await subgraph?.close();
    await database?.close();
  });

  it('serves a document with its paragraphs and citations, offsets into its text', async () => {
    const { data } = await postGraphQL<any>(subgraph.url, `{ document(id: "samples/report-en") { language repository { id } paragraphs { number text start end } citations { text paragraph start end revision resolution { id } } } }`);
    expect(data.document.language).toBe('EN');
    expect(data.document.repository).toEqual({ id: 'samples' });
    for (const paragraph of data.document.paragraphs) expect(english.text.slice(paragraph.start, paragraph.end)).toBe(paragraph.text);
    expect(data.document.citations).toEqual([{ text: 'Resolution 102 (Rev. Dubai, 2018)', paragraph: '1.2', start: english.text.indexOf('Resolution 102'), end: english.text.indexOf('Resolution 102') + 33, revision: 'Rev. Dubai, 2018', resolution: { id: 'PP-RES-102' } }]);
  });

  it('finds a two-character Chinese word, Arabic, Russian and English, with the hits marked', async () => {
    const zh = await postGraphQL<any>(subgraph.url, `{ search(text: "环境") { totalCount edges { node { document { id } paragraph highlight } } } }`);
    expect(zh.data.search.totalCount).toBe(1);
    expect(zh.data.search.edges[0].node).toEqual({ document: { id: 'samples/report-zh' }, paragraph: '2.1', highlight: '工作组讨论了互联网对<mark>环境</mark>的影响。' });
    const ar = await postGraphQL<any>(subgraph.url, `{ search(text: "البيئة") { edges { node { paragraph highlight } } } }`);
    expect(ar.data.search.edges).toEqual([{ node: { paragraph: '3.1', highlight: 'ناقش الفريق أثر الإنترنت على <mark>البيئة</mark>.' } }]);
    const ru = await postGraphQL<any>(subgraph.url, `{ search(text: "Интернета", language: RU) { edges { node { paragraph } } } }`);
    expect(ru.data.search.edges).toEqual([{ node: { paragraph: '4.1' } }]);
    const en = await postGraphQL<any>(subgraph.url, `{ search(text: "environmental data") { edges { node { paragraph highlight } } } }`);
    expect(en.data.search.edges).toEqual([{ node: { paragraph: '1.1', highlight: 'The group discussed the <mark>environmental</mark> impact of <mark>data</mark> centres.' } }]);
  });

  it('finds a word whatever its accents, case and plural, and marks the whole word', async () => {
    const search = async (text: string) => (await postGraphQL<any>(subgraph.url, `query($text: String!) { search(text: $text) { edges { node { document { id } paragraph highlight } } } }`, { text })).data.search.edges.map((edge: any) => edge.node);
    expect(await search('secretariat resolution')).toEqual([{ document: { id: 'folding/rapport-fr' }, paragraph: '5.1', highlight: 'Le <mark>Secrétariat</mark> a présenté les <mark>résolutions</mark> adoptées.' }]);
    expect((await search('consultations réponse')).map((hit: any) => hit.paragraph)).toEqual(['5.2']);
    // One Russian form finds the others: Резолюция, Резолюции, Резолюций.
    expect(await search('Резолюция')).toEqual([{ document: { id: 'folding/doklad-ru' }, paragraph: '6.1', highlight: 'Группа рассмотрела проекты <mark>Резолюции</mark> 102 и <mark>Резолюций</mark> 130 и 133.' }]);
    // The article and the tā' marbūṭa: "بيئة" finds "البيئة".
    expect((await search('بيئة')).map((hit: any) => hit.paragraph)).toEqual(['3.1']);
  });

  it("finds a word's other forms as its language's stemmer cuts them, and not in another language's paragraphs", async () => {
    const found = async (text: string, language?: string) => (await postGraphQL<any>(subgraph.url,
      'query($text: String!, $language: Language) { search(text: $text, language: $language) { edges { node { paragraph highlight } } } }', { text, language })).data.search.edges.map((edge: any) => edge.node);
    // English: "mandate" finds "mandated", "reviews" finds "review" and "Reviewing", each word marked whole.
    expect(await found('mandate')).toEqual([{ paragraph: '8.1', highlight: 'The Council <mark>mandated</mark> the group to review its working methods.' }]);
    expect((await found('reviews method')).map((hit: any) => hit.paragraph).sort()).toEqual(['8.1', '8.2']);
    // Spanish, accents folded: "politica publica" finds "políticas públicas".
    expect(await found('politica publica', 'ES')).toEqual([{ paragraph: '9.1', highlight: 'El Grupo examinó las <mark>políticas</mark> <mark>públicas</mark> internacionales.' }]);
    expect(await found('politica publica', 'EN')).toEqual([]);
    // A glossary inside an English document: each script's words by their own stemmer.
    expect(await found('Результат', 'EN')).toEqual([{ paragraph: '12.1', highlight: 'Results-based budgeting: Бюджетирование, ориентированное на <mark>результаты</mark>; الميزنة القائمة على النتائج.' }]);
    expect((await found('budget result')).map((hit: any) => hit.paragraph)).toEqual(['12.1']);
    expect((await found('النتائج')).map((hit: any) => hit.paragraph)).toEqual(['12.1']);
    // The English stemmer does not make "governments" of "governance" in a French query's paragraphs: each language its own.
    expect((await found('governance', 'FR'))).toEqual([]);
  });

  it('finds Chinese words of any length as runs of character pairs, and one character wherever it stands', async () => {
    const found = async (text: string) => (await postGraphQL<any>(subgraph.url,
      'query($text: String!) { search(text: $text, language: ZH) { edges { node { paragraph highlight } } } }', { text })).data.search.edges.map((edge: any) => edge.node);
    expect(await found('互联网')).toEqual([
      { paragraph: '10.1', highlight: '理事会<mark>互联网</mark>问题工作组审议了国际<mark>互联网</mark>公共政策问题。' },
      { paragraph: '2.1', highlight: '工作组讨论了<mark>互联网</mark>对环境的影响。' },
    ]);
    expect((await found('公共政策')).map((hit: any) => hit.paragraph)).toEqual(['10.1']);
    // The pairs of a word must follow each other: 互联 and 政策 both stand in 10.1, "互联政策" does not.
    expect(await found('互联政策')).toEqual([]);
    // One character: the first of a pair (网 in 网络, 网对, 网公) or the last of a run (件, before the full stop).
    expect((await found('网')).map((hit: any) => hit.paragraph).sort()).toEqual(['10.1', '10.2', '2.1']);
    expect(await found('件')).toEqual([{ paragraph: '10.2', highlight: '秘书长就网络安全提交了文<mark>件</mark>。' }]);
    // Words in two scripts at once.
    expect((await found('秘书长 文件')).map((hit: any) => hit.paragraph)).toEqual(['10.2']);
    expect((await found('秘书处 文件'))).toEqual([]);
  });

  it('ranks a heading above body text that says the same words', async () => {
    const hits = (await postGraphQL<any>(subgraph.url, '{ search(text: "lighthouse keeping", language: EN) { edges { node { paragraph score } } } }')).data.search.edges.map((edge: any) => edge.node);
    expect(hits.map((hit: any) => hit.paragraph)).toEqual(['11.1', '11.2']);
    expect(hits[0].score).toBeGreaterThan(hits[1].score);
  });

  it('scores hits by how often the words occur and how long the paragraph is, in every script', async () => {
    const scored = async (text: string) => (await postGraphQL<any>(subgraph.url, `query($text: String!) { search(text: $text) { edges { node { paragraph score } } } }`, { text })).data.search.edges.map((edge: any) => edge.node);
    const hits = await scored('consultation');
    expect(hits.map((hit: any) => hit.paragraph)).toEqual(['7.1', '5.2', '7.2']);
    expect(hits[0].score).toBeGreaterThan(hits[1].score);
    expect(hits[1].score).toBeGreaterThan(hits[2].score);
    for (const hit of hits) expect(hit.score).toBeGreaterThan(0);
    for (const hit of hits) expect(hit.score).toBeLessThan(1);
    const [chinese] = await scored('环境');
    expect(chinese.score).toBeGreaterThan(0);
  });

  it('counts hits exactly up to the bound and says when the total is an estimate, on every page', async () => {
    // Lighthouses in more paragraphs than the bound; keepers in a few of them.
    const keepers = 30;
    const paragraphs: [string, string][] = Array.from({ length: EXACT_COUNT_BOUND + 50 }, (_, index) => [
      String(index + 1), index % 35 === 0 && index / 35 < keepers ? `The lighthouse keeper ${index} reported.` : `The lighthouse number ${index} was inspected.`,
    ]);
    await store(fixture('counts', 'lighthouses', 'en', paragraphs));
    const totals = async (text: string, after?: string) => (await postGraphQL<any>(subgraph.url,
      'query($text: String!, $after: String) { search(text: $text, first: 5, after: $after) { totalCount totalCountIsEstimate edges { cursor } } }', { text, after })).data.search;
    const many = await totals('lighthouse');
    expect(many.totalCountIsEstimate).toBe(true);
    expect(many.totalCount).toBeGreaterThan(EXACT_COUNT_BOUND);
    expect(many.edges).toHaveLength(5);
    const few = await totals('lighthouse keeper');
    expect(few).toMatchObject({ totalCount: keepers, totalCountIsEstimate: false });
    // A page past the last hit still tells how many there are.
    const past = await totals('lighthouse keeper', encodeCursor('offset', String(keepers + 10)));
    expect(past).toMatchObject({ totalCount: keepers, totalCountIsEstimate: false, edges: [] });
  });

  it('treats SQL and LIKE syntax in the search text as plain text', async () => {
    for (const text of ["'; drop table documents.paragraph; --", '%', '_', '\\']) {
      const answer = await postGraphQL<any>(subgraph.url, `query($text: String!) { search(text: $text) { totalCount } }`, { text });
      expect(answer.errors, text).toBeUndefined();
      expect(answer.data.search.totalCount, text).toBe(0);
    }
    const still = await postGraphQL<any>(subgraph.url, `{ search(text: "秘书处") { totalCount } }`);
    expect(still.data.search.totalCount).toBe(1);
  });

  it('changes nothing for the same content, and replaces exactly its own rows when it changes', async () => {
    expect(await store(english)).toBe('unchanged');
    const changed = fixture('samples', 'report-en', 'en', [['1.1', 'A shorter text about the environment.']]);
    expect(await store(changed)).toBe('replaced');
    const { data } = await postGraphQL<any>(subgraph.url, `{ document(id: "samples/report-en") { paragraphs { number } citations { text } } other: document(id: "samples/report-zh") { paragraphs { number } } }`);
    expect(data.document).toEqual({ paragraphs: [{ number: '1.1' }], citations: [] });
    expect(data.other.paragraphs).toHaveLength(2);
  });

  it('contributes Resolution.citedIn through an entity reference', async () => {
    await store(english);
    const answer = await postGraphQL<any>(subgraph.url, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Resolution { citedIn { totalCount edges { node { text document { id } } } } } } }`, { r: [{ __typename: 'Resolution', id: 'PP-RES-102' }] });
    expect(answer.data._entities[0].citedIn).toEqual({ totalCount: 1, edges: [{ node: { text: 'Resolution 102 (Rev. Dubai, 2018)', document: { id: 'samples/report-en' } } }] });
  });

  it('links the language versions of one work, and documents a curator gave one symbol, each to the others', async () => {
    const version = (name: string, language: LanguageCode, work: string | null) => ({ ...fixture('works', name, language, [['1', `${name} text`]]), work });
    for (const record of [version('rec-E', 'en', 'works/rec'), version('rec-F', 'fr', 'works/rec'), version('rec-R', 'ru', 'works/rec'), version('other-E', 'en', 'works/other'), version('minutes', 'en', null), version('minutes-zh', 'zh', null)]) await store(record);
    const source = { document: 'works/curated', paragraph: null, start: 0, end: 0, quote: 'C22/INF/5', curated: true };
    await subgraph.store.em.fork().transactional((em) => storeDocumentSymbols(em as EntityManager, 'works/curated', [
      { document: 'works/minutes', symbol: 'C22/INF/5', source }, { document: 'works/minutes-zh', symbol: 'C22/INF/5', source },
    ]));
    const { data } = await postGraphQL<any>(subgraph.url, `{
      en: document(id: "works/rec-E") { work translations { id language } }
      ru: document(id: "works/rec-R") { translations { id } }
      alone: document(id: "works/other-E") { translations { id } }
      minutes: document(id: "works/minutes") { work translations { id language } }
    }`);
    expect(data.en).toEqual({ work: 'works/rec', translations: [{ id: 'works/rec-F', language: 'FR' }, { id: 'works/rec-R', language: 'RU' }] });
    expect(data.ru.translations).toEqual([{ id: 'works/rec-E' }, { id: 'works/rec-F' }]);
    expect(data.alone.translations).toEqual([]);
    expect(data.minutes).toEqual({ work: null, translations: [{ id: 'works/minutes-zh', language: 'ZH' }] });
  });

  it('lists the citations a curator should settle: those naming no instrument, or named with low confidence', async () => {
    const record = fixture('unsure', 'minutes', 'en', [['1', 'Recalling Resolution 102 and Resolution 7 of the Assembly.']], { text: 'Resolution 102', resolution: 'PP-RES-102' });
    const unsure = (text: string, resolution: string | null, confidence: number) => {
      const start = record.text.indexOf(text);
      return { ...record.citations[0]!, text, start, end: start + text.length, resolution, confidence, revision: null };
    };
    await store({ ...record, citations: [...record.citations, unsure('Resolution 7', null, 0.3), unsure('Assembly', 'WTSA-RES-7', 0.4)] });
    const { data } = await postGraphQL<any>(subgraph.url, `{ document(id: "unsure/minutes") { citations { text } unresolved { text confidence resolution { id } } } }`);
    expect(data.document.citations).toHaveLength(3);
    expect(data.document.unresolved).toEqual([
      { text: 'Resolution 7', confidence: 0.3, resolution: null },
      { text: 'Assembly', confidence: 0.4, resolution: { id: 'WTSA-RES-7' } },
    ]);
  });
});
