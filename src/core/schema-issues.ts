/** zod issues → diagnostics with positions, our wording, expected/received and hints. */
import type { z } from "zod";
import { clip, type Diagnostic, type YamlPath } from "./diagnostics.js";
import type { Lang } from "./lang.js";
import { hint, message, typeName } from "./messages.js";
import { ONE_LINE } from "./schema-constants.js";
import { didYouMean, keysAt } from "./schema-walk.js";
import { locate, locateKey, type ParsedYaml } from "./yaml-source.js";

type Issue = z.core.$ZodIssue;

function valueAt(data: unknown, path: YamlPath): unknown {
  let current = data;
  for (const key of path) {
    if (current == null || typeof current !== "object") return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (value instanceof Date) return "date";
  return typeof value;
}

/**
 * What a union accepts, from each option's complaint about the value itself: "text" for
 * the data's string-or-list fields, else each option ("official" / "plain" or object).
 */
function unionExpected(issue: z.core.$ZodIssueInvalidUnion, lang: Lang): string {
  const own = issue.errors.map((errors) => errors.find((e) => e.path.length === 0));
  const types = own.map((e) => (e?.code === "invalid_type" ? e.expected : undefined));
  if (types.length === 2 && types.includes("string") && types.includes("array")) return typeName("text", lang);
  const options = own.flatMap((e) => {
    if (e?.code === "invalid_type") return [typeName(e.expected, lang)];
    if (e?.code === "invalid_value") return [e.values.map((v) => JSON.stringify(v)).join(" / ")];
    return [];
  });
  return options.length ? options.join(lang === "zh" ? "或" : " or ") : typeName("text", lang);
}

export function issuesToDiagnostics(
  issues: readonly Issue[],
  parsed: ParsedYaml,
  root: z.ZodType,
  lang: Lang,
): Diagnostic[] {
  return issues.flatMap((issue) => issueToDiagnostics(issue, parsed, root, lang));
}

function issueToDiagnostics(issue: Issue, parsed: ParsedYaml, root: z.ZodType, lang: Lang): Diagnostic[] {
  const path = issue.path as YamlPath;
  const value = valueAt(parsed.data, path);
  const base = { severity: "error" as const, file: parsed.file, path };
  const at = locate(parsed, path);

  /** A missing key, or a value of the wrong type; `expected` in the user's language. */
  const wrongType = (expected: string, rawExpected?: string): Diagnostic[] => {
    if (value === undefined) {
      const key = String(path.at(-1));
      return [{ ...base, code: "schema/missing-key", message: message("schema/missing-key", lang, { key }), ...at, expected }];
    }
    const received = kindOf(value);
    if (rawExpected === "int" && received === "number") {
      return [{ ...base, code: "schema/not-integer", message: message("schema/not-integer", lang, { received: clip(value) }), ...at, expected: typeName("integer", lang), received: clip(value) }];
    }
    return [
      {
        ...base,
        code: "schema/invalid-type",
        message: message("schema/invalid-type", lang, { expected, received: `${typeName(received, lang)} ${clip(value, 40)}` }),
        ...at,
        expected,
        received: clip(value),
        // `key:` with nothing after it, or the `value: null` report new leaves: a blank to fill in.
        hint: received === "number" || received === "boolean" || received === "date" ? hint("quote-it", lang) : received === "null" ? hint("fill-in", lang) : undefined,
      },
    ];
  };

  switch (issue.code) {
    case "unrecognized_keys": {
      const allowed = keysAt(root, path);
      return issue.keys.map((key) => {
        const suggestion = didYouMean(key, allowed);
        return {
          ...base,
          code: "schema/unknown-key",
          message: message("schema/unknown-key", lang, { key }),
          path: [...path, key],
          ...locateKey(parsed, [...path, key]),
          received: key,
          expected: allowed.join(", "),
          hint: suggestion ? hint("did-you-mean", lang, { key: suggestion }) : hint("known-keys", lang, { keys: allowed.join(", ") }),
        };
      });
    }
    case "invalid_union": {
      // The value has the shape of one option (a mapping where a mapping is allowed): what
      // is wrong is inside it, and that is what to say.
      const shaped = issue.errors.filter((errors) => errors.length > 0 && errors.every((e) => e.path.length > 0));
      if (value !== undefined && shaped.length === 1) {
        return shaped[0]!.flatMap((e) => issueToDiagnostics({ ...e, path: [...path, ...e.path] } as Issue, parsed, root, lang));
      }
      return wrongType(unionExpected(issue, lang));
    }
    case "invalid_type":
      return wrongType(typeName(issue.expected, lang), issue.expected);
    case "invalid_value": {
      const expected = issue.values.map((v) => String(v)).join(" / ");
      // `period: 上半年` is the likely slip: the hint says which word means which half.
      const period = path.length === 1 && path[0] === "period" ? { hint: hint("period-values", lang) } : {};
      return [{ ...base, code: "schema/invalid-value", message: message("schema/invalid-value", lang, { expected, received: clip(value) }), ...at, expected, received: clip(value), ...period }];
    }
    case "too_small":
    case "too_big": {
      const code = issue.code === "too_small" ? "schema/too-small" : "schema/too-big";
      const limit = Number(issue.code === "too_small" ? issue.minimum : issue.maximum);
      return [{ ...base, code, message: message(code, lang, { limit, received: clip(value), kind: issue.origin }), ...at, expected: `${issue.code === "too_small" ? ">=" : "<="} ${limit}`, received: clip(value) }];
    }
    case "invalid_format": {
      if ("pattern" in issue && String(issue.pattern) === String(ONE_LINE)) {
        return [{ ...base, code: "schema/line-break", message: message("schema/line-break", lang), ...at, received: clip(value), hint: hint("one-line", lang) }];
      }
      const key = String(path.findLast((k) => typeof k === "string") ?? "");
      const hintKey = key === "date" ? "date-format" : path.includes("metrics") || key === "metric" ? "metric-id-format" : "topic-id-format";
      const expected = "pattern" in issue && issue.pattern ? String(issue.pattern) : issue.format;
      return [{ ...base, code: "schema/invalid-format", message: message("schema/invalid-format", lang, { expected, received: clip(value) }), ...at, expected, received: clip(value), hint: hint(hintKey, lang) }];
    }
    case "custom": {
      if (issue.params?.reason === "control-character") {
        return [{ ...base, code: "schema/control-character", message: message("schema/control-character", lang, { received: clip(value) }), ...at, received: clip(value), hint: hint("delete-control", lang) }];
      }
      if (issue.params?.reason === "invalid-date") {
        return [{ ...base, code: "schema/invalid-date", message: message("schema/invalid-date", lang, { received: clip(value) }), ...at, received: clip(value), hint: hint("date-format", lang) }];
      }
      return [{ ...base, code: "schema/invalid", message: message("schema/invalid", lang, { detail: issue.message }), ...at }];
    }
    default:
      return [{ ...base, code: "schema/invalid", message: message("schema/invalid", lang, { detail: issue.message }), ...at, received: clip(value) }];
  }
}
