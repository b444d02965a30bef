/** The edit that strips a hand-written ordinal from a title scalar, as written in the source. */
import type { Scalar } from "yaml";
import { handOrdinal } from "../ordinals.js";
import { isSpace, sourceChars } from "../scalar-chars.js";
import type { TextEdit } from "./edits.js";

/** Characters that would change a plain scalar's meaning if the value started with them. */
const PLAIN_INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;

export function stripOrdinalEdit(text: string, node: Scalar<string>): TextEdit | undefined {
  const ordinal = handOrdinal(node.value);
  if (!ordinal) return undefined;
  const rest = node.value.slice(ordinal.length);
  const [start, end] = node.range ?? [0, 0];

  // "title: 1. [重点]" would become a flow sequence: quote the new value instead.
  if (node.type === "PLAIN" && PLAIN_INDICATOR.test(rest)) return { offset: start, length: end - start, text: JSON.stringify(rest) };

  const chars = sourceChars(text, node);
  const wanted = [...ordinal].filter((c) => !isSpace(c));
  let i = 0;
  while (i < chars.length && isSpace(chars[i].ch)) i++;
  const from = chars[i]?.offset;
  for (const expected of wanted) {
    while (i < chars.length && isSpace(chars[i].ch)) i++;
    // Written differently from the value (an escape, say): leave it to the user.
    if (chars[i]?.ch !== expected) return undefined;
    i++;
  }
  // Drop the space after the ordinal too; in a block scalar keep the line breaks.
  const block = node.type === "BLOCK_LITERAL" || node.type === "BLOCK_FOLDED";
  while (i < chars.length && isSpace(chars[i].ch) && !(block && chars[i].ch === "\n")) i++;
  const to = i < chars.length ? chars[i].offset : (chars.at(-1)?.offset ?? start) + (chars.at(-1)?.length ?? 0);
  return from === undefined ? undefined : { offset: from, length: to - from, text: "" };
}
