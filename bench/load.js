'use strict';
// Load generation shared by the benchmarks that time the graph over HTTP.
const autocannon = require('autocannon');

const SUBGRAPH_PORTS = { documents: 4001, resolutions: 4002, meetings: 4003, consultations: 4004 };
const OUR_GATEWAY = 'http://127.0.0.1:4100/graphql';

async function post(url, query, variables) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return response.json();
}

/** The same percentiles for every target, from every latency recorded (autocannon's own table has no p95). */
function summary(latencies, seconds, errors) {
  latencies.sort((a, b) => a - b);
  const at = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];
  return { p50: at(50), p95: at(95), p99: at(99), rps: latencies.length / seconds, errors };
}

async function http(url, query, variables, connections, seconds) {
  const latencies = [];
  const result = await autocannon({
    url, method: 'POST', connections, duration: seconds,
    headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }),
    setupClient: (client) => client.on('response', (_status, _bytes, responseTime) => latencies.push(responseTime)),
  });
  return summary(latencies, seconds, result.errors + result.non2xx);
}

/**
 * Waits until every subgraph answers its /health at once: a cell's requests still queued when its time is
 * up would otherwise be charged to the next target timed. /health reads the database through the
 * subgraph's pool, so it also waits for queued queries (a `{ __typename }` probe would not).
 */
async function settle(maxMs = 60_000) {
  const until = performance.now() + maxMs;
  for (const port of Object.values(SUBGRAPH_PORTS)) {
    for (;;) {
      const started = performance.now();
      await fetch(`http://127.0.0.1:${port}/health`).then((response) => response.text());
      if (performance.now() - started < 20 || performance.now() > until) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

module.exports = { OUR_GATEWAY, SUBGRAPH_PORTS, http, post, settle, summary };
