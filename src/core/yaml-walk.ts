/**
 * Walk a YAML document's nodes without recursion, with the data path of each node.
 * Iterative on purpose: hostile files nest thousands of levels deep, and a recursive
 * walk would overflow the stack before any rule could say so.
 *
 * Paths are built only when asked for: most nodes are never reported, and a path array
 * per node was most of the walk's cost (and garbage) on large files.
 */
import { isMap, isPair, isScalar, isSeq, type Document, type Node, type Scalar } from "yaml";
import type { YamlPath } from "./diagnostics.js";

export class NodeVisit {
  private cachedPath: YamlPath | undefined;

  constructor(
    readonly node: Node,
    /** 1 for the document's top node. */
    readonly depth: number,
    /** True for a mapping key (keys have a path but are not values). */
    readonly isKey: boolean,
    private readonly parent?: NodeVisit,
    private readonly key?: string | number,
  ) {}

  /** The data path: mapping keys and list indexes from the top. */
  get path(): YamlPath {
    if (!this.cachedPath) {
      const path: YamlPath = [];
      for (let v: NodeVisit | undefined = this; v?.parent; v = v.parent) path.push(v.key!);
      this.cachedPath = path.reverse();
    }
    return this.cachedPath;
  }
}

export function* walkNodes(doc: Document.Parsed): Generator<NodeVisit> {
  const root = doc.contents as Node | null;
  if (!root) return;
  const stack: NodeVisit[] = [new NodeVisit(root, 1, false)];
  const children: NodeVisit[] = [];
  while (stack.length) {
    const visit = stack.pop()!;
    yield visit;
    const { node, depth } = visit;
    children.length = 0;
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = pair.key as Node | null;
        const name = isScalar(key) ? (typeof key.value === "number" ? key.value : String(key.value)) : "?";
        if (key && typeof key === "object") children.push(new NodeVisit(key, depth + 1, true, visit, name));
        const value = pair.value as Node | null;
        if (value && typeof value === "object") children.push(new NodeVisit(value, depth + 1, false, visit, name));
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        if (item && typeof item === "object") children.push(new NodeVisit(item as Node, depth + 1, false, visit, index));
      });
    }
    // Push in reverse so the walk runs in document order.
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
}

export interface StringScalar {
  node: Scalar<string>;
  readonly path: YamlPath;
}

/** Every scalar value that holds a string, in document order (keys excluded). */
export function stringScalars(doc: Document.Parsed): StringScalar[] {
  const strings: StringScalar[] = [];
  for (const visit of walkNodes(doc)) {
    const { node, isKey } = visit;
    if (!isKey && isScalar(node) && typeof node.value === "string" && node.range) strings.push(visit as NodeVisit & StringScalar);
  }
  return strings;
}
