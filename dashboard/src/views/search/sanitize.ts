import DOMPurify from 'dompurify';

/**
 * The API's `highlight` is HTML: escaped text with each hit in <mark>. Only <mark> survives here, with no
 * attribute; any other tag is dropped (its text kept, a script's or style's content removed), so that a
 * compromised or buggy server cannot run code in the dashboard.
 */
export function sanitizeHighlight(html: string): string {
  return DOMPurify.sanitize(html, { ALLOWED_TAGS: ['mark'], ALLOWED_ATTR: [], RETURN_TRUSTED_TYPE: false });
}
