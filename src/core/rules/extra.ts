/**
 * `extra:` names (issue 20): a template reads `{{extra.name}}`, so a name must be one
 * Handlebars can write that way — letters, digits and `_`, not starting with a digit.
 * A rule rather than a pattern in the schema, so the message can say that (zod's would
 * read "Invalid key in record") and point at the name itself.
 */
import { isMap, isScalar } from "yaml";
import type { Diagnostic } from "../diagnostics.js";
import { hint, message } from "../messages.js";
import { positionAt } from "../yaml-position.js";
import type { Rule } from "./rule.js";

export const EXTRA_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export const extraKey: Rule = ({ parsed, lang }) => {
  const extra = parsed.doc.get("extra", true);
  if (!isMap(extra)) return [];
  const out: Diagnostic[] = [];
  for (const pair of extra.items) {
    if (!isScalar(pair.key)) continue;
    const name = String(pair.key.value);
    if (EXTRA_NAME.test(name)) continue;
    out.push({
      severity: "error",
      code: "rule/extra-key",
      message: message("rule/extra-key", lang, { name }),
      file: parsed.file,
      ...positionAt(parsed.lineCounter, pair.key.range?.[0] ?? 0),
      path: ["extra", name],
      received: name,
      hint: hint("extra-name", lang),
    });
  }
  return out;
};
