import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { DocumentError } from '../text/errors';
import type { Block } from './layout';

/**
 * Word 97–2003 binary files (.doc, an OLE2 compound file) through word-extractor, the one JavaScript reader
 * of the format. It follows the file's sector chains without checking them for cycles, so a file built to
 * loop would run until the process is out of memory: it runs in a worker thread with a memory ceiling and a
 * deadline, and a file that reaches either is refused, the ingesting process unharmed.
 */
const MEMORY_MB = 256;
const DEADLINE_MS = 15_000;

interface Extracted { body: string; footnotes: string; endnotes: string }

/** Runs as CommonJS in the worker; the reader's path is resolved by the caller, so no lookup depends on the cwd. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const WordExtractor = require(workerData.reader);
new WordExtractor().extract(Buffer.from(workerData.bytes)).then(
  (document) => parentPort.postMessage({ body: document.getBody(), footnotes: document.getFootnotes(), endnotes: document.getEndnotes() }),
  (error) => parentPort.postMessage({ error: String(error && error.message || error) }),
);
`;

const READER = createRequire(__filename).resolve('word-extractor');

export async function readWordBinary(bytes: Uint8Array, path: string): Promise<Block[]> {
  const extracted = await new Promise<Extracted>((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { reader: READER, bytes },
      resourceLimits: { maxOldGenerationSizeMb: MEMORY_MB, maxYoungGenerationSizeMb: 32 },
    });
    const refuse = (detail: string) => reject(new DocumentError('unreadable file', path, detail));
    const deadline = setTimeout(() => {
      void worker.terminate();
      refuse(`the Word 97–2003 reader did not finish within ${DEADLINE_MS / 1000} s`);
    }, DEADLINE_MS);
    worker.once('message', (message: Extracted | { error: string }) => {
      clearTimeout(deadline);
      void worker.terminate();
      if ('error' in message) refuse(`not a readable Word 97–2003 document: ${message.error}`);
      else resolve(message);
    });
    worker.once('error', (error) => {
      clearTimeout(deadline);
      refuse(/memory/i.test(error.message) ? `reading it needed more than ${MEMORY_MB} MB` : `not a readable Word 97–2003 document: ${error.message}`);
    });
  });
  const lines = (text: string) => text.split(/\n+/).map((line) => line.trim()).filter(Boolean);
  return [
    ...lines(extracted.body).map((text): Block => ({ role: 'BODY', text })),
    ...[...lines(extracted.footnotes), ...lines(extracted.endnotes)].map((text, index): Block => ({ role: 'FOOTNOTE', text, number: String(index + 1) })),
  ];
}
