const p = JSON.parse(require('fs').readFileSync(process.argv[2]));
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = p.timeDeltas; let total = 0;
for (let i = 0; i < p.samples.length; i++) { const d = dt[i] || 0; total += d; self.set(p.samples[i], (self.get(p.samples[i]) || 0) + d); }
const cat = (n) => { const u = n.callFrame.url; if (!u) return n.callFrame.functionName || '(native)'; const m = u.match(/node_modules\/((@[^/]+\/)?[^/]+)/); if (m) return m[1]; if (u.includes('/packages/')) return 'ours:' + u.split('/packages/')[1].split('/')[0]; if (u.includes('/services/')) return 'ours:' + u.split('/services/')[1].split('/')[0]; if (u.startsWith('node:')) return 'node-core'; return u; };
const agg = new Map(); const fn = new Map();
for (const [id, t] of self) { const n = byId.get(id); const c = cat(n); agg.set(c, (agg.get(c) || 0) + t); const k = c + ' ' + n.callFrame.functionName + ':' + n.callFrame.lineNumber; fn.set(k, (fn.get(k) || 0) + t); }
const idle = [...self].filter(([id]) => byId.get(id).callFrame.functionName === '(idle)').reduce((a, [, t]) => a + t, 0);
console.log('total ms', (total / 1000).toFixed(0), 'idle', (idle / 1000).toFixed(0));
for (const [c, t] of [...agg].sort((a, b) => b[1] - a[1]).slice(0, 18)) console.log((t / 1000).toFixed(0).padStart(7), c);
console.log('---');
for (const [c, t] of [...fn].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log((t / 1000).toFixed(0).padStart(7), c);
