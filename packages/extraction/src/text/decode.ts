import { DocumentError } from './errors';

/**
 * Bytes → string. Accepts UTF-8 (with or without BOM) and UTF-16 LE/BE with a BOM; anything else
 * is refused rather than guessed, because a wrong guess silently corrupts every offset and quote
 * stored downstream. The returned string has no BOM; it is not yet normalized (see normalizeText).
 */
export function decodeDocument(bytes: Uint8Array, path: string): string {
  if (bytes.length === 0) throw new DocumentError('empty document', path, '0 bytes');

  const utf16 = utf16ByteOrder(bytes);
  if (utf16) return checkNotEmpty(decodeUtf16(bytes, utf16, path), path);

  const body = hasUtf8Bom(bytes) ? bytes.subarray(3) : bytes;
  const signature = binarySignature(body);
  if (signature) throw new DocumentError('binary file', path, `${signature} signature`, 0);

  const nul = body.indexOf(0);
  if (nul >= 0) {
    // Text never contains NUL; alternating NULs are the mark of UTF-16 written without a BOM,
    // which is worth saying because re-saving with a BOM fixes it.
    if (looksLikeBomlessUtf16(body)) {
      throw new DocumentError('unknown encoding', path, 'looks like UTF-16 without a byte-order mark', nul);
    }
    throw new DocumentError('binary file', path, `NUL byte at offset ${nul}`, nul);
  }
  const control = firstControlByte(body);
  if (control !== null && controlRatio(body) > 0.1) {
    throw new DocumentError('binary file', path, `control bytes from offset ${control}`, control);
  }

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    const bad = firstInvalidUtf8(body);
    throw new DocumentError('unknown encoding', path, `not valid UTF-8 at byte ${bad}`, bad);
  }
  return checkNotEmpty(text, path);
}

function checkNotEmpty(text: string, path: string): string {
  if (text.trim() === '') throw new DocumentError('empty document', path, 'only white space');
  return text;
}

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

function utf16ByteOrder(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 2) return null;
  // FF FE 00 00 is the UTF-32 LE BOM: not supported, and must not pass as UTF-16.
  if (bytes[0] === 0xff && bytes[1] === 0xfe && !(bytes.length >= 4 && bytes[2] === 0 && bytes[3] === 0)) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', path: string): string {
  if (bytes.length % 2 !== 0) {
    throw new DocumentError('unknown encoding', path, `${encoding.toUpperCase()} with an odd number of bytes`, bytes.length - 1);
  }
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new DocumentError('unknown encoding', path, `invalid ${encoding.toUpperCase()} (unpaired surrogate)`);
  }
  if (text.includes('\u0000')) throw new DocumentError('binary file', path, `NUL character in ${encoding.toUpperCase()} text`);
  return text;
}

/** Well-known binary formats that a pipeline is most likely to be handed by mistake. */
function binarySignature(bytes: Uint8Array): string | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'PDF';
  if (starts(0x50, 0x4b, 0x03, 0x04)) return 'ZIP (docx/xlsx/odt)';
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return 'OLE (doc/xls)';
  if (starts(0x89, 0x50, 0x4e, 0x47)) return 'PNG';
  if (starts(0xff, 0xd8, 0xff)) return 'JPEG';
  if (starts(0x1f, 0x8b)) return 'gzip';
  return null;
}

function looksLikeBomlessUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) (i % 2 === 0 ? even++ : odd++);
  const half = n / 2;
  return (even > half * 0.4 && odd < half * 0.05) || (odd > half * 0.4 && even < half * 0.05);
}

/** C0 controls other than TAB, LF, FF and CR: a few are tolerated (word processors leave VT, BEL), many mean binary. */
function isControl(b: number): boolean {
  return b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d;
}

function firstControlByte(bytes: Uint8Array): number | null {
  for (let i = 0; i < bytes.length; i++) if (isControl(bytes[i]!)) return i;
  return null;
}

function controlRatio(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, 8192);
  let count = 0;
  for (let i = 0; i < n; i++) if (isControl(bytes[i]!)) count++;
  return count / n;
}

/** Byte offset of the first malformed UTF-8 sequence (for the error message). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0) return i;
    for (let k = 1; k < len; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    // Overlongs and surrogates that pass the shape test are rare; TextDecoder caught them anyway.
    if (len === 3 && b === 0xe0 && bytes[i + 1]! < 0xa0) return i;
    if (len === 3 && b === 0xed && bytes[i + 1]! >= 0xa0) return i;
    if (len === 4 && b === 0xf0 && bytes[i + 1]! < 0x90) return i;
    if (len === 4 && b === 0xf4 && bytes[i + 1]! >= 0x90) return i;
    i += len;
  }
  return i;
}
