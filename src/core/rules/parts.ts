/**
 * `parts:` (issue 20): the parts a bureau prints and their order, in the data or in
 * report.config.yaml (the data's list wins). Two checks the schema cannot make:
 * - a part listed twice is an error (it would print twice, numbered twice);
 * - a part that holds text but is not listed is a warning: it is not printed, and the
 *   tool must never drop a user's text without saying so;
 * - a part to print that holds nothing (as `report new` leaves problems and plan) is a
 *   warning: its heading is not printed (issue 18), and the writer should know why.
 */
import type { Diagnostic } from "../diagnostics.js";
import { hint, message } from "../messages.js";
import { partIsEmpty } from "../part-content.js";
import { PART_KEYS, type PartKey } from "../schema-constants.js";
import { locate } from "../yaml-position.js";
import { list, record, str, type Rule } from "./rule.js";

const isPartKey = (value: unknown): value is PartKey => (PART_KEYS as readonly unknown[]).includes(value);

/** Whether a part as parsed has anything in it: a heading, an intro, points, items or targets. */
function hasContent(part: unknown): boolean {
  const p = record(part);
  if (!p) return false;
  return Object.values(p).some((v) => (Array.isArray(v) ? v.length > 0 : typeof v === "string" ? v.trim() !== "" : v != null));
}

/** The data's own `parts:` list as parsed, or undefined when it has none. */
const ownParts = (report: Record<string, unknown>): unknown[] | undefined => (Array.isArray(report.parts) ? list(report.parts) : undefined);

export const duplicatePart: Rule = ({ data, parsed, lang }) => {
  const report = record(data);
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  (report ? (ownParts(report) ?? []) : []).forEach((key, index) => {
    const name = str(key);
    if (name === undefined) return;
    if (!seen.has(name)) return void seen.add(name);
    const path = ["parts", index];
    out.push({ severity: "error", code: "rule/duplicate-part", message: message("rule/duplicate-part", lang, { part: name }), file: parsed.file, ...locate(parsed, path), path, received: name });
  });
  return out;
};

export const partLeftOut: Rule = ({ data, parsed, lang, options }) => {
  const report = record(data);
  if (!report) return [];
  const own = ownParts(report);
  const chosen = own ? own.filter(isPartKey) : options.parts;
  if (!chosen) return [];
  return PART_KEYS.filter((key) => !chosen.includes(key) && hasContent(report[key])).map((key) => ({
    severity: "warning",
    code: "rule/part-left-out",
    message: message("rule/part-left-out", lang, { part: key }),
    file: parsed.file,
    ...locate(parsed, [key]),
    path: [key],
    hint: hint(own ? "parts-in-data" : "parts-in-config", lang),
  }));
};

export const emptyPart: Rule = ({ data, parsed, lang, options }) => {
  const report = record(data);
  if (!report) return [];
  const chosen = ownParts(report)?.filter(isPartKey) ?? options.parts ?? PART_KEYS;
  return PART_KEYS.filter((key) => chosen.includes(key) && partIsEmpty(report[key])).map((key) => ({
    severity: "warning",
    code: "rule/empty-part",
    message: message("rule/empty-part", lang, { part: key }),
    file: parsed.file,
    ...locate(parsed, [key]),
    path: [key],
    hint: hint("empty-part", lang),
  }));
};
