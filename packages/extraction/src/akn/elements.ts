import type { Element } from '@xmldom/xmldom';

/**
 * The Akoma Ntoso 3.0 element names the readers act on, in one place: the document types, the hierarchy, the
 * units and blocks that hold text, and what a parent reads itself. Matched by local name (prefixed or not).
 */

/**
 * The elements that can stand for one document, at the root or inside a `<component>`. A `<documentCollection>`
 * whose components are read on their own is not one of them.
 */
export const DOCUMENT_TYPES = new Set([
  'act', 'bill', 'doc', 'statement', 'debate', 'debateReport', 'judgment', 'amendment', 'amendmentList',
  'officialGazette', 'portion', 'documentCollection',
]);

export function isDocumentElement(el: Element): boolean {
  return DOCUMENT_TYPES.has(el.localName ?? '');
}

/** Hierarchy elements: with a heading, each opens an operative block as `<hcontainer>` does. */
export const HIERARCHY = new Set([
  'hcontainer', 'section', 'subsection', 'article', 'chapter', 'subchapter', 'part', 'subpart', 'title', 'subtitle',
  'division', 'subdivision', 'book', 'tome', 'clause', 'subclause', 'level', 'rule', 'subrule', 'transitional',
]);

/** Elements whose whole text is one unit (a clause, a list item), its `<num>` read as its number. */
export const TEXT_UNITS = new Set(['paragraph', 'subparagraph', 'point', 'item', 'alinea', 'indent', 'proviso', 'li']);

/** Elements that hold text without a number of their own: AKN's containers and blocks. */
export const TEXT_BLOCKS = new Set(['p', 'content', 'container', 'blockContainer', 'intro', 'wrapUp', 'listIntroduction', 'listWrapUp', 'tblock']);

/** Lists whose items are units. */
export const LISTS = new Set(['blockList', 'list', 'ul', 'ol']);

/** Read by the element that holds them: a number, a heading. */
export const READ_BY_PARENT = new Set(['num', 'heading', 'subheading']);

/** The other elements that break text into blocks: document parts, tables, debates, judgments. */
export const OTHER_BLOCKS = new Set([
  'coverPage', 'preface', 'preamble', 'body', 'mainBody', 'judgmentBody', 'debateBody', 'amendmentBody',
  'collectionBody', 'conclusions', 'attachments', 'attachment', 'interstitial', 'component', 'longTitle', 'formula',
  'recitals', 'recital', 'citations', 'citation', 'toc', 'tocItem', 'table', 'tr', 'td', 'th', 'caption', 'foreign',
  'block', 'sublist', 'introduction', 'background', 'arguments', 'remedies', 'motivation', 'decision',
  'administrationOfOath', 'debateSection', 'speechGroup', 'speech', 'question', 'answer', 'other', 'scene',
  'narrative', 'summary', 'communication', 'adjournment', 'rollCall', 'prayers', 'oralStatements',
  'writtenStatements', 'personalStatements', 'ministerialStatements', 'resolutions', 'nationalInterest',
  'declarationOfVote', 'noticesOfMotion', 'questions', 'address', 'proceduralMotions', 'pointOfOrder', 'papers',
  'petitions', 'recordedTime', 'signature', 'div',
]);
