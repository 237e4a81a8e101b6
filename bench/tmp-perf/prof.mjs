import { readFileSync } from 'node:fs';
const f = process.argv[2];
const prof = JSON.parse(readFileSync(f, 'utf8'));
const self = new Map(); const byId = new Map(prof.nodes.map(n => [n.id, n]));
const dt = prof.timeDeltas; let total = 0;
const counts = new Map();
prof.samples.forEach((id, i) => { counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0)); total += dt[i] ?? 0; });
for (const [id, t] of counts) { const n = byId.get(id); const cf = n.callFrame; const key = `${cf.functionName || '(anon)'} ${cf.url.replace(/.*node_modules\//, '').replace(/.*\/work\/main\//, '')}:${cf.lineNumber + 1}`; self.set(key, (self.get(key) ?? 0) + t); }
const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, +(process.argv[3] ?? 25));
console.log('total ms', (total / 1000).toFixed(0));
for (const [k, t] of top) console.log((100 * t / total).toFixed(1).padStart(5) + '%', (t / 1000).toFixed(0).padStart(6) + ' ms', k);
