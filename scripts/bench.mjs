// `npm run bench`: how fast `report` is, as ratios measured in one run on this machine.
//
//   node scripts/bench.mjs [--runs N] [--warmup N] [--year YYYY] [--files N] [--node-harness] [--keep]
//
// Everything it writes goes to a temporary folder (removed at the end unless --keep);
// the repository is only read. Targets are in docs/performance.md.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { writeManyFiles, writeScaledReports, writeWarnedReport } from "./bench/fixtures.mjs";
import { printReport } from "./bench/table.mjs";
import { checkCommands, hyperfineVersion, peakRssMb, timeCommands } from "./bench/timing.mjs";

const ROOT = resolve(import.meta.dirname, "..");
/** The report's sizes for the scaling rows: the issue asks for 1×, 10× and 50×; 100× makes the growth measurable (see table.mjs). */
const SCALES = [1, 10, 50, 100];
const BIN = join(ROOT, "bin/report.js");

const { values: opts } = parseArgs({
  options: {
    runs: { type: "string", default: "15" },
    warmup: { type: "string", default: "3" },
    year: { type: "string" },
    files: { type: "string", default: "1000" },
    "node-harness": { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
  },
});

const year = opts.year ?? readdirSync(join(ROOT, "data")).filter((n) => /^\d{4}\.yaml$/.test(n)).sort().at(-1)?.slice(0, 4);
if (!year) throw new Error("bench: no data/<year>.yaml to measure");
const hyperfine = opts["node-harness"] ? undefined : hyperfineVersion();
const pandoc = spawnSync("pandoc", ["--version"], { encoding: "utf8" });
const pandocVersion = pandoc.status === 0 ? pandoc.stdout.split("\n")[0] : undefined;
const timing = { runs: Number(opts.runs), warmup: Number(opts.warmup), hyperfine: Boolean(hyperfine) };

const work = mkdtempSync(join(tmpdir(), "work-report-bench-"));
try {
  // The sample as a user has it (data/, so build also reads last year's file for the
  // metrics table), the scaled reports and the many files.
  cpSync(join(ROOT, "data"), join(work, "data"), { recursive: true });
  const sample = join(work, "data", `${year}.yaml`);
  const scales = writeScaledReports(sample, year, work, SCALES);
  writeManyFiles(sample, year, work, Number(opts.files));
  const warnings = writeWarnedReport(sample, year, work);
  // Last year's file at the same sizes, for diff (the sample's 20× for the 20× row).
  const lastYear = join(work, "data", `${Number(year) - 1}.yaml`);
  writeScaledReports(lastYear, String(Number(year) - 1), work, [1, 20]);
  writeScaledReports(sample, year, work, [20]);

  const report = (...args) => ({ name: args.join(" "), argv: [process.execPath, BIN, ...args] });
  const node0 = { name: "node -e 0", argv: [process.execPath, "-e", "0"] };
  const validate = report("validate", `data/${year}.yaml`);
  const build = report("build", year, "--out-dir", "out");
  // The same year with warnings: one code path for both, measured for both.
  const validateWarned = report("validate", `warned/${year}.yaml`);
  const buildWarned = report("build", year, "--data", `warned/${year}.yaml`, "--out-dir", "out-warned");
  const buildAt = (n) => report("build", year, "--data", `scale-${n}/${year}.yaml`, "--out-dir", `out-${n}`);
  const validateAt = (n) => report("validate", `scale-${n}/${year}.yaml`);
  const many = report("validate", "--data-dir", "many");
  // diff and import at 1× and 20×: linear or n·log n, so 20× costs at most about 20× the work.
  const diffAt = (n) => report("diff", "--a", `scale-${n}/${Number(year) - 1}.yaml`, "--b", `scale-${n}/${year}.yaml`);
  // import always checks its round trip (validate → render → compare), --check or not.
  const importAt = (n) => report("import", `out-${n}/${year}.md`);
  const pandocAt = (n) => ({ name: `pandoc ${n}×`, argv: ["pandoc", "-f", "gfm", "-t", "docx", `out-${n}/${year}.md`, "-o", `pandoc-${n}.docx`] });
  const pandocLarge = pandocAt(50);
  // The 1× pair takes the 50× ratio apart: what each costs at all, and per added 1×.
  const pandocSmall = pandocAt(1);
  // For comparison only; needs POSIX env(1) (hyperfine cannot set a variable per command).
  const hasEnv = spawnSync("env", ["NODE_DISABLE_COMPILE_CACHE=1", process.execPath, "-e", "0"]).status === 0;
  const noCache = { name: "build without code cache", argv: ["env", "NODE_DISABLE_COMPILE_CACHE=1", ...build.argv] };

  // One run of everything first: fails loudly on a broken command, writes the Markdown
  // pandoc converts, and fills the code cache as a user's second run finds it.
  const all = [validate, build, validateWarned, buildWarned, ...[...SCALES, 20].flatMap((n) => [buildAt(n), validateAt(n)]), many];
  checkCommands(all, work);
  const grown = [diffAt(1), diffAt(20), importAt(1), importAt(20)];
  checkCommands(grown, work);
  if (pandocVersion) checkCommands([pandocLarge, pandocSmall], work);

  const startup = timeCommands([node0, validate, validateWarned, build, buildWarned, ...(hasEnv ? [noCache] : [])], { ...timing, cwd: work });
  const large = timeCommands([buildAt(50), ...(pandocVersion ? [pandocLarge, buildAt(1), pandocSmall] : [])], { ...timing, cwd: work });
  const manyFiles = timeCommands([many], { ...timing, runs: Math.max(3, Math.ceil(timing.runs / 3)), warmup: 1, cwd: work });
  const scaling = timeCommands(SCALES.flatMap((n) => [buildAt(n), validateAt(n)]), { ...timing, cwd: work });
  const rss = peakRssMb(buildAt(50).argv, { cwd: work });
  const growth = timeCommands([node0, ...grown], { ...timing, runs: Math.max(3, Math.ceil(timing.runs / 3)), warmup: 1, cwd: work });

  printReport({
    env: { node: process.version, platform: `${process.platform} ${process.arch}`, cpus: availableParallelism(), runs: timing.runs, warmup: timing.warmup, tool: hyperfine ?? (opts["node-harness"] ? "Node harness" : "Node harness (hyperfine not installed)"), pandoc: pandocVersion },
    year,
    files: Number(opts.files),
    node0: startup[node0.name],
    warnings,
    validate: startup[validate.name],
    validateWarned: startup[validateWarned.name],
    build: startup[build.name],
    buildWarned: startup[buildWarned.name],
    buildNoCache: startup[noCache.name],
    large: large[buildAt(50).name],
    pandoc: pandocVersion ? large[pandocLarge.name] : undefined,
    small: pandocVersion ? { build: large[buildAt(1).name], pandoc: large[pandocSmall.name] } : undefined,
    many: manyFiles[many.name],
    rss,
    scaling: SCALES.map((n) => ({ n, build: scaling[buildAt(n).name], validate: scaling[validateAt(n).name] })),
    growth: {
      node0: growth[node0.name],
      diff: [growth[diffAt(1).name], growth[diffAt(20).name]],
      import: [growth[importAt(1).name], growth[importAt(20).name]],
    },
  });
} finally {
  if (opts.keep) console.log(`\nkept: ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
