/**
 * All rules beyond the schema. Add a rule: one function, one line here.
 *
 * Data rules read the data and look at the YAML source only to say where a problem is.
 * String rules read each string value as written in the source (positions inside a
 * value); each comes with a test on the plain value that says whether it would report
 * it, so a file can be cleared without the positioned parse (validate.ts).
 */
import { controlCharacters, hasForbiddenChar } from "./characters.js";
import { dateRange, fileYear } from "./dates.js";
import { halfWidthPunctuation, hasHalfWidthPunctuation, hasMixedQuotes, mixedQuotes } from "./punctuation.js";
import { unknownMetric } from "./references.js";
import type { Rule } from "./rule.js";
import { handNumberedTitle, tooDeep, uniqueIds } from "./structure.js";

export interface StringRule {
  check: Rule;
  /** Whether `check` reports a string value with this content. */
  reports: (value: string) => boolean;
}

export const DATA_RULES: readonly Rule[] = [tooDeep, handNumberedTitle, uniqueIds, unknownMetric, fileYear, dateRange];

export const STRING_RULES: readonly StringRule[] = [
  { check: controlCharacters, reports: hasForbiddenChar },
  { check: halfWidthPunctuation, reports: hasHalfWidthPunctuation },
  { check: mixedQuotes, reports: hasMixedQuotes },
];

export const RULES: readonly Rule[] = [...DATA_RULES, ...STRING_RULES.map((r) => r.check)];
export type { Rule, RuleContext, ValidateOptions } from "./rule.js";
export { yearFromFileName } from "./dates.js";
