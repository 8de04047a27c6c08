'use strict';
const { spawn } = require('node:child_process');
const { http } = require('../load');
const QUERIES = {
  '(1)': ['resolutions', `query($id: ID!) { resolution(id: $id) { id issuer kind number title status revisions { label place year } mergedInto { id }
        operativeClauses { block addressee number text source { paragraph start end quote curated } } cites { id } citedBy { id } } }`, { id: 'PP-RES-300' }],
  '(3)': ['meetings', `query($bureau: Assignee!) { actions(assignee: $bureau, status: OPEN, first: 100) { totalCount pageInfo { hasNextPage endCursor }
        edges { cursor node { id paragraph text assignees status dueDate version meeting { id startDate group { id name } } references { id }
        consultation { id } history { at by from status note } source { paragraph start end quote curated } } } } }`, { bureau: 'BDT' }],
  '(5)': ['consultations', `{ consultations(first: 100) { totalCount pageInfo { hasNextPage endCursor } edges { node { id topic opens closes group { id }
        launchedAt { id } reviewedAt { id } responses { total consistent byCategory { category count } } consultationMeeting { id } } } } }`, {}],
};
const env = { ...process.env, DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/bench_10000', AUTH_JWT_SECRET: 'bench-secret', NODE_ENV: 'production' };
function start(root, name, port) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [`${root}/packages/cli/bin/mandate-graph.js`, 'subgraph', name, '--port', String(port)], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const on = (c) => { out += c; if (/serving at/.test(out)) resolve(child); };
    child.stdout.on('data', on); child.stderr.on('data', on);
    child.once('exit', () => reject(new Error(out)));
  });
}
(async () => {
  const builds = { before: '/work/ab-before', lean: '/work/main' };
  const children = [];
  const ports = {};
  let port = 4601;
  for (const [build, root] of Object.entries(builds)) for (const name of ['resolutions', 'meetings', 'consultations']) {
    ports[`${build}:${name}`] = port;
    children.push(await start(root, name, port++));
  }
  const results = {};
  try {
    for (const [op, [name, query, variables]] of Object.entries(QUERIES)) {
      for (const build of Object.keys(builds)) await http(`http://127.0.0.1:${ports[`${build}:${name}`]}/graphql`, query, variables, 1, 3);
      for (let round = 0; round < 3; round++) for (const build of Object.keys(builds)) {
        const r = await http(`http://127.0.0.1:${ports[`${build}:${name}`]}/graphql`, query, variables, 1, 8);
        (results[`${op} ${build}`] ??= []).push(r.p50);
        console.log(op, build, round, r.p50, r.p99, r.rps);
      }
    }
    console.log(JSON.stringify(results));
  } finally { for (const c of children) c.kill(); }
})();
