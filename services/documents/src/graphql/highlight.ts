const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => ESCAPES[char]);

/**
 * A window of the paragraph around its first hit, HTML-escaped, with every hit of every term in
 * <mark>. Matching is case-insensitive and needs no word boundaries, as in Chinese.
 */
export function highlight(text: string, terms: string[], window = 200): string {
  const lower = text.toLowerCase();
  const hits: [number, number][] = [];
  for (const term of terms) {
    const needle = term.toLowerCase();
    for (let at = lower.indexOf(needle); at !== -1 && needle; at = lower.indexOf(needle, at + needle.length)) hits.push([at, at + needle.length]);
  }
  hits.sort((a, b) => a[0] - b[0]);
  const first = hits[0]?.[0] ?? 0;
  const from = Math.max(0, Math.min(first - Math.floor(window / 3), text.length - window));
  const to = Math.min(text.length, from + window);
  let out = from > 0 ? '…' : '';
  let cursor = from;
  for (const [start, end] of hits) {
    if (start < cursor || end > to) continue;
    out += escapeHtml(text.slice(cursor, start)) + '<mark>' + escapeHtml(text.slice(start, end)) + '</mark>';
    cursor = end;
  }
  out += escapeHtml(text.slice(cursor, to)) + (to < text.length ? '…' : '');
  return out;
}
