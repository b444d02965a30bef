/**
 * `report validate --fix`: rewrite what is safe to rewrite — half-width punctuation
 * between Chinese characters, hand-written ordinals at the start of titles — by
 * splicing the source text at the scalars' positions. Everything else (comments, key
 * order, quoting, blank lines) stays byte for byte. The result is parsed again and
 * compared with the original data; if anything but the intended text changed, nothing
 * is fixed.
 */
import { isScalar, type Scalar } from "yaml";
import type { Lang } from "../lang.js";
import { stripHandOrdinal } from "../ordinals.js";
import { findHalfWidth, FULL_WIDTH } from "../rules/punctuation.js";
import { str, walkTopics } from "../rules/rule.js";
import { parseYaml, type SourceFile } from "../yaml-source.js";
import { stringScalars } from "../yaml-walk.js";
import { applyEdits, type TextEdit } from "./edits.js";
import { stripOrdinalEdit } from "./ordinal-edit.js";

export interface FixResult {
  /** The fixed text (the input when nothing was fixed). */
  text: string;
  /** How many edits were applied. */
  fixed: number;
  /**
   * True when fixes were found but the re-parsed result differed from the original in
   * more than the fixed text, so nothing was changed (a bug to report, not a user error).
   */
  refused: boolean;
}

/** A fix can make the next one possible ("中,(注)文": the "(" is fixed only once "," is "，"); a report settles in two or three rounds. */
const MAX_ROUNDS = 10;

/** Fixes until nothing is left to fix, so one run of --fix leaves nothing for a second. */
export function fixSource(source: SourceFile, lang: Lang): FixResult {
  let text = source.text;
  let fixed = 0;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const once = fixOnce({ ...source, text }, lang);
    // A refused later round keeps what the earlier rounds fixed (each was checked).
    if (once.refused) return fixed ? { text, fixed, refused: false } : once;
    if (!once.fixed) break;
    text = once.text;
    fixed += once.fixed;
  }
  return { text, fixed, refused: false };
}

function fixOnce(source: SourceFile, lang: Lang): FixResult {
  const unchanged = (refused: boolean): FixResult => ({ text: source.text, fixed: 0, refused });
  const parsed = parseYaml(source, lang);
  // YAML errors: positions cannot be trusted; validation reports the errors.
  if (parsed.data === undefined) return unchanged(false);

  const edits: TextEdit[] = [];
  const stripped = new Set<string>();
  for (const { topic, path } of walkTopics(parsed.data)) {
    if (!str(topic.title)) continue;
    const node = parsed.doc.getIn([...path, "title"], true);
    const edit = isScalar(node) && typeof node.value === "string" ? stripOrdinalEdit(source.text, node as Scalar<string>) : undefined;
    if (edit) {
      edits.push(edit);
      stripped.add(JSON.stringify([...path, "title"]));
    }
  }
  for (const { node } of stringScalars(parsed.doc)) edits.push(...findHalfWidth(source.text, node).map((f) => f.edit));
  if (!edits.length) return unchanged(false);

  const { text, applied } = applyEdits(source.text, edits);
  const after = parseYaml({ file: source.file, text }, lang);
  if (after.data === undefined || after.diagnostics.length !== parsed.diagnostics.length) return unchanged(true);
  if (!sameUpToFixes(parsed.data, after.data, stripped, [])) return unchanged(true);
  return { text, fixed: applied.length, refused: false };
}

const HALF_OF = Object.fromEntries(Object.entries(FULL_WIDTH).map(([half, full]) => [full, half]));
const toHalf = (s: string) => s.replace(/[，；：？！（）]/g, (c) => HALF_OF[c] ?? c);
/** Folding and spaces may move when a fix touches a scalar; compare what is read. */
const squash = (s: string) => toHalf(s).replace(/\s+/g, "");

/** The data is the same except for full-width punctuation and stripped ordinals. */
function sameUpToFixes(before: unknown, after: unknown, stripped: Set<string>, path: Array<string | number>): boolean {
  if (typeof before === "string" && typeof after === "string") {
    const expected = stripped.has(JSON.stringify(path)) ? stripHandOrdinal(before) : before;
    return squash(expected) === squash(after);
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    return before.length === after.length && before.every((item, i) => sameUpToFixes(item, after[i], stripped, [...path, i]));
  }
  if (before && after && typeof before === "object" && typeof after === "object" && !Array.isArray(before) && !Array.isArray(after)) {
    const keys = Object.keys(before);
    if (keys.join("\u0000") !== Object.keys(after).join("\u0000")) return false;
    return keys.every((key) => sameUpToFixes((before as Record<string, unknown>)[key], (after as Record<string, unknown>)[key], stripped, [...path, key]));
  }
  return Object.is(before, after) || (before instanceof Date && after instanceof Date && before.getTime() === after.getTime());
}
