/**
 * `report diff --format json`: the YearDiff object as it is (src/diff/model.ts documents
 * every field). Keys come in a fixed order and arrays in report order, so identical
 * inputs give identical bytes and a CI job can compare or query the output (jq).
 */
import type { YearDiff } from "../../diff/model.js";

export function formatDiffJson(diff: YearDiff): string {
  return `${JSON.stringify(diff, null, 2)}\n`;
}
