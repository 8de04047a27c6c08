#!/usr/bin/env node
'use strict';
// npm run bench: throughput figures on the real corpus, written to bench/RESULTS.md with machine and date.
// Not part of npm test: targets are met here, never in a timed unit test.
require('reflect-metadata');
const { readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const os = require('node:os');
const { findCitations, parseAkomaNtoso } = require('../packages/extraction/dist');
const { startEmbeddedPostgres } = require('../packages/database/dist');
const { defaultExtractors, ingestRepositories, openIngestionStore } = require('../packages/ingestion/dist');

const corpus = process.env.MANDATE_CORPUS ?? join(__dirname, '../../shared/corpus');

function citationThroughput() {
  const documents = parseAkomaNtoso(readFileSync(join(corpus, 'pp18-final-acts/pp18_final_acts_akn.xml'), 'utf8'));
  const texts = documents.map((document) => document.text);
  const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  for (const text of texts) findCitations(text, { documentIssuer: 'PP' }); // warm-up
  const rounds = 20;
  const started = process.hrtime.bigint();
  let found = 0;
  for (let round = 0; round < rounds; round++) for (const text of texts) found += findCitations(text, { documentIssuer: 'PP' }).length;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { bytes, citations: found / rounds, mbPerSecond: (bytes * rounds) / seconds / 1e6 };
}

async function finalActsIngest() {
  const database = await startEmbeddedPostgres();
  const store = await openIngestionStore(database.url);
  try {
    const started = performance.now();
    const report = await ingestRepositories(store, [join(corpus, 'pp18-final-acts')], defaultExtractors);
    const first = (performance.now() - started) / 1000;
    const again = performance.now();
    await ingestRepositories(store, [join(corpus, 'pp18-final-acts')], defaultExtractors);
    return { seconds: first, unchangedSeconds: (performance.now() - again) / 1000, documents: report.documents.created, paragraphs: report.paragraphs };
  } finally {
    await store.close();
    await database.close();
  }
}

async function main() {
  const citations = citationThroughput();
  const ingest = await finalActsIngest();
  const rows = [
    ['Citation extraction over the Final Acts text (one core)', `${citations.mbPerSecond.toFixed(1)} MB/s`, '≥ 5 MB/s', citations.mbPerSecond >= 5 ? 'met' : 'MISSED'],
    ['Ingest of the PP-18 Final Acts (embedded PGlite, in memory)', `${ingest.seconds.toFixed(2)} s (${ingest.documents} documents, ${ingest.paragraphs} paragraphs)`, '< 10 s', ingest.seconds < 10 ? 'met' : 'MISSED'],
    ['Re-ingest of the unchanged Final Acts', `${ingest.unchangedSeconds.toFixed(2)} s`, 'fast', ''],
  ];
  const report = [
    '# Benchmark results',
    '',
    `- date: ${new Date().toISOString()}`,
    `- machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.release()}`,
    `- node ${process.version}`,
    '',
    '| measure | result | target | |',
    '|---|---|---|---|',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
  ].join('\n');
  writeFileSync(join(__dirname, 'RESULTS.md'), report);
  console.log(report);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
