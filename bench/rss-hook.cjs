// Preloaded into benchmarked child processes (node -r): reports peak RSS on exit
// (and CPU time) through fd 3 so it never mixes with the tool's own stdout/stderr.
const { writeSync } = require('node:fs');
process.on('exit', () => {
  try {
    const usage = process.resourceUsage();
    // CPU time of every thread (main and workers), in ms: less disturbed by a busy machine than wall time.
    writeSync(3, JSON.stringify({ maxRssKb: usage.maxRSS, cpuMs: Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000) }) + '\n');
  } catch {}
});
