/** Structural rules: nesting depth, hand-written ordinals, unique ids. */
import type { Diagnostic } from "../diagnostics.js";
import { hint, message } from "../messages.js";
import { handOrdinal } from "../ordinals.js";
import { locate } from "../yaml-position.js";
import { hasTargets, list, record, str, walkTopics, type Rule } from "./rule.js";

/** The numbering has four levels; a fifth has no ordinal to print. */
export const tooDeep: Rule = ({ data, parsed, lang }) => {
  const out: Diagnostic[] = [];
  const withTargets = hasTargets(record(data) ?? {});
  for (const { path, level, part } of walkTopics(data)) {
    if (level !== 5) continue;
    const extra = part === "plan" && withTargets ? (lang === "zh" ? "；有 targets 时计划事项从“1.”级开始" : "; with targets, plan items start at level 1.") : "";
    out.push({
      severity: "error",
      code: "rule/too-deep",
      message: message("rule/too-deep", lang, { depth: level, extra }),
      file: parsed.file,
      ...locate(parsed, path),
      path,
      hint: hint("too-deep", lang),
    });
  }
  return out;
};

export const handNumberedTitle: Rule = ({ data, parsed, lang }) => {
  const out: Diagnostic[] = [];
  for (const { topic, path } of walkTopics(data)) {
    const title = str(topic.title);
    const found = title ? handOrdinal(title) : "";
    if (!found) continue;
    out.push({
      severity: "warning",
      code: "rule/hand-numbered-title",
      message: message("rule/hand-numbered-title", lang, { ordinal: found.trim() }),
      file: parsed.file,
      ...locate(parsed, [...path, "title"]),
      path: [...path, "title"],
      received: title,
      hint: hint("strip-ordinal", lang),
    });
  }
  return out;
};

export const uniqueIds: Rule = ({ data, parsed, lang }) => {
  const out: Diagnostic[] = [];
  const check = (kind: "topic" | "metric", entries: Array<{ id?: string; path: Array<string | number> }>) => {
    // Where the first of each id is; located only when a second one turns up.
    const first = new Map<string, Array<string | number>>();
    for (const { id, path } of entries) {
      if (!id) continue;
      const firstPath = first.get(id);
      if (firstPath === undefined) {
        first.set(id, path);
        continue;
      }
      const at = locate(parsed, [...path, "id"]);
      const firstLine = locate(parsed, [...firstPath, "id"]).line;
      out.push({
        severity: "error",
        code: "rule/duplicate-id",
        message: message("rule/duplicate-id", lang, { kind, id, firstLine }),
        file: parsed.file,
        ...at,
        path: [...path, "id"],
        received: id,
        hint: hint("unique-id", lang),
      });
    }
  };
  check("topic", [...walkTopics(data)].map(({ topic, path }) => ({ id: str(topic.id), path })));
  check("metric", list(record(data)?.metrics).map((metric, index) => ({ id: str(record(metric)?.id), path: ["metrics", index] })));
  return out;
};
