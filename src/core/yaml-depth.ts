/**
 * How deep a YAML text nests, read from yaml's token tree (its Parser's output) before
 * the tree is composed into a document: composing recurses once per level, and a hostile
 * file nests thousands of levels deep, deep enough to exhaust the stack where no error
 * can be caught. The walk here is iterative.
 */
import type { CST } from "yaml";

/** The offset of the first collection or value nested deeper than `limit` (the document's top value is at depth 1). */
export function tooDeepOffset(tokens: readonly CST.Token[], limit: number): number | undefined {
  const stack: Array<[CST.Token, number]> = [];
  for (const token of tokens) if (token.type === "document" && token.value) stack.push([token.value, 1]);
  while (stack.length) {
    const [token, depth] = stack.pop()!;
    if (depth > limit) return token.offset;
    if (token.type !== "block-map" && token.type !== "block-seq" && token.type !== "flow-collection") continue;
    for (const item of token.items) {
      if (item.key && typeof item.key === "object") stack.push([item.key, depth + 1]);
      if (item.value) stack.push([item.value, depth + 1]);
    }
  }
  return undefined;
}
