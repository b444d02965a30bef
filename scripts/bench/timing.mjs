// Timing commands: hyperfine when it is installed (called in rounds, see withHyperfine),
// else a small Node harness (warm-up runs, then rounds that take the commands in turn,
// median reported). Times in ms.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export function hyperfineVersion() {
  const probe = spawnSync("hyperfine", ["--version"], { encoding: "utf8" });
  return probe.status === 0 ? probe.stdout.trim() : undefined;
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** A command as one string for hyperfine -N (which splits on spaces, honouring quotes). */
function commandLine(argv) {
  return argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replaceAll("'", "'\\''")}'`)).join(" ");
}

function fail(argv, result) {
  const why = result.error ? result.error.message : `exit ${result.status}: ${String(result.stderr).trim().split("\n").slice(-3).join(" | ")}`;
  throw new Error(`bench: \`${commandLine(argv)}\` failed (${why})`);
}

/** Runs each command once and throws if one fails (hyperfine would only say "non-zero exit"). */
export function checkCommands(commands, cwd) {
  for (const { argv } of commands) {
    const result = spawnSync(argv[0], argv.slice(1), { cwd, encoding: "utf8", stdio: ["ignore", "ignore", "pipe"] });
    if (result.status !== 0) fail(argv, result);
  }
}

function hyperfineOnce(commands, { cwd, runs, warmup }) {
  const dir = mkdtempSync(join(tmpdir(), "work-report-hyperfine-"));
  try {
    const json = join(dir, "times.json");
    const args = ["-N", "--style", "none", "--warmup", String(warmup), "--runs", String(runs), "--export-json", json];
    const result = spawnSync("hyperfine", [...args, ...commands.map((c) => commandLine(c.argv))], { cwd, encoding: "utf8" });
    if (result.status !== 0) fail(["hyperfine", ...args], result);
    return JSON.parse(readFileSync(json, "utf8")).results.map((r) => r.times.map((s) => s * 1000));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * hyperfine runs all runs of one command, then all of the next: on a shared machine the
 * load drifts in between, and the drift lands in their ratio. So it is called in rounds
 * of a few runs each, the commands' order reversed every other round, and the times of
 * all rounds pooled.
 */
function withHyperfine(commands, { cwd, runs, warmup }) {
  const rounds = Math.max(1, Math.min(5, Math.floor(runs / 2)));
  const times = commands.map(() => []);
  for (let round = 0; round < rounds; round++) {
    const order = commands.map((_, i) => i);
    if (round % 2) order.reverse();
    const runsNow = Math.ceil((runs - times[0].length) / (rounds - round));
    const result = hyperfineOnce(order.map((i) => commands[i]), { cwd, runs: Math.max(2, runsNow), warmup: round === 0 ? warmup : 1 });
    result.forEach((t, j) => times[order[j]].push(...t));
  }
  return times;
}

function withNode(commands, { cwd, runs, warmup }) {
  const times = commands.map(() => []);
  for (let round = -warmup; round < runs; round++) {
    commands.forEach(({ argv }, i) => {
      const start = process.hrtime.bigint();
      const result = spawnSync(argv[0], argv.slice(1), { cwd, stdio: ["ignore", "ignore", "pipe"] });
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (result.status !== 0) fail(argv, result);
      if (round >= 0) times[i].push(ms);
    });
  }
  return times;
}

/**
 * Times the commands ({name, argv}) in one run, so their ratios share the machine's
 * state. Returns {name: medianMs}.
 */
export function timeCommands(commands, options) {
  const times = options.hyperfine ? withHyperfine(commands, options) : withNode(commands, options);
  return Object.fromEntries(commands.map((c, i) => [c.name, median(times[i])]));
}

/** Peak resident set size (MB) of a command, the largest of `runs` runs (a preload reports it). */
export function peakRssMb(argv, { cwd, runs = 3 }) {
  const dir = mkdtempSync(join(tmpdir(), "work-report-rss-"));
  try {
    let peak = 0;
    for (let i = 0; i < runs; i++) {
      const file = join(dir, `rss-${i}`);
      const preload = fileURLToPath(new URL("./max-rss.cjs", import.meta.url));
      const result = spawnSync(argv[0], ["--require", preload, ...argv.slice(1)], {
        cwd,
        env: { ...process.env, WORK_REPORT_BENCH_RSS: file },
        stdio: ["ignore", "ignore", "pipe"],
      });
      if (result.status !== 0) fail(argv, result);
      peak = Math.max(peak, Number(readFileSync(file, "utf8")) / 1024);
    }
    return peak;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
