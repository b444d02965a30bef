/** What every validate reporter gets, and what it returns (the text for stdout). */
import type { ChalkInstance } from "chalk";
import type { Diagnostic } from "../../core/diagnostics.js";
import type { Lang } from "../../core/lang.js";

export interface ValidationSummary {
  /** Files checked (files that could not be read are not counted). */
  files: number;
  errors: number;
  warnings: number;
}

export interface ValidationRun {
  diagnostics: readonly Diagnostic[];
  summary: ValidationSummary;
}

export interface ReporterOptions {
  lang: Lang;
  /** Colours for stdout; level 0 when NO_COLOR, --no-color or not a terminal. */
  colors: ChalkInstance;
}

export type Reporter = (run: ValidationRun, options: ReporterOptions) => string;

export function summarize(files: number, diagnostics: readonly Diagnostic[]): ValidationSummary {
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  return { files, errors, warnings: diagnostics.length - errors };
}

/** Expected/received as shown: one line, about 80 characters. */
export function cut(value: string | undefined, max = 80): string | undefined {
  if (value === undefined) return undefined;
  const line = value.replace(/\s+/g, " ");
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
