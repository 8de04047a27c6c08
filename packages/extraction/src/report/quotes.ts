/** A quoted stretch of text: offsets of the quotation marks (start/end) and of what they enclose. */
export interface Quoted { start: number; end: number; innerStart: number; innerEnd: number; inner: string }

const PAIRS: Record<string, string> = { '“': '”', '«': '»', '「': '」', '『': '』', '"': '"' };

/** Quoted segments of text.slice(from, to), in document offsets. Titles and topics are quoted. */
export function quotedSegments(text: string, from: number, to: number): Quoted[] {
  const out: Quoted[] = [];
  let i = from;
  while (i < to) {
    const close = PAIRS[text.charAt(i)];
    if (close) {
      const j = text.indexOf(close, i + 1);
      if (j > i && j < to) {
        const inner = text.slice(i + 1, j);
        if (!inner.includes('\n')) {
          out.push({ start: i, end: j + 1, innerStart: i + 1, innerEnd: j, inner });
          i = j + 1;
          continue;
        }
      }
    }
    i++;
  }
  return out;
}

/** Topics compare equal whatever their spacing and punctuation. */
export function sameTopic(a: string, b: string): boolean {
  const key = (text: string) => text.toLowerCase().replace(/[\s\p{P}]/gu, '');
  return key(a) !== '' && key(a) === key(b);
}
