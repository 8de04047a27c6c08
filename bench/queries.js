#!/usr/bin/env node
'use strict';
// Query latency and throughput at one scale, side by side on the same data in the same run:
// (a) the shortest hand-written SQL for the same answer (the floor), (b) each subgraph queried directly,
// (c) our gateway, (d) Hive Gateway serving the same schema/supergraph.graphql, and (c') our gateway with
// its response cache: (c) runs with the cache off, so that (c) and (d) both do the planning and fetching.
// Needs the database bench_N that bench/ingest-scale.js N filled. Usage: node bench/queries.js N [seconds]
const { execFileSync } = require('node:child_process');
const { existsSync, readFileSync, writeFileSync, mkdirSync } = require('node:fs');
const { join } = require('node:path');
const { Pool } = require('pg');
const { FLOOR, SAME_ANSWER } = require('./floor');
const { ROOT, startCli, startProcess, stopAll } = require('./processes');
const { OUR_GATEWAY, SUBGRAPH_PORTS, http, post, settle, summary } = require('./load');

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const CONNECTIONS = [1, 10, 50];
const OUR_CACHED_GATEWAY = 'http://127.0.0.1:4101/graphql';
const HIVE_GATEWAY = 'http://127.0.0.1:4200/graphql';
const GATEWAY_NODE_OPTIONS = '--max-old-space-size=256';

/**
 * Hive Gateway's binary, installed from bench/peers' own lockfile on first use: it needs Node 22, so the
 * project's own install does not bring it.
 */
function hiveGateway() {
  const peers = join(__dirname, 'peers');
  const binary = join(peers, 'node_modules/.bin/hive-gateway');
  if (!existsSync(binary)) {
    console.log('installing the benchmark peers (bench/peers: Hive Gateway) from the npm registry');
    execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: peers, stdio: 'inherit' });
  }
  return binary;
}

const operation = (file) => readFileSync(join(ROOT, 'schema/operations', file), 'utf8');

/** The five saved operations (search twice: Chinese and English), their variables, and the subgraph that can answer alone. */
const OPERATIONS = [
  {
    name: '(1) resolution by id with revisions',
    query: operation('resolution-with-revisions.graphql'),
    variables: { id: 'PP-RES-300' },
    direct: {
      subgraph: 'resolutions',
      query: `query($id: ID!) { resolution(id: $id) { id issuer kind number title status revisions { label place year } mergedInto { id }
        operativeClauses { block addressee number text source { paragraph start end quote curated } } cites { id } citedBy { id } } }`,
    },
    floor: 'resolution',
  },
  { name: '(2) mandate trace', query: operation('mandate-trace.graphql'), variables: { id: 'PP-RES-300' }, direct: null, floor: 'mandateTrace' },
  {
    name: '(3) open actions of a bureau, 100 per page',
    query: operation('bureau-open-actions.graphql'),
    variables: { bureau: 'BDT' },
    direct: {
      subgraph: 'meetings',
      query: `query($bureau: Assignee!) { actions(assignee: $bureau, status: OPEN, first: 100) { totalCount pageInfo { hasNextPage endCursor }
        edges { cursor node { id paragraph text assignees status dueDate version meeting { id startDate group { id name } } references { id }
        consultation { id } history { at by from status note } source { paragraph start end quote curated } } } } }`,
    },
    floor: 'bureauActions',
  },
  { name: '(4) search in Chinese', query: operation('search.graphql'), variables: { text: '环境', language: 'ZH' }, direct: { subgraph: 'documents', query: operation('search.graphql') }, floor: 'search' },
  { name: '(4) search in English', query: operation('search.graphql'), variables: { text: 'harbour data', language: 'EN' }, direct: { subgraph: 'documents', query: operation('search.graphql') }, floor: 'search' },
  {
    name: '(5) responses by category, every consultation (first page of 100)',
    query: operation('consultation-responses.graphql'),
    variables: {},
    direct: {
      subgraph: 'consultations',
      query: `{ consultations(first: 100) { totalCount pageInfo { hasNextPage endCursor } edges { node { id topic opens closes group { id }
        launchedAt { id } reviewedAt { id } responses { total consistent byCategory { category count } } consultationMeeting { id } } } } }`,
    },
    floor: 'responses',
  },
];

/** Samples the resident memory of a process while `work` runs; returns the peak in MB with the work's result. */
async function peakRss(pid, work) {
  let peak = 0;
  const sample = () => {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      peak = Math.max(peak, Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024);
    } catch {}
  };
  const timer = setInterval(sample, 200);
  try {
    return { result: await work(), peak };
  } finally {
    clearInterval(timer);
    sample();
  }
}

async function sql(pool, run, connections, seconds) {
  const latencies = [];
  const until = performance.now() + seconds * 1000;
  await Promise.all(Array.from({ length: connections }, async () => {
    while (performance.now() < until) {
      const started = performance.now();
      await run(pool);
      latencies.push(performance.now() - started);
    }
  }));
  return summary(latencies, seconds, 0);
}

