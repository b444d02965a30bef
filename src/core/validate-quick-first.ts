/**
 * Validation as the CLI runs it: the quick way first (quick-read.ts, quick-validate.ts);
 * the full, positioned check (validate.ts) is loaded only for a file with something to
 * report. It brings zod and the yaml package, ~8 ms of a run that a valid file never
 * needs to pay (README "Performance"). Same results as validateSource, which the library
 * exports.
 */
import type { Lang } from "./lang.js";
import { quickRead } from "./quick-read.js";
import { quickValidate } from "./quick-validate.js";
import type { ValidateOptions } from "./rules/index.js";
import type { ValidationResult } from "./validate.js";
import type { SourceFile } from "./yaml-source.js";

export async function validateQuickFirst(source: SourceFile, lang: Lang, options: ValidateOptions = {}): Promise<ValidationResult> {
  const report = quickValidate(source, await quickRead(source.text), lang, options);
  if (report) return { report, diagnostics: [] };
  const { validateWithPositions } = await import("./validate.js");
  return validateWithPositions(source, lang, options);
}
