/**
 * Data text is plain (data-format.md): before a template sees the report, every string
 * is Markdown-escaped, so `{{organization}}` in any template is safe and helpers never
 * escape twice. Optional keys are filled with null so strict templates can test them
 * with {{#if}} while a misspelt field is still an error. Printing a mapping or a list is
 * an error too (findNotText), never "[object Object]" in a report.
 */
import { escapeInline } from "../document/escape.js";
import { periodLabel, periodOf, planPeriodLabel } from "../core/period.js";
import { PART_KEYS } from "../core/schema-constants.js";
import type { Report } from "../core/schema.js";

/**
 * What a mapping or a list prints as. Handlebars would write "[object Object]" or
 * "a,b,c"; the marker (NUL cannot come from valid data) lets the renderer report
 * template/not-text instead. A marker, not an exception: Handlebars itself stringifies
 * the context when it builds a strict-mode "not defined in …" message.
 */
const NOT_TEXT = /\u0000not-text:(mapping|list):([^\u0000]*)\u0000/;

export function findNotText(markdown: string): { kind: "mapping" | "list"; field: string } | undefined {
  const m = NOT_TEXT.exec(markdown);
  return m ? { kind: m[1] as "mapping" | "list", field: m[2] } : undefined;
}

function notText<T extends object>(value: T, field: string, kind: "mapping" | "list"): T {
  return Object.defineProperty(value, "toString", { value: () => `\u0000not-text:${kind}:${field}\u0000`, enumerable: false });
}

/** `field` names a mapping or list in a template/not-text message; `parent` and `key` make it, only for those. */
function escapeDeep(value: unknown, parent: string, key: string | number): unknown {
  if (typeof value === "string") return escapeInline(value);
  if (!value || typeof value !== "object") return value;
  const field = parent ? `${parent}.${key}` : String(key);
  if (Array.isArray(value)) return notText(value.map((v, i) => escapeDeep(v, field, i)), field, "list");
  const entries = Object.entries(value).map(([k, v]) => [k, escapeDeep(v, field, k)]);
  return notText(Object.fromEntries(entries), field || "this", "mapping");
}

const OPTIONAL_TOP_LEVEL = ["title", "date", "intro", "metrics", "closing", "signature", "parts", "attachments", "extra", ...PART_KEYS] as const;

/**
 * The report as templates see it: text escaped for Markdown, mappings and lists marked so
 * that printing one is an error. `period` is never null (absent means the whole year), and
 * its words come with it, so a template of one's own says 上半年 without logic of its own.
 */
export function templateData(report: Report): Report {
  const escaped = escapeDeep(report, "", "") as Record<string, unknown>;
  for (const key of OPTIONAL_TOP_LEVEL) if (!(key in escaped)) escaped[key] = null;
  const key = { year: report.year, period: periodOf(report) };
  Object.assign(escaped, { period: key.period, periodLabel: periodLabel(key), planPeriodLabel: planPeriodLabel(key) });
  return escaped as unknown as Report;
}
