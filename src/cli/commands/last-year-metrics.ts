/**
 * Last year's metrics for `report validate`, so rule/metric-change can compare a figure
 * with last year's file as a build does: data/2023.yaml beside data/2024.yaml. Read
 * through the one reader and validated; a missing, unreadable or invalid file gives none
 * (its own problems are its own run's to report).
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Lang } from "../../core/lang.js";
import type { Report } from "../../core/schema.js";
import { validateSource } from "../../core/validate.js";
import { readInputText, type ReadOptions } from "../read-input.js";

export function lastYearMetrics(path: string, fileYear: number | undefined, lang: Lang, options: ReadOptions): Report["metrics"] {
  if (fileYear === undefined) return undefined;
  const previous = join(dirname(path), `${fileYear - 1}.yaml`);
  if (!existsSync(previous)) return undefined;
  try {
    const read = readInputText(previous, previous, options);
    return read.source ? validateSource(read.source, lang).report?.metrics : undefined;
  } catch {
    return undefined;
  }
}
