#!/usr/bin/env node
'use strict';
// Ingest throughput at scale: generates a synthetic repository of N documents, ingests it into a fresh
// PostgreSQL database bench_N, and records the figures in bench/results/ingest-N.json. The database is
// kept for the query benchmark (bench/queries.js). Usage: node bench/ingest-scale.js N [seed]
require('reflect-metadata');
const { mkdirSync, rmSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const os = require('node:os');
const { Client } = require('pg');
const { generateRepository, SUBGRAPH_DEFINITIONS } = require('../packages/cli/dist');
const { defaultExtractors, ingestRepositories, openIngestionStore } = require('../packages/ingestion/dist');

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

function databaseUrl(documents) {
  const url = new URL(ADMIN_URL);
  url.pathname = `/bench_${documents}`;
  return url.toString();
}

async function recreateDatabase(documents) {
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`drop database if exists bench_${documents}`);
    await admin.query(`create database bench_${documents}`);
  } finally {
    await admin.end();
  }
}

async function main() {
  const documents = Number(process.argv[2]);
  const seed = Number(process.argv[3] ?? 7);
  if (!Number.isInteger(documents) || documents < 1) throw new Error('usage: node bench/ingest-scale.js DOCUMENTS [SEED]');
  const out = join(os.tmpdir(), `mandate-bench-${documents}-${seed}`);
  rmSync(out, { recursive: true, force: true });
  generateRepository({ documents, seed, out });
  await recreateDatabase(documents);
  const store = await openIngestionStore(databaseUrl(documents), SUBGRAPH_DEFINITIONS);
  try {
    let last = 0;
    const started = performance.now();
    const report = await ingestRepositories(store, [out], defaultExtractors, {
      file(done, total) {
        if (done - last >= 1000 || done === total) {
          last = done;
          console.log(`${done}/${total} documents, ${((performance.now() - started) / 1000).toFixed(0)} s`);
        }
      },
      failure(failure) {
        console.error(`${failure.path}: ${failure.reason}`);
      },
    });
    const result = {
      documents,
      seed,
      created: report.documents.created,
      failures: report.failures.length,
      paragraphs: report.paragraphs,
      seconds: report.seconds,
      documentsPerSecond: report.documents.created / report.seconds,
      paragraphsPerSecond: report.paragraphs / report.seconds,
      database: 'PostgreSQL server (localhost)',
      date: new Date().toISOString(),
    };
    mkdirSync(join(__dirname, 'results'), { recursive: true });
    writeFileSync(join(__dirname, 'results', `ingest-${documents}.json`), `${JSON.stringify(result, null, 2)}\n`);
    console.log(result);
  } finally {
    await store.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
