#!/usr/bin/env node
'use strict';
// Soak: mixed reads and authorized status updates at 20 connections for 10 minutes against the whole graph
// (four subgraph processes and the gateway, as `npm start` runs them) on the database bench_N that
// bench/ingest-scale.js filled. Checks: no 5xx, every acknowledged update is in its action's history,
// p99 of the last minute close to the first. Writes reliability/SOAK-RESULTS.md.
// Usage: node reliability/soak.js [DOCUMENTS=1000] [SECONDS=600] [CONNECTIONS=20]
const { readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const os = require('node:os');
const { signToken } = require('../packages/server-kit/dist');
const { ROOT, startCli, stopAll } = require('../bench/processes');

const SECRET = 'soak-secret';
const GATEWAY = 'http://127.0.0.1:4300/graphql';
const operation = (file) => readFileSync(join(ROOT, 'schema/operations', file), 'utf8');

async function post(query, variables, token) {
  const started = performance.now();
  const response = await fetch(GATEWAY, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  return { status: response.status, body, ms: performance.now() - started };
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? null;
};

async function main() {
  const documents = Number(process.argv[2] ?? 1000);
  const seconds = Number(process.argv[3] ?? 600);
  const connections = Number(process.argv[4] ?? 20);
  const url = new URL(process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  url.pathname = `/bench_${documents}`;
  const env = { DATABASE_URL: url.toString(), AUTH_JWT_SECRET: SECRET, NODE_ENV: 'production' };
  const ports = { documents: 4301, resolutions: 4302, meetings: 4303, consultations: 4304 };
  const children = [];
  try {
    for (const [name, port] of Object.entries(ports)) children.push(await startCli(['subgraph', name, '--port', String(port)], env, /subgraph serving at/));
    children.push(await startCli(['gateway', '--port', '4300', ...Object.entries(ports).map(([name, port]) => `--subgraph=${name}=http://127.0.0.1:${port}/graphql`)], env, /gateway serving at/));

    const secretariat = await signToken({ sub: 'soak-secretariat', role: 'secretariat' }, SECRET, '2h');
    const page = await post('{ actions(first: 100) { edges { node { id } } } }');
    const actions = page.body.data.actions.edges.map((edge) => edge.node.id);
    if (!actions.length) throw new Error(`bench_${documents} holds no actions: run bench/ingest-scale.js ${documents} first`);
    const reads = [
      [operation('resolution-with-revisions.graphql'), { id: 'PP-RES-300' }],
      [operation('mandate-trace.graphql'), { id: 'PP-RES-300' }],
      [operation('bureau-open-actions.graphql'), { bureau: 'BDT' }],
      [operation('search.graphql'), { text: 'harbour data', language: 'EN' }],
      [operation('consultation-responses.graphql'), {}],
    ];
    const update = operation('update-action-status.graphql');
    const statuses = ['OPEN', 'IN_PROGRESS', 'DONE', 'DEFERRED'];

    const minutes = [];
    const acknowledged = [];
    const tally = { requests: 0, fiveHundreds: 0, errors: 0, conflicts: 0, updates: 0 };
    const started = performance.now();
    const until = started + seconds * 1000;
    let serial = 0;
    await Promise.all(Array.from({ length: connections }, async (_, worker) => {
      while (performance.now() < until) {
        const write = Math.random() < 0.2;
        const note = `soak ${worker}-${serial++}`;
        const result = write
          ? await post(update, { id: actions[serial % actions.length], status: statuses[serial % statuses.length], note }, secretariat)
          : await post(...reads[serial % reads.length]);
        const minute = Math.floor((performance.now() - started) / 60_000);
        (minutes[minute] ??= []).push(result.ms);
        tally.requests++;
        if (result.status >= 500) tally.fiveHundreds++;
        const code = result.body.errors?.[0]?.extensions?.code;
        if (code === 'CONFLICT') tally.conflicts++;
        else if (result.body.errors) tally.errors++;
        if (write && !result.body.errors) {
          tally.updates++;
          acknowledged.push({ id: result.body.data.updateActionStatus.id, note });
        }
      }
    }));

    // Every acknowledged update must be in its action's history.
    const notesById = new Map();
    for (const id of new Set(acknowledged.map((entry) => entry.id))) {
      const answer = await post('query($id: ID!) { action(id: $id) { history { note } } }', { id });
      notesById.set(id, new Set(answer.body.data.action.history.map((entry) => entry.note)));
    }
    const lost = acknowledged.filter((entry) => !notesById.get(entry.id)?.has(entry.note));
    // The run ends a moment after its last full minute: that sliver is not a minute to compare.
    const full = minutes.filter((values, index) => index < Math.floor(seconds / 60) || minutes.length === 1);
    const firstP99 = percentile(full[0] ?? [], 99);
    const lastP99 = percentile(full.at(-1) ?? [], 99);
    const lines = [
      '# Soak results',
      '',
      `- date: ${new Date().toISOString()}; ${seconds} s at ${connections} connections; data: ${documents} synthetic documents on the PostgreSQL server`,
      `- machine: ${os.cpus()[0]?.model}, ${os.cpus().length} cores; node ${process.version}; four subgraph processes and the gateway (NODE_ENV=production)`,
      '- mix: 80 % reads (the five saved operations in turn), 20 % status updates by the secretariat, without expectedVersion',
      '',
      '| measure | result | goal | |',
      '|---|---|---|---|',
      `| requests | ${tally.requests} (${(tally.requests / seconds).toFixed(0)}/s) | | |`,
      `| 5xx answers | ${tally.fiveHundreds} | 0 | ${tally.fiveHundreds === 0 ? 'met' : '**MISSED**'} |`,
      `| other errors | ${tally.errors} | 0 | ${tally.errors === 0 ? 'met' : '**MISSED**'} |`,
      `| acknowledged updates | ${tally.updates} (${tally.conflicts} refused as CONFLICT, none applied) | | |`,
      `| acknowledged updates missing from history | ${lost.length} | 0 | ${lost.length === 0 ? 'met' : '**MISSED**'} |`,
      `| p99 first minute → last minute | ${firstP99?.toFixed(1)} ms → ${lastP99?.toFixed(1)} ms | stable (≤ 1.5×) | ${lastP99 <= firstP99 * 1.5 ? 'met' : '**MISSED**'} |`,
      '',
      '| minute | requests | p50 ms | p99 ms |',
      '|---|---|---|---|',
      ...minutes.map((values, minute) => `| ${minute + 1} | ${values.length} | ${percentile(values, 50).toFixed(1)} | ${percentile(values, 99).toFixed(1)} |`),
      '',
    ];
    writeFileSync(join(__dirname, 'SOAK-RESULTS.md'), lines.join('\n'));
    console.log(lines.join('\n'));
    if (tally.fiveHundreds || lost.length) process.exitCode = 1;
  } finally {
    await stopAll(children);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
