/**
 * Data text is plain (data-format.md): before a template sees the report, every string
 * is Markdown-escaped, so `{{organization}}` in any template is safe and helpers never
 * escape twice. Optional keys are filled with null so strict templates can test them
 * with {{#if}} while a misspelt field is still an error.
 */
import { escapeInline } from "../document/escape.js";
import { PART_KEYS, type Report } from "../core/schema.js";

function escapeDeep(value: unknown): unknown {
  if (typeof value === "string") return escapeInline(value);
  if (Array.isArray(value)) return value.map(escapeDeep);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, escapeDeep(v)]));
  }
  return value;
}

const OPTIONAL_TOP_LEVEL = ["title", "date", "intro", "metrics", "closing", "signature", ...PART_KEYS] as const;

export function templateData(report: Report): Report {
  const escaped = escapeDeep(report) as Record<string, unknown>;
  for (const key of OPTIONAL_TOP_LEVEL) if (!(key in escaped)) escaped[key] = null;
  return escaped as unknown as Report;
}
