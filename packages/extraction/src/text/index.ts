export { decodeDocument } from './decode';
export { DocumentError, type DocumentErrorReason } from './errors';
export { normalizeText } from './normalize';
export { splitParagraphs, type TextFormat } from './paragraphs';
export { detectLanguage } from './language';
