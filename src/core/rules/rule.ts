/**
 * A rule checks what the schema cannot express and returns diagnostics.
 *
 * Rules run even when the schema found errors, so one run reports every problem. So
 * they read the data as parsed (`data`), which matches the schema only when there were
 * no schema errors, and check the shape of whatever they touch (see `record`, `list`).
 */
import type { Diagnostic, YamlPath } from "../diagnostics.js";
import type { Lang } from "../lang.js";
import { PART_KEYS, type Period } from "../schema-constants.js";
import type { ParsedYaml } from "../yaml-source.js";

export interface ValidateOptions {
  /** The year in the file's name (data/2023.yaml → 2023); enables rule/file-year. */
  fileYear?: number;
  /** The period the file's name says (data/2024-h1.yaml → first-half, data/2024.yaml → year); enables rule/file-period. */
  filePeriod?: Period;
  /** Last year's metrics (a build reads last year's file): what rule/metric-change compares with when a metric has no `previous:`. */
  lastYear?: ReadonlyArray<{ id: string; value: number | null; unit?: string }>;
  /** `report build --draft`: placeholders are warnings, not errors (rule/placeholder). */
  draft?: boolean;
  /** The parts report.config.yaml chooses (a data file's own `parts:` wins); enables rule/part-left-out. */
  parts?: readonly (typeof PART_KEYS)[number][];
}

export interface RuleContext {
  data: unknown;
  parsed: ParsedYaml;
  lang: Lang;
  options: ValidateOptions;
}

export type Rule = (context: RuleContext) => Diagnostic[];

export type Loose = Record<string, unknown>;

/** The value as a mapping, or undefined when it is something else. */
export function record(value: unknown): Loose | undefined {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Loose) : undefined;
}

/** The value as a list, or [] when it is something else. */
export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function str(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

export interface TopicVisit {
  topic: Loose;
  path: YamlPath;
  /** Heading level the topic renders at: 2 for a part's items, 3 below them… */
  level: number;
  part: (typeof PART_KEYS)[number];
}

/** The walks of data already walked: three rules walk the same data (a large report has thousands of topics). */
const walked = new WeakMap<object, readonly TopicVisit[]>();

/** Every topic of every part, depth first, with its path and heading level. Read-only: shared by every caller for the same data. */
export function walkTopics(data: unknown): readonly TopicVisit[] {
  const report = record(data);
  if (!report) return [];
  const known = walked.get(report);
  if (known) return known;
  const visits: TopicVisit[] = [];
  walked.set(report, visits);
  for (const part of PART_KEYS) {
    const items = record(report[part])?.items;
    // With targets, the plan's items sit under （二）重点工作, one level deeper.
    const firstLevel = part === "plan" && hasTargets(report) ? 3 : 2;
    collect(items, [part, "items"], firstLevel, part, visits);
  }
  return visits;
}

export function hasTargets(report: Loose): boolean {
  return list(record(report.plan)?.targets).length > 0;
}

/** Into an array rather than through nested generators: every file's check walks every topic (a large report has thousands). */
function collect(items: unknown, path: YamlPath, level: number, part: TopicVisit["part"], visits: TopicVisit[]): void {
  // Depth is bounded: parseYaml rejects files nested deeper than MAX_DEPTH.
  const topics = list(items);
  for (let index = 0; index < topics.length; index++) {
    const topic = record(topics[index]);
    if (!topic) continue;
    const here = [...path, index];
    visits.push({ topic, path: here, level, part });
    collect(topic.items, [...here, "items"], level + 1, part, visits);
  }
}
