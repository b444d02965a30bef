/** Where a value was written: line and column of a data path or a source offset. */
import type { Node } from "yaml";
import type { YamlPath } from "./diagnostics.js";
import type { ParsedYaml } from "./yaml-source.js";

export interface Position {
  line: number;
  column: number;
}

/** Line and column (1-based) of a source offset, as diagnostics carry them. */
export function positionAt(lineCounter: ParsedYaml["lineCounter"], offset: number): Position {
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

/**
 * Where the value at `path` was written. A missing key resolves to its parent mapping,
 * so "missing key" messages point at the object that lacks it.
 */
export function locate(parsed: ParsedYaml, path: YamlPath): Position {
  const node = nearestNode(parsed, path);
  return positionAt(parsed.lineCounter, node?.range?.[0] ?? 0);
}

/** The deepest node on `path` that exists and has a position; the document's root at worst. */
export function nearestNode(parsed: ParsedYaml, path: YamlPath): Node | undefined {
  const rest = [...path];
  while (rest.length) {
    const node = parsed.doc.getIn(rest, true) as Node | undefined;
    if (node && typeof node === "object" && "range" in node && node.range) return node;
    rest.pop();
  }
  return (parsed.doc.contents as Node | null) ?? undefined;
}
