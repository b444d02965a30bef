/**
 * Walk a YAML document's nodes without recursion, with the data path of each node.
 * Iterative on purpose: hostile files nest thousands of levels deep, and a recursive
 * walk would overflow the stack before any rule could say so.
 */
import { isMap, isPair, isScalar, isSeq, type Document, type Node, type Scalar } from "yaml";
import type { YamlPath } from "./diagnostics.js";

export interface NodeVisit {
  node: Node;
  path: YamlPath;
  /** 1 for the document's top node. */
  depth: number;
  /** True for a mapping key (keys have a path but are not values). */
  isKey: boolean;
}

export function* walkNodes(doc: Document.Parsed): Generator<NodeVisit> {
  const root = doc.contents as Node | null;
  if (!root) return;
  const stack: NodeVisit[] = [{ node: root, path: [], depth: 1, isKey: false }];
  while (stack.length) {
    const visit = stack.pop()!;
    yield visit;
    const { node, path, depth } = visit;
    const children: NodeVisit[] = [];
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = pair.key as Node | null;
        const name = isScalar(key) ? (typeof key.value === "number" ? key.value : String(key.value)) : "?";
        if (key && typeof key === "object") children.push({ node: key, path: [...path, name], depth: depth + 1, isKey: true });
        const value = pair.value as Node | null;
        if (value && typeof value === "object") children.push({ node: value, path: [...path, name], depth: depth + 1, isKey: false });
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        if (item && typeof item === "object") children.push({ node: item as Node, path: [...path, index], depth: depth + 1, isKey: false });
      });
    }
    // Push in reverse so the walk runs in document order.
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
}

/** Every scalar value that holds a string, in document order (keys excluded). */
export function* stringScalars(doc: Document.Parsed): Generator<{ node: Scalar<string>; path: YamlPath }> {
  for (const { node, path, isKey } of walkNodes(doc)) {
    if (!isKey && isScalar(node) && typeof node.value === "string" && node.range) yield { node: node as Scalar<string>, path };
  }
}

/** The first node deeper than `limit`, if any (checked before data is built). */
export function tooDeepNode(doc: Document.Parsed, limit: number): Node | undefined {
  for (const { node, depth } of walkNodes(doc)) if (depth > limit) return node;
  return undefined;
}
