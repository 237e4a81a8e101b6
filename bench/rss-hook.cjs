// Preloaded into benchmarked child processes (node -r): reports peak RSS on exit
// through fd 3 so it never mixes with the tool's own stdout/stderr.
const { writeSync } = require('node:fs');
process.on('exit', () => {
  try {
    writeSync(3, JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS }) + '\n');
  } catch {}
});