async function main() {
  const documents = Number(process.argv[2]);
  const seconds = Number(process.argv[3] ?? 5);
  if (!Number.isInteger(documents)) throw new Error('usage: node bench/queries.js DOCUMENTS [SECONDS]');
  const url = new URL(ADMIN_URL);
  url.pathname = `/bench_${documents}`;
  const databaseUrl = url.toString();
  const env = { DATABASE_URL: databaseUrl, AUTH_JWT_SECRET: 'bench-secret', NODE_ENV: 'production' };
  // Our gateways run with the heap size the README recommends for a gateway process.
  const gatewayEnv = { ...env, NODE_OPTIONS: GATEWAY_NODE_OPTIONS };
  const children = [];
  const pool = new Pool({ connectionString: databaseUrl, max: 50 });
  try {
    for (const [name, port] of Object.entries(SUBGRAPH_PORTS)) {
      children.push(await startCli(['subgraph', name, '--port', String(port)], env, /subgraph serving at/));
    }
    const ours = await startCli(['gateway', '--port', '4100'], { ...gatewayEnv, RESPONSE_CACHE_MB: '0' }, /gateway serving at/);
    children.push(ours);
    const oursCached = await startCli(['gateway', '--port', '4101'], gatewayEnv, /gateway serving at/);
    children.push(oursCached);
    const hive = await startProcess(hiveGateway(), ['supergraph', 'schema/supergraph.graphql', '--port', '4200', '--host', '127.0.0.1'], env, /Serving|listening|started/i);
    children.push(hive);

    const rows = [];
    let gatewayPeakRss = 0;
    let cachedGatewayPeakRss = 0;
    for (const op of OPERATIONS) {
      // Every target must give the same data before it is timed.
      const reference = await post(OUR_GATEWAY, op.query, op.variables);
      if (reference.errors) throw new Error(`${op.name} fails on our gateway: ${JSON.stringify(reference.errors)}`);
      const peer = await post(HIVE_GATEWAY, op.query, op.variables);
      const sameOnHive = JSON.stringify(peer.data) === JSON.stringify(reference.data);
      const check = SAME_ANSWER[op.floor];
      const sameOnFloor = check ? check((await FLOOR[op.floor](op.variables)(pool)).rows, reference.data) : null;
      if (sameOnFloor === false) console.error(`${op.name}: the floor SQL answers differently from the gateway`);
      // Warm every target (JIT, query plans, connection pools) before anything is timed.
      await sql(pool, FLOOR[op.floor](op.variables), 10, 1);
      if (op.direct) await http(`http://127.0.0.1:${SUBGRAPH_PORTS[op.direct.subgraph]}/graphql`, op.direct.query, op.variables, 10, 1);
      await http(OUR_GATEWAY, op.query, op.variables, 10, 1);
      await http(OUR_CACHED_GATEWAY, op.query, op.variables, 10, 1);
      await http(HIVE_GATEWAY, op.query, op.variables, 10, 1);
      for (const connections of CONNECTIONS) {
        const floor = await sql(pool, FLOOR[op.floor](op.variables), connections, seconds);
        await settle();
        const direct = op.direct
          ? await http(`http://127.0.0.1:${SUBGRAPH_PORTS[op.direct.subgraph]}/graphql`, op.direct.query, op.variables, connections, seconds)
          : null;
        await settle();
        const measured = await peakRss(ours.pid, () => http(OUR_GATEWAY, op.query, op.variables, connections, seconds));
        gatewayPeakRss = Math.max(gatewayPeakRss, measured.peak);
        await settle();
        const cached = await peakRss(oursCached.pid, () => http(OUR_CACHED_GATEWAY, op.query, op.variables, connections, seconds));
        cachedGatewayPeakRss = Math.max(cachedGatewayPeakRss, cached.peak);
        await settle();
        const peerResult = await http(HIVE_GATEWAY, op.query, op.variables, connections, seconds);
        await settle();
        rows.push({ operation: op.name, connections, floor, direct, gateway: measured.result, cachedGateway: cached.result, hive: peerResult, sameOnHive, sameOnFloor });
        console.log(op.name, connections, 'floor', floor.p50.toFixed(2), 'direct', direct?.p50 ?? '-', 'ours', measured.result.p50, 'cached', cached.result.p50, 'hive', peerResult.p50);
      }
    }
    const result = { documents, seconds, date: new Date().toISOString(), gatewayNodeOptions: GATEWAY_NODE_OPTIONS, gatewayPeakRssMb: gatewayPeakRss, cachedGatewayPeakRssMb: cachedGatewayPeakRss, rows };
    mkdirSync(join(__dirname, 'results'), { recursive: true });
    writeFileSync(join(__dirname, 'results', `queries-${documents}.json`), `${JSON.stringify(result, null, 2)}\n`);
  } finally {
    await stopAll(children);
    await pool.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
