// The bench's report: ratios against the targets (docs/performance.md).

const TARGETS = {
  validate: 2.0, // × node -e 0
  build: 3.0, // × node -e 0
  large: 1.5, // × pandoc on the same content
  filesPerSecond: 500,
  rssMb: 150,
};

const ms = (v) => `${v.toFixed(0)} ms`;
const x = (v) => `${v.toFixed(2)}×`;
const verdict = (ok) => (ok ? "ok" : "MISSED");

function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  return rows.map((r) => r.map((cell, c) => String(cell).padEnd(widths[c])).join("  ").trimEnd()).join("\n");
}

export function printReport(r) {
  const { env } = r;
  console.log(`work-report bench · node ${env.node} · ${env.platform} · ${env.cpus} CPUs · ${env.tool} · ${env.runs} runs after ${env.warmup} warm-up, medians\n`);

  const rows = [
    ["measurement", "median", "against", "ratio", "target", ""],
    [`report validate data/${r.year}.yaml`, ms(r.validate), `node -e 0: ${ms(r.node0)}`, x(r.validate / r.node0), `≤ ${x(TARGETS.validate)}`, verdict(r.validate / r.node0 <= TARGETS.validate)],
    [`  the same with ${r.warnings} warnings`, ms(r.validateWarned), `node -e 0: ${ms(r.node0)}`, x(r.validateWarned / r.node0), `≤ ${x(TARGETS.validate)}`, verdict(r.validateWarned / r.node0 <= TARGETS.validate)],
    [`report build ${r.year} (docx + md)`, ms(r.build), `node -e 0: ${ms(r.node0)}`, x(r.build / r.node0), `≤ ${x(TARGETS.build)}`, verdict(r.build / r.node0 <= TARGETS.build)],
    [`  the same with ${r.warnings} warnings`, ms(r.buildWarned), `node -e 0: ${ms(r.node0)}`, x(r.buildWarned / r.node0), `≤ ${x(TARGETS.build)}`, verdict(r.buildWarned / r.node0 <= TARGETS.build)],
  ];
  if (r.buildNoCache !== undefined) rows.push([`  the same without the code cache`, ms(r.buildNoCache), `node -e 0: ${ms(r.node0)}`, x(r.buildNoCache / r.node0), "", ""]);
  if (r.pandoc !== undefined) {
    rows.push([`report build, 50× report`, ms(r.large), `pandoc: ${ms(r.pandoc)}`, x(r.large / r.pandoc), `≤ ${x(TARGETS.large)}`, verdict(r.large / r.pandoc <= TARGETS.large)]);
  } else {
    rows.push([`report build, 50× report`, ms(r.large), "pandoc not installed: skipped", "", "", ""]);
  }
  const perSecond = r.files / (r.many / 1000);
  rows.push([`report validate, ${r.files} files in one call`, ms(r.many), "", `${perSecond.toFixed(0)} files/s`, `≥ ${TARGETS.filesPerSecond}`, verdict(perSecond >= TARGETS.filesPerSecond)]);
  rows.push([`peak RSS, build of the 50× report`, `${r.rss.toFixed(0)} MB`, "", "", `≤ ${TARGETS.rssMb} MB`, verdict(r.rss <= TARGETS.rssMb)]);
  console.log(table(rows));
  if (r.small) {
    // Each costs something at all (start-up, loading, first runs) and something per added 1×.
    const added = (at50, at1) => (at50 - at1) / 49;
    console.log(
      `\n50× against pandoc, taken apart (in the same rounds): at 1× report ${ms(r.small.build)}, pandoc ${ms(r.small.pandoc)}; ` +
        `per added 1× report ${added(r.large, r.small.build).toFixed(1)} ms, pandoc ${added(r.pandoc, r.small.pandoc).toFixed(1)} ms`,
    );
  }

  // Linear means the cost of each added 1× of content does not grow with the size. The
  // growth compares the two long steps (10→50, 50→100): the short 1→10 one is a few ms
  // per 1× over 9×, where the noise of a shared machine swings its ratio from 0.5 to 5.
  const [one, ten, fifty, hundred] = r.scaling;
  const slope = (a, b, key) => (b[key] - a[key]) / (b.n - a.n);
  const scaleRows = [["scaling (medians)", "1×", "10×", "50×", "100×", "10×/1×", "50×/10×", "ms per added 1×: 1→10", "10→50", "50→100", "growth"]];
  for (const key of ["build", "validate"]) {
    const steps = [slope(one, ten, key), slope(ten, fifty, key), slope(fifty, hundred, key)];
    scaleRows.push([`report ${key}`, ...[one, ten, fifty, hundred].map((s) => ms(s[key])), x(ten[key] / one[key]), x(fifty[key] / ten[key]), ...steps.map((s) => `${s.toFixed(1)} ms`), x(steps[2] / steps[1])]);
  }
  console.log(`\n${table(scaleRows)}`);
  console.log("\ngrowth ≈ 1× is linear (50→100 against 10→50); a quadratic cost would show as growth ≈ 2.5×.");

  // diff and import at 1× and 20×: the work (time past Node's start) may grow 20× at most
  // when linear; quadratic would be about 400×.
  const { growth } = r;
  const work = (t) => Math.max(1, t - growth.node0);
  const growthRows = [["1× → 20×", "1×", "20×", "work 20×/1× (past node -e 0)", "linear is ≤ 20×"]];
  for (const key of ["diff", "import"]) {
    const [at1, at20] = growth[key];
    growthRows.push([`report ${key}`, ms(at1), ms(at20), x(work(at20) / work(at1)), verdict(work(at20) / work(at1) <= 20)]);
  }
  console.log(`\n${table(growthRows)}`);
  if (r.pandoc === undefined) console.log("pandoc is not installed: the 50× report was not compared (apt-get install pandoc).");
}
