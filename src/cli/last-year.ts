/**
 * Last year's data file (data/2022.yaml beside data/2023.yaml; for a half, the same half a
 * year before: data/2023-h1.yaml beside data/2024-h1.yaml), read through the one
 * reader and validated: the build's metrics table takes its figures and targets, and
 * rule/metric-change compares this year's figures with it, in build and validate alike.
 * Optional: a missing or unreadable file gives nothing; an invalid one gives its first
 * error, which the caller may mention (its own problems are its own run's to report).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Diagnostic } from "../core/diagnostics.js";
import { periodStem, sameTimeLastYear, type PeriodKey } from "../core/period.js";
import type { Report } from "../core/schema.js";
import { validateSource } from "../core/validate.js";
import { readInputText, type ReadOptions } from "./read-input.js";

export interface LastYear {
  report?: Report;
  /** Why an existing file gave no report: its first error. */
  problem?: Diagnostic;
}

/** The file of the same period a year before, in the folder of this one's. */
export function lastYearPath(dir: string, key: PeriodKey): string {
  return join(dir, `${periodStem(sameTimeLastYear(key))}.yaml`);
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
