// Preloaded into benchmarked child processes (node -r): reports peak RSS and CPU time (user +
// system, all threads, ms) on exit through fd 3 so it never mixes with the tool's own
// stdout/stderr.
const { writeSync } = require('node:fs');
process.on('exit', () => {
  try {
    const usage = process.resourceUsage();
    writeSync(3, JSON.stringify({ maxRssKb: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 }) + '\n');
  } catch {}
});
