import { random } from '@mandate-graph/cli';

/**
 * Malformed inputs, generated from a seed: HTTP requests that are not proper GraphQL, and documents that
 * are not proper documents. Each case says what it breaks, so a failure names its case.
 */

export interface RequestCase {
  kind: string;
  method: 'GET' | 'POST';
  contentType: string | null;
  body: string | Uint8Array | null;
  search?: string;
  /** A hostile but well-formed request is answered, with nothing found; all others get an error. */
  answered?: boolean;
}

export interface DocumentCase {
  kind: string;
  name: string;
  content: string | Uint8Array;
}


const QUERIES = [
  '{ resolution(id: "C-RES-1336") { id title mandates { relation } } }',
  '{ actions(first: 5) { edges { node { id status } } } }',
  'query($id: ID!) { meeting(id: $id) { id actions { id } } }',
  '{ search(text: "sample") { totalCount } }',
  'mutation { updateActionStatus(id: "WG-SAMPLE-1/3.1", status: DONE) { id } }',
];

const STRANGE = ['\u0000', '\u200b', '\u200f', '\u202e', '\ud800', '"', '\\', '{', '}', '$', '…', '第', 'ق', '\n', '%00', '\'', '`'];

export function malformedRequests(count: number, seed: number): RequestCase[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const query = () => pick(QUERIES);
  const json = (value: unknown) => JSON.stringify(value);
  const makers: (() => RequestCase)[] = [
    () => ({ kind: 'broken JSON', method: 'POST', contentType: 'application/json', body: json({ query: query() }).slice(0, 1 + Math.floor(next() * 40)) }),
    () => ({ kind: 'text/plain body', method: 'POST', contentType: 'text/plain', body: json({ query: query() }) }),
    () => ({ kind: 'form body', method: 'POST', contentType: 'application/x-www-form-urlencoded', body: `query=${encodeURIComponent(query())}` }),
    () => ({ kind: 'no content type', method: 'POST', contentType: null, body: json({ query: query() }) }),
    () => ({ kind: 'huge string', method: 'POST', contentType: 'application/json', body: json({ query: `{ search(text: "${'x'.repeat(1000 + Math.floor(next() * 300_000))}") { totalCount } }` }) }),
    () => {
      const depth = 7 + Math.floor(next() * 60);
      return { kind: 'deep nesting', method: 'POST', contentType: 'application/json', body: json({ query: `{ group(id: "WG-SAMPLE") ${'{ meetings { group '.repeat(depth)}{ id }${' } }'.repeat(depth)} }` }) };
    },
    () => ({ kind: 'unknown field', method: 'POST', contentType: 'application/json', body: json({ query: `{ resolution(id: "x") { ${pick(['idd', 'secret', '__proto__', 'constructor', 'passwd'])} } }` }) }),
    () => ({ kind: 'wrong variable type', method: 'POST', contentType: 'application/json', body: json({ query: QUERIES[2], variables: { id: pick([1.5, true, null, [], {}]) } }) }),
    () => ({ kind: 'variables not an object', method: 'POST', contentType: 'application/json', body: json({ query: QUERIES[2], variables: pick(['x', 3, [1], true]) }) }),
    () => ({ kind: 'batched array', method: 'POST', contentType: 'application/json', body: json(Array.from({ length: 2 + Math.floor(next() * 50) }, () => ({ query: query() }))) }),
    () => ({ kind: 'query not a string', method: 'POST', contentType: 'application/json', body: json({ query: pick([1, null, [], { a: 1 }, true]) }) }),
    () => ({ kind: 'strange characters', method: 'POST', contentType: 'application/json', body: json({ query: Array.from({ length: 20 }, () => pick(STRANGE)).join('') + query() }) }),
    () => ({ kind: 'binary body', method: 'POST', contentType: 'application/json', body: Uint8Array.from({ length: 10 + Math.floor(next() * 500) }, () => Math.floor(next() * 256)) }),
    () => ({ kind: 'GET mutation', method: 'GET', contentType: null, body: null, search: `?query=${encodeURIComponent(QUERIES[4])}` }),
    () => ({ kind: 'GET without query', method: 'GET', contentType: 'application/json', body: null, search: pick(['', '?', '?query=', '?variables={']) }),
    () => ({ kind: 'many aliases', method: 'POST', contentType: 'application/json', body: json({ query: `{ ${Array.from({ length: 21 + Math.floor(next() * 200) }, (_, i) => `a${i}: group(id: "x") { id }`).join(' ')} }` }) }),
    () => ({ kind: 'fragment cycle', method: 'POST', contentType: 'application/json', body: json({ query: '{ group(id: "x") { ...A } } fragment A on Group { meetings { group { ...A } } }' }) }),
    () => ({ kind: 'injection in variables', answered: true, method: 'POST', contentType: 'application/json', body: json({ query: QUERIES[2], variables: { id: pick(["' or 1=1 --", '"; drop table x; --', '%', "'); --"]) } }) }),
    () => ({ kind: 'empty body', method: 'POST', contentType: 'application/json', body: '' }),
    () => ({ kind: 'operationName missing', method: 'POST', contentType: 'application/json', body: json({ query: 'query A { __typename } query B { __typename }' }) }),
  ];
  return Array.from({ length: count }, (_, index) => makers[index % makers.length]());
}

