/**
 * `report diff` in the core: two validated reports in, one YearDiff out (model.ts).
 * No I/O, no printing; the CLI picks the files and a renderer.
 */
import { PART_KEYS, type PartKey, type Report } from "../core/schema.js";
import { followThrough } from "./follow-through.js";
import { diffMetrics } from "./metrics-diff.js";
import { SECTION_NAMES, type PersistingProblem, type SectionName, type YearDiff } from "./model.js";
import { diffSection } from "./sections.js";
import { TextBudget } from "./text-diff.js";

export type { YearDiff, SectionName } from "./model.js";
export { SECTION_NAMES } from "./model.js";
export { SIMILARITY_THRESHOLD } from "./match.js";

export interface DiffInput {
  report: Report;
  /** As the user should see it. */
  file: string;
}

function side({ report, file }: DiffInput): YearDiff["a"] {
  const period = report.period && report.period !== "year" ? { period: report.period } : {};
  return { file, year: report.year, ...period, organization: report.organization };
}

export function diffReports(a: DiffInput, b: DiffInput, sections: readonly SectionName[] = SECTION_NAMES): YearDiff {
  const selected = SECTION_NAMES.filter((s) => sections.includes(s));
  const has = (s: SectionName) => selected.includes(s);
  const parts = PART_KEYS.filter((p: PartKey) => has(p) && (a.report[p] || b.report[p]));
  // One budget of text-diff work for the whole comparison (text-diff.ts).
  const budget = new TextBudget();
  const sectionDiffs = parts.map((p) => diffSection(a.report, b.report, p, budget));
  const problems = sectionDiffs.find((s) => s.part === "problems");
  const persisting: PersistingProblem[] | null = problems
    ? problems.entries.filter((e) => e.persisting).map((e) => ({ match: e.match!, similarity: e.similarity!, a: e.a!, b: e.b! }))
    : null;
  const metrics = has("metrics") ? diffMetrics(a.report, b.report) : null;
  const differences =
    (metrics ?? []).filter((m) => m.status !== "unchanged").length +
    sectionDiffs.reduce((n, s) => n + s.counts.added + s.counts.removed + s.counts.changed, 0);
  return {
    format: "work-report/diff",
    version: 1,
    a: side(a),
    b: side(b),
    selected,
    metrics,
    followThrough: has("follow-through") ? followThrough(a.report, b.report) : null,
    persistingProblems: persisting,
    sections: sectionDiffs,
    differences,
  };
}
