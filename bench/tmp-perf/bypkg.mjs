import { readFileSync } from 'node:fs';
const prof = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const byId = new Map(prof.nodes.map(n => [n.id, n]));
const counts = new Map(); let total = 0;
prof.samples.forEach((id, i) => { const d = prof.timeDeltas[i] ?? 0; counts.set(id, (counts.get(id) ?? 0) + d); total += d; });
const agg = new Map();
for (const [id, t] of counts) { const u = byId.get(id).callFrame.url; let k = u.includes('node_modules') ? u.match(/node_modules\/((@[^/]+\/)?[^/]+)/)[1] : u.includes('/dist/') ? 'dist:' + u.split('/dist/')[1] : u.startsWith('node:') ? 'node-internal' : (u || '(native/gc/program)'); agg.set(k, (agg.get(k) ?? 0) + t); }
console.log('total', (total/1000).toFixed(0), 'ms');
for (const [k, t] of [...agg].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log((t/1000).toFixed(1).padStart(7), k);
