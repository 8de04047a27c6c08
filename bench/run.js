#!/usr/bin/env node
'use strict';
// npm run bench: throughput figures on the real corpus, written to bench/RESULTS.md with machine and date.
// Not part of npm test: targets are met here, never in a timed unit test.
require('reflect-metadata');
const { existsSync, mkdirSync, readFileSync, writeFileSync } = require('node:fs');
const { spawnSync } = require('node:child_process');
const { parseArgs } = require('node:util');
const { join } = require('node:path');
const { findCitations, parseAkomaNtoso } = require('../packages/extraction/dist');
const { startEmbeddedPostgres } = require('../packages/database/dist');
const { defaultExtractors, ingestRepositories, openIngestionStore } = require('../packages/ingestion/dist');
const { SUBGRAPH_DEFINITIONS } = require('../packages/cli/dist');
const { writeReport } = require('./report');

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
  const store = await openIngestionStore(database.url, SUBGRAPH_DEFINITIONS);
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

/** Runs a bench script as its own process, so that its timings do not share this one's heap. */
function runScript(script, args) {
  const result = spawnSync(process.execPath, [join(__dirname, script), ...args.map(String)], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${script} ${args.join(' ')} failed (${result.status})`);
}

/**
 * npm run bench [-- --documents 1000,10000] [--seconds 5] [--reuse]: the corpus figures, then ingest and
 * queries at each scale (--reuse keeps a scale's database and figures from an earlier run).
 */
async function main() {
  const { values } = parseArgs({ options: { documents: { type: 'string', default: '1000' }, seconds: { type: 'string', default: '5' }, reuse: { type: 'boolean', default: false } } });
  const citations = citationThroughput();
  const ingest = await finalActsIngest();
  mkdirSync(join(__dirname, 'results'), { recursive: true });
  writeFileSync(join(__dirname, 'results', 'corpus.json'), `${JSON.stringify({
    date: new Date().toISOString(), citationsMbPerSecond: citations.mbPerSecond, finalActsSeconds: ingest.seconds,
    finalActsDocuments: ingest.documents, finalActsParagraphs: ingest.paragraphs, unchangedSeconds: ingest.unchangedSeconds,
  }, null, 2)}\n`);
  runScript('big-document.js', [16]);
  // --documents '' measures the corpus only and rewrites the report from the scale runs on record.
  for (const documents of values.documents.split(',').filter(Boolean).map(Number)) {
    if (!(values.reuse && existsSync(join(__dirname, 'results', `ingest-${documents}.json`)))) runScript('ingest-scale.js', [documents]);
    runScript('queries.js', [documents, values.seconds]);
  }
  const largest = values.documents.split(',').filter(Boolean).map(Number).at(-1);
  if (largest) runScript('reads-during-ingest.js', [largest, Math.max(1000, largest / 2)]);
  console.log(writeReport());
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
