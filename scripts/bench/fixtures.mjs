// Bench inputs, generated in a temporary folder: the sample scaled up N times, and many
// sample-sized files for one validate call. Nothing is written into the repository.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse, stringify } from "yaml";

/** Topic lists that grow with the report; metrics stay (their ids must stay unique). */
const GROWING_LISTS = [
  ["summary", "items"],
  ["highlights", "items"],
  ["problems", "items"],
  ["plan", "items"],
];

/** A deep copy of a topic with every `id` in it made unique for copy number `copy`. */
function renamed(topic, copy) {
  if (Array.isArray(topic)) return topic.map((t) => renamed(t, copy));
  if (topic === null || typeof topic !== "object") return topic;
  const out = {};
  for (const [key, value] of Object.entries(topic)) {
    out[key] = key === "id" && typeof value === "string" ? `${value}-x${copy}` : renamed(value, copy);
  }
  return out;
}

/** The sample with each topic list repeated `times` times (ids made unique), as YAML text. */
export function scaledReport(sampleText, times) {
  const data = parse(sampleText);
  for (const [section, list] of GROWING_LISTS) {
    const items = data[section]?.[list];
    if (!Array.isArray(items)) continue;
    data[section][list] = Array.from({ length: times }, (_, copy) => (copy === 0 ? items : renamed(items, copy))).flat();
  }
  return stringify(data, { lineWidth: 0 });
}

/**
 * Writes `<dir>/scale-<n>/<year>.yaml` for each scale and returns their paths by scale.
 * Scale 1 is the sample itself, untouched.
 */
export function writeScaledReports(sampleFile, year, dir, scales) {
  const text = readFileSync(sampleFile, "utf8");
  const files = {};
  for (const n of scales) {
    const folder = join(dir, `scale-${n}`);
    mkdirSync(folder, { recursive: true });
    files[n] = join(folder, `${year}.yaml`);
    if (n === 1) copyFileSync(sampleFile, files[n]);
    else writeFileSync(files[n], scaledReport(text, n));
  }
  return files;
}

/** `count` copies of the sample as `<dir>/many/<year>-0001.yaml` …; returns the folder. */
export function writeManyFiles(sampleFile, year, dir, count) {
  const folder = join(dir, "many");
  mkdirSync(folder, { recursive: true });
  for (let i = 1; i <= count; i++) copyFileSync(sampleFile, join(folder, `${year}-${String(i).padStart(4, "0")}.yaml`));
  return folder;
}

/**
 * The sample as the seed report has it: half-width commas between Chinese characters,
 * each a warning (rule/half-width-punctuation). Writes `<dir>/warned/<year>.yaml` and
 * returns how many commas it changed.
 */
export function writeWarnedReport(sampleFile, year, dir) {
  const folder = join(dir, "warned");
  mkdirSync(folder, { recursive: true });
  let count = 0;
  const text = readFileSync(sampleFile, "utf8").replace(/，/g, () => (count++, ","));
  writeFileSync(join(folder, `${year}.yaml`), text);
  return count;
}
