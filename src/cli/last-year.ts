/**
 * Last year's data file (data/2022.yaml beside data/2023.yaml), read through the one
 * reader and validated: the build's metrics table takes its figures and targets, and
 * rule/metric-change compares this year's figures with it, in build and validate alike.
 * Optional: a missing or unreadable file gives nothing; an invalid one gives its first
 * error, which the caller may mention (its own problems are its own run's to report).
 */
import { existsSync } from "node:fs";
import type { Diagnostic } from "../core/diagnostics.js";
import type { Report } from "../core/schema.js";
import { validateSource } from "../core/validate.js";
import { readInputText, type ReadOptions } from "./read-input.js";

export interface LastYear {
  report?: Report;
  /** Why an existing file gave no report: its first error. */
  problem?: Diagnostic;
}

export function readLastYear(path: string, shown: string, options: ReadOptions): LastYear {
  if (!existsSync(path)) return {};
  let read;
  try {
    read = readInputText(path, shown, options);
  } catch {
    return {}; // unreadable: as without the file
  }
  if (read.diagnostic) return { problem: read.diagnostic };
  const { report, diagnostics } = validateSource(read.source, options.lang);
  return report ? { report } : { problem: diagnostics.find((d) => d.severity === "error") };
}
