#!/usr/bin/env node
'use strict';
// node bench/big-document.js MB: `npm start` on the embedded store, then `mandate-graph ingest` of one
// document of MB megabytes through the running graph, while a reader asks the gateway a small query ten
// times a second. Writes bench/results/big-document.json: ingest time, the ingest's and the store's peak
// RSS, and the reader's latencies before and during the ingest.
const { spawn } = require('node:child_process');
const { mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync, closeSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const CLI = join(__dirname, '../packages/cli/bin/mandate-graph.js');
const megabytes = Number(process.argv[2] ?? 16);
const scratch = mkdtempSync(join(tmpdir(), 'mandate-big-'));
const env = { ...process.env, MANDATE_DATA_DIR: join(scratch, 'data'), DATABASE_URL: '', NODE_ENV: '', RESPONSE_CACHE_MB: '0' };

function writeBigReport(path, bytes) {
  const out = openSync(path, 'w');
  writeSync(out, 'Report by the Chair of the Council Working Group on Harbour Policy (CWG-Harbour)\n\n');
  for (let size = 0, index = 0; size < bytes; index++) {
    const line = `${Math.floor(index / 100) + 1}.${(index % 100) + 1}\tThe group considered Resolution ${100 + (index % 80)} (Rev. Dubai, 2018) and the harbour data of Member States, paragraph ${index}.\n`;
    writeSync(out, line);
    size += line.length;
  }
  closeSync(out);
}

const residentMb = (pid) => {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;
  } catch {
    return 0;
  }
};

function run(args) {
  const child = spawn(process.execPath, [CLI, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return { child, output: () => output, exited };
}

const waitFor = async (process, pattern) => {
  for (let waited = 0; waited < 180_000; waited += 100) {
    const match = process.output().match(pattern);
    if (match) return match;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${pattern}:\n${process.output()}`);
};

const percentile = (values, share) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] : null;
};

async function main() {
  const small = join(scratch, 'small');
  mkdirSync(small);
  writeFileSync(join(small, 'note.txt'), '1\tThe working group agreed to publish its summary record.\n');
  const big = join(scratch, 'big');
  mkdirSync(big);
  writeBigReport(join(big, 'report.txt'), megabytes * 1e6);

  const graph = run(['start', '--port', '0', '--subgraph-ports', 'auto', '--repository', small]);
  try {
    const [, url] = await waitFor(graph, /serving the graph at (http:\/\/\S+)/);
    const latencies = { before: [], during: [] };
    let phase = 'before';
    let reading = true;
    const reader = (async () => {
      while (reading) {
        const started = performance.now();
        try {
          const response = await fetch(url, {
            method: 'POST', headers: { 'content-type': 'application/json' }, signal: AbortSignal.timeout(120_000),
            body: JSON.stringify({ query: '{ document(id: "small/note") { paragraphs { text } } }' }),
          });
          await response.text();
        } catch {
          // A failed read counts with the time it took.
        }
        latencies[phase].push(performance.now() - started);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 3_000));

    phase = 'during';
    const started = performance.now();
    const ingest = run(['ingest', big]);
    let ingestPeak = 0;
    let storePeak = residentMb(graph.child.pid);
    const sampler = setInterval(() => {
      ingestPeak = Math.max(ingestPeak, residentMb(ingest.child.pid));
      storePeak = Math.max(storePeak, residentMb(graph.child.pid));
    }, 100);
    const code = await ingest.exited;
    clearInterval(sampler);
    const seconds = (performance.now() - started) / 1000;
    reading = false;
    await reader;
    if (code !== 0) throw new Error(`ingest failed (${code}):\n${ingest.output()}`);

    const figures = (values) => ({ count: values.length, p50: percentile(values, 0.5), p99: percentile(values, 0.99), max: Math.max(...values) });
    const result = {
      date: new Date().toISOString(),
      megabytes,
      paragraphs: Number(/(\d+) paragraphs/.exec(ingest.output())?.[1] ?? 0),
      ingestSeconds: seconds,
      ingestPeakRssMb: ingestPeak,
      storePeakRssMb: storePeak,
      readsBefore: figures(latencies.before),
      readsDuring: figures(latencies.during),
    };
    mkdirSync(join(__dirname, 'results'), { recursive: true });
    writeFileSync(join(__dirname, 'results', 'big-document.json'), `${JSON.stringify(result, null, 2)}\n`);
    console.log(result);
  } finally {
    graph.child.kill('SIGTERM');
    await graph.exited;
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
