/**
 * The fast way through validation, for a file with nothing to report (most files, most
 * of the time): the data as read the quick way (quick-read.ts, quick-yaml.ts), the
 * parser generated from the schema (schema-codegen.ts), the data rules, and the string
 * rules' value tests. The first sign of anything to report hands the file back to the
 * full, positioned check, so a problem is always reported the one way.
 */
import type { Lang } from "./lang.js";
import type { QuickRead } from "./quick-read.js";
import { parseReport } from "./report-parser.generated.js";
import { DATA_RULES, STRING_RULES, type ValidateOptions } from "./rules/index.js";
import type { Report } from "./schema.js";
import type { ParsedYaml, SourceFile } from "./yaml-source.js";

/** Thrown when a rule asks where something is: it has found something to report. */
class PositionNeeded extends Error {}

/** A ParsedYaml without the YAML document: fine until a rule needs a position. */
function withoutPositions(source: SourceFile, data: unknown): ParsedYaml {
  const needed = (): never => {
    throw new PositionNeeded();
  };
  return {
    file: source.file,
    text: source.text,
    data,
    diagnostics: [],
    get doc() {
      return needed();
    },
    get lineCounter() {
      return needed();
    },
    stringScalars: needed,
  };
}

/** Whether any string value (mapping keys aside) satisfies `test`. Iterative: data may nest deeply. */
function anyStringValue(data: unknown, test: (value: string) => boolean): boolean {
  const stack: unknown[] = [data];
  while (stack.length) {
    const value = stack.pop();
    if (typeof value === "string") {
      if (test(value)) return true;
    } else if (Array.isArray(value)) stack.push(...value);
    else if (value !== null && typeof value === "object") stack.push(...Object.values(value));
  }
  return false;
}

/**
 * The report, when the file is valid with no warnings; undefined when it needs the full
 * check. `loaded` is the file's data read the quick way (undefined when that gave up).
 */
export function quickValidate(source: SourceFile, loaded: QuickRead, lang: Lang, options: ValidateOptions): Report | undefined {
  if (!loaded || loaded.data == null) return undefined;
  const report = parseReport(loaded.data);
  if (!report) return undefined;
  const context = { data: loaded.data, parsed: withoutPositions(source, loaded.data), lang, options };
  try {
    if (DATA_RULES.some((rule) => rule(context).length > 0)) return undefined;
  } catch (error) {
    if (error instanceof PositionNeeded) return undefined;
    throw error;
  }
  if (anyStringValue(loaded.data, (value) => STRING_RULES.some((rule) => rule.reports(value)))) return undefined;
  return report;
}
