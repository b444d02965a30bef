/**
 * Whether a part has anything to print under its heading (issue 18): opening text, points,
 * items, or the plan's targets. A heading alone does not count: a bare "二、存在的问题与不足"
 * with nothing below it is not printed, and takes no number.
 *
 * It reads the data as parsed (rules run before the schema has passed), so a value of
 * the wrong type counts as content: the schema reports it, and nothing is hidden.
 */
import type { Report } from "./schema.js";
import { PART_KEYS, type PartKey } from "./schema-constants.js";
import { paragraphsOf } from "./text.js";

const isText = (value: unknown): value is string | string[] =>
  typeof value === "string" || (Array.isArray(value) && value.every((v) => typeof v === "string"));

function hasText(value: unknown): boolean {
  if (value == null) return false;
  return isText(value) ? paragraphsOf(value).length > 0 : true;
}

function hasEntries(value: unknown): boolean {
  if (value == null) return false;
  return Array.isArray(value) ? value.length > 0 : true;
}

export function partIsEmpty(part: unknown): boolean {
  if (part === null || typeof part !== "object" || Array.isArray(part)) return false;
  const p = part as Record<string, unknown>;
  return !hasText(p.intro) && !hasEntries(p.points) && !hasEntries(p.targets) && !hasEntries(p.items);
}

/**
 * The parts a report prints, in order: the data's `parts:`, else report.config.yaml's,
 * else all five; each only when present and not empty. Their ordinals follow this list.
 */
export function printedParts(report: Report, configParts?: readonly PartKey[]): PartKey[] {
  return (report.parts ?? configParts ?? PART_KEYS).filter((key) => report[key] && !partIsEmpty(report[key]));
}
