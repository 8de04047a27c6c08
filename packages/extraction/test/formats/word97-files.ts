import * as CFB from 'cfb';

/**
 * Writes a minimal Word 97–2003 (.doc) file for the tests: an OLE2 compound file (written by SheetJS cfb) with a
 * WordDocument stream (its File Information Block, then the text, 8 bits per character) and a 1Table stream
 * holding the piece table, as [MS-DOC] lays them out. Paragraphs end with a carriage return, as Word writes
 * them; `footnotes` follow the main text, counted by ccpFtn.
 */
export function word97File(paragraphs: string[], footnotes: string[] = []): Uint8Array {
  const body = paragraphs.map((paragraph) => `${paragraph}\r`).join('');
  const notes = footnotes.map((note) => `${note}\r`).join('');
  const text = body + notes + (notes ? '\r' : '');
  const TEXT_AT = 0x800;
  const word = Buffer.alloc(TEXT_AT + text.length);
  word.writeUInt16LE(0xa5ec, 0x0); // wIdent
  word.writeUInt16LE(0x00c1, 0x2); // nFib: Word 97
  word.writeUInt16LE(0x0200, 0xa); // fWhichTblStm: the table stream is 1Table
  word.writeUInt32LE(TEXT_AT, 0x18); // fcMin
  word.writeUInt32LE(body.length, 0x4c); // ccpText
  word.writeUInt32LE(notes ? notes.length + 1 : 0, 0x50); // ccpFtn
  word.write(text, TEXT_AT, 'latin1');

  // Clx: one piece (Pcd) covering all the text, compressed (8-bit): fc = 2 × offset with bit 30 set.
  const cps = [0, text.length];
  const table = Buffer.alloc(1 + 4 + cps.length * 4 + 8);
  table.writeUInt8(0x02, 0);
  table.writeUInt32LE(cps.length * 4 + 8, 1);
  cps.forEach((cp, i) => table.writeUInt32LE(cp, 5 + i * 4));
  table.writeUInt32LE(((TEXT_AT * 2) | 0x40000000) >>> 0, 5 + cps.length * 4 + 2);
  word.writeUInt32LE(0, 0x1a2); // fcClx
  word.writeUInt32LE(table.length, 0x1a6); // lcbClx

  const container = CFB.utils.cfb_new();
  CFB.utils.cfb_add(container, 'WordDocument', word);
  CFB.utils.cfb_add(container, '1Table', table);
  return new Uint8Array(CFB.write(container, { type: 'buffer' }) as Buffer);
}

/**
 * The same file with its sector chains made to loop (each pair of sectors pointing at each other), as a file
 * built to hang a reader would be: the reader follows them without end.
 */
export function loopingWord97File(): Uint8Array {
  const bytes = Buffer.from(word97File(['A paragraph long enough to be stored in regular sectors.'.repeat(60)]));
  const sectorSize = 1 << bytes.readUInt16LE(0x1e);
  const fatSector = bytes.readInt32LE(0x4c);
  const fat = (fatSector + 1) * sectorSize;
  for (let i = 0; i + 1 < sectorSize / 4; i += 2) {
    if (bytes.readInt32LE(fat + i * 4) < 0 || i === fatSector || i + 1 === fatSector) continue;
    bytes.writeInt32LE(i + 1, fat + i * 4);
    bytes.writeInt32LE(i, fat + (i + 1) * 4);
  }
  return new Uint8Array(bytes);
}
