/**
 * All rules beyond the schema. Add a rule: one function, one line here.
 *
 * Data rules read the data and look at the YAML source only to say where a problem is;
 * string rules read each string value as written in the source (positions inside a value).
 */
import { controlCharacters } from "./characters.js";
import { dateRange, filePeriod, fileYear } from "./dates.js";
import { duplicatePart, emptyPart, partLeftOut } from "./parts.js";
import { extraKey } from "./extra.js";
import { placeholders } from "./placeholders.js";
import { metricPlausibility } from "./plausibility.js";
import { halfWidthPunctuation, mixedQuotes } from "./punctuation.js";
import { unknownMetric } from "./references.js";
import type { Rule } from "./rule.js";
import { handNumberedTitle, tooDeep, uniqueIds } from "./structure.js";

export const RULES: readonly Rule[] = [
  tooDeep,
  handNumberedTitle,
  uniqueIds,
  unknownMetric,
  fileYear,
  filePeriod,
  dateRange,
  controlCharacters,
  halfWidthPunctuation,
  mixedQuotes,
  duplicatePart,
  partLeftOut,
  emptyPart,
  placeholders,
  metricPlausibility,
  extraKey,
];
export type { Rule, RuleContext, ValidateOptions } from "./rule.js";
export { yearFromFileName } from "./dates.js";
