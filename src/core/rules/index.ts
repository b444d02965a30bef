/** All rules beyond the schema, run in this order. Add a rule: one function, one line here. */
import type { Rule } from "./rule.js";
import { handNumberedTitle, tooDeep, uniqueIds } from "./structure.js";

export const RULES: readonly Rule[] = [tooDeep, handNumberedTitle, uniqueIds];
export type { Rule, RuleContext } from "./rule.js";
