/**
 * Nothing unfinished in print: a placeholder left in a text (the import's
 * “（请填写单位名称）”, a template's “XX单位”) is an error, so a report with one is never
 * built by accident. `report build --draft` lets them through as warnings and marks the
 * report as a draft (draft.ts); `value: null` stays an error either way (the schema's),
 * since a metric without its number cannot be printed at all.
 */
import type { Diagnostic } from "../diagnostics.js";
import { hint, message } from "../messages.js";
import { locate, positionAt } from "../yaml-position.js";
import type { Rule } from "./rule.js";

/**
 * 请填写…, 待填写, 待补充, （填写…）, and XX / ＸＸ / ×× standing for a word among Chinese
 * (XX单位, 加强XX建设, 20XX年) but not inside a name or model (XX-1型, XXL).
 */
const PLACEHOLDER = /请填写|待填写|待补充|[（(]填写[^）)]*[）)]|(?<=^|\p{Script=Han})(?:XX|ＸＸ|××)(?=$|[\p{Script=Han}，。；、])|(?<=\d)(?:XX|ＸＸ|××)(?=[年月日])/u;

/** A character every placeholder has: most texts have none, and this scan is far cheaper than the one above. */
const MAY_HOLD_PLACEHOLDER = /[填补XＸ×]/;

export const placeholders: Rule = ({ parsed, lang, options }) => {
  const out: Diagnostic[] = [];
  for (const { node, path } of parsed.stringScalars()) {
    const m = MAY_HOLD_PLACEHOLDER.test(node.value) ? PLACEHOLDER.exec(node.value) : null;
    if (!m) continue;
    // Where the value starts in the source; exact when it is written on one line as read.
    const start = node.range?.[0];
    const at = start !== undefined && parsed.text.slice(start).startsWith(node.value) ? positionAt(parsed.lineCounter, start + m.index) : locate(parsed, path);
    out.push({
      severity: options.draft ? "warning" : "error",
      code: "rule/placeholder",
      message: message("rule/placeholder", lang, { text: node.value.length > 40 ? `${node.value.slice(0, 39)}…` : node.value, found: m[0] }),
      file: parsed.file,
      ...at,
      path,
      received: node.value,
      hint: hint(options.draft ? "placeholder-draft" : "placeholder", lang),
    });
  }
  return out;
};
