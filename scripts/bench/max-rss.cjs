// Preloaded (node --require) into a benchmarked process: on exit, writes the process's
// peak resident set size in KB to the file named by WORK_REPORT_BENCH_RSS.
const { writeFileSync } = require("node:fs");

process.on("exit", () => {
  writeFileSync(process.env.WORK_REPORT_BENCH_RSS, String(process.resourceUsage().maxRSS));
});
