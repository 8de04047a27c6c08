'use strict';
const { spawn } = require('node:child_process');
const { http } = require('../load');
const [name, port, query, seconds] = [process.argv[2], 4701, process.argv[3], Number(process.argv[4] ?? 15)];
const env = { ...process.env, DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/bench_10000', AUTH_JWT_SECRET: 'bench-secret', NODE_ENV: 'production' };
(async () => {
  const child = spawn(process.execPath, ['--cpu-prof', '--cpu-prof-dir=/tmp/prof', 'packages/cli/bin/mandate-graph.js', 'subgraph', name, '--port', String(port)], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((r) => child.stdout.on('data', (c) => /serving at/.test(String(c)) && r()));
  await http(`http://127.0.0.1:${port}/graphql`, query, {}, 1, 3);
  const r = await http(`http://127.0.0.1:${port}/graphql`, query, {}, 1, seconds);
  console.log(r);
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
})();