export function malformedDocuments(count: number, seed: number): DocumentCase[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const AKN = '<?xml version="1.0"?><akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><documentCollection><components><component eId="c"><statement name="resolution"><preface><longTitle><p><docType>RESOLUTION</docType> <docNumber>7 (REV. DUBAI, 2018)</docNumber></p></longTitle></preface><mainBody><p>text</p></mainBody></statement></component></components></documentCollection></akomaNtoso>';
  const makers: ((index: number) => DocumentCase)[] = [
    (i) => ({ kind: 'truncated XML', name: `truncated-${i}.xml`, content: AKN.slice(0, 20 + Math.floor(next() * (AKN.length - 40))) }),
    (i) => ({ kind: 'mixed encodings', name: `mixed-${i}.txt`, content: Buffer.concat([Buffer.from('1\tLe Conseil rappelle la Résolution 102.\n', 'utf8'), Buffer.from('2\tRésolution 101 du Conseil.\n', 'latin1'), Buffer.from([0xff, 0xfe, 0x41, 0x00])]) }),
    (i) => ({ kind: 'binary', name: `binary-${i}.txt`, content: Uint8Array.from({ length: 50 + Math.floor(next() * 2000) }, () => Math.floor(next() * 256)) }),
    (i) => ({ kind: 'enormous paragraph', name: `enormous-${i}.txt`, content: `1\t${'Resolution 102 (Rev. Dubai, 2018) and the Council. '.repeat(2000 + Math.floor(next() * 20000))}\n` }),
    (i) => ({ kind: 'zero-width and RTL marks', name: `marks-${i}.txt`, content: `1\t\u200fالقرار\u200b 102\u202e (المراجَع في دبي، 2018)\u200d\u2066x\u2069\n2\tRes\u200bolution 1\u00ad02\n` }),
    (i) => ({ kind: 'empty', name: `empty-${i}.txt`, content: pick(['', '   \n\n', '\ufeff']) }),
    (i) => ({ kind: 'XML that is not Akoma Ntoso', name: `html-${i}.xml`, content: '<?xml version="1.0"?><html><body><p>Resolution 102</p></body></html>' }),
    (i) => ({ kind: 'XML entity bomb', name: `bomb-${i}.xml`, content: '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "xxxxxxxxxx"><!ENTITY y "&x;&x;&x;&x;&x;&x;&x;&x;&x;&x;"><!ENTITY z "&y;&y;&y;&y;&y;&y;&y;&y;&y;&y;">]><akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><a>&z;&z;&z;</a></akomaNtoso>' }),
    (i) => ({ kind: 'broken HTML', name: `broken-${i}.html`, content: `<html><body><p>1 Résolution 101 <b>du <i>Conseil</p>${'<div>'.repeat(500)}` }),
    (i) => ({ kind: 'lone surrogates and controls', name: `controls-${i}.md`, content: `# Title\n\n1\t\u0001\u0002 Resolution \ud800 102 \u0007\n` }),
  ];
  return Array.from({ length: count }, (_, index) => makers[index % makers.length](index));
}
