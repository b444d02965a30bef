/** All rules beyond the schema, run in this order. Add a rule: one function, one line here. */
import { controlCharacters } from "./characters.js";
import { dateRange, fileYear } from "./dates.js";
import { halfWidthPunctuation, mixedQuotes } from "./punctuation.js";
import { unknownMetric } from "./references.js";
import type { Rule } from "./rule.js";
import { handNumberedTitle, tooDeep, uniqueIds } from "./structure.js";

export const RULES: readonly Rule[] = [
  tooDeep,
  handNumberedTitle,
  uniqueIds,
  controlCharacters,
  unknownMetric,
  fileYear,
  dateRange,
  halfWidthPunctuation,
  mixedQuotes,
];
export type { Rule, RuleContext, ValidateOptions } from "./rule.js";
export { yearFromFileName } from "./dates.js";
