#!/usr/bin/env node
'use strict';
// Reads while a large ingest writes to the same store: the subgraphs and our gateway (response cache off)
// serve bench_N, which bench/ingest-scale.js N filled; (1) and (2) are timed at 10 connections while idle,
// then again while `mandate-graph ingest` reads a second synthetic repository of M documents into the
// same database (its groups, meetings and resolutions are the first one's, so the writes touch the rows
// the reads ask for). The second repository is removed afterwards. Writes
// bench/results/reads-during-ingest-N.json. Usage: node bench/reads-during-ingest.js N [M] [seconds]
const { spawn } = require('node:child_process');
const { mkdirSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const os = require('node:os');
const { join } = require('node:path');
const { generateRepository } = require('../packages/cli/dist');
const { CLI, startCli, stopAll } = require('./processes');
const { OUR_GATEWAY, SUBGRAPH_PORTS, http, post, settle } = require('./load');

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const CONNECTIONS = 10;
const SEED = 11;

const operation = (file) => readFileSync(join(__dirname, '..', 'schema/operations', file), 'utf8');
const OPERATIONS = [
  { name: '(1) resolution by id with revisions', query: operation('resolution-with-revisions.graphql'), variables: { id: 'PP-RES-300' } },
  { name: '(2) mandate trace', query: operation('mandate-trace.graphql'), variables: { id: 'PP-RES-300' } },
];

/** `mandate-graph ARGS...` run to its end: its output, and a promise of its exit code. */
function run(args, env) {
  const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return { child, output: () => output, exited: new Promise((resolve) => child.once('exit', resolve)) };
}

async function timeEach(seconds) {
  const rows = {};
  for (const op of OPERATIONS) rows[op.name] = await http(OUR_GATEWAY, op.query, op.variables, CONNECTIONS, seconds);
  return rows;
}

async function main() {
  const documents = Number(process.argv[2]);
  const ingested = Number(process.argv[3] ?? 5000);
  const seconds = Number(process.argv[4] ?? 10);
  if (!Number.isInteger(documents) || !Number.isInteger(ingested)) throw new Error('usage: node bench/reads-during-ingest.js N [M] [seconds]');
  const url = new URL(ADMIN_URL);
  url.pathname = `/bench_${documents}`;
  const env = { DATABASE_URL: url.toString(), AUTH_JWT_SECRET: 'bench-secret', NODE_ENV: 'production' };
  const repository = join(os.tmpdir(), `mandate-bench-during-${ingested}-${SEED}`);
  rmSync(repository, { recursive: true, force: true });
  generateRepository({ documents: ingested, seed: SEED, out: repository });

  const children = [];
  try {
    for (const [name, port] of Object.entries(SUBGRAPH_PORTS)) {
      children.push(await startCli(['subgraph', name, '--port', String(port)], env, /subgraph serving at/));
    }
    children.push(await startCli(['gateway', '--port', '4100'], { ...env, RESPONSE_CACHE_MB: '0', NODE_OPTIONS: '--max-old-space-size=256' }, /gateway serving at/));
    for (const op of OPERATIONS) {
      const answer = await post(OUR_GATEWAY, op.query, op.variables);
      if (answer.errors) throw new Error(`${op.name} fails: ${JSON.stringify(answer.errors)}`);
    }
    await timeEach(2);
    await settle();
    const idle = await timeEach(seconds);

    const started = performance.now();
    const ingest = run(['ingest', repository], env);
    // Past the store's opening and migrations: the timing starts once documents are being written.
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    const during = await timeEach(seconds);
    const ingestRanThroughout = ingest.child.exitCode === null;
    const code = await ingest.exited;
    const ingestSeconds = (performance.now() - started) / 1000;
    if (code !== 0) throw new Error(`ingest failed (${code}):\n${ingest.output()}`);

    const removalStarted = performance.now();
    const removal = run(['remove', `synthetic-${SEED}`], env);
    if ((await removal.exited) !== 0) throw new Error(`removing synthetic-${SEED} failed:\n${removal.output()}`);
    const removalSeconds = (performance.now() - removalStarted) / 1000;

    const rows = OPERATIONS.map((op) => ({ operation: op.name, connections: CONNECTIONS, idle: idle[op.name], during: during[op.name], p99Ratio: during[op.name].p99 / idle[op.name].p99 }));
    const result = { documents, ingested, seconds, date: new Date().toISOString(), ingestSeconds, ingestRanThroughout, removalSeconds, rows };
    mkdirSync(join(__dirname, 'results'), { recursive: true });
    writeFileSync(join(__dirname, 'results', `reads-during-ingest-${documents}.json`), `${JSON.stringify(result, null, 2)}\n`);
    console.log(JSON.stringify(result, null, 2));
  } finally {
    await stopAll(children);
    rmSync(repository, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
