const M = require('module'); const orig = M._load; const seen = [];
M._load = function (req, parent, isMain) { const t = process.hrtime.bigint(); const r = orig.apply(this, arguments); seen.push([req, Number(process.hrtime.bigint() - t) / 1e6]); return r; };
process.on('exit', () => { process._rawDebug(seen.filter(s => s[1] > 1).map(s => s[0] + ' ' + s[1].toFixed(1)).join('\n')); process._rawDebug('count ' + seen.length); });
