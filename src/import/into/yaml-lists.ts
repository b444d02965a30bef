/**
 * Structural edits of the data file, in place: a list (topics, points, paragraphs) given
 * new contents — items kept, moved in from another list, deleted or new — and a key added
 * to a topic. Done on the text, with the yaml package's Document API giving each node's
 * source range, so every line outside the rewritten lists stays byte for byte, and each
 * kept or moved item is its own lines, as they were: comments inside it, the comment
 * lines right above it (they travel with it), quoting, block scalars. A moved item is
 * re-indented as a whole when it lands at another depth. New items are written by the
 * yaml package's stringify.
 */
import { isMap, isScalar, isSeq, parseDocument, stringify, type Node } from "yaml";
import type { DataPath } from "../../render/anchors.js";

/** An item of a rewritten list: an existing node of the data (by its path before any edit), or a new value. */
export type ListItem = { ref: DataPath } | { fresh: Record<string, unknown> | string; children?: ListItem[] };

/** The new contents of the sequence at `path` (made under its parent map when there is none; removed with its key when empty). */
export interface ListOp {
  path: DataPath;
  items: ListItem[];
}

/** A key added to the map at `path`, after the key `after` when it is there (else at the map's end); removed with its value when `value` is undefined. */
export interface KeyOp {
  path: DataPath;
  key: string;
  value: unknown;
  after?: string;
}

interface Region {
  start: number;
  end: number;
  /** The text that replaces [start, end): rendered when reached, so nested edits inside moved items apply too. */
  render: () => string;
}

export function applyStructure(text: string, lists: readonly ListOp[], keys: readonly KeyOp[]): { text: string; failed: DataPath[] } {
  if (!lists.length && !keys.length) return { text, failed: [] };
  const doc = parseDocument(text);
  const failed: DataPath[] = [];
  const lineStart = (offset: number) => text.lastIndexOf("\n", offset - 1) + 1;
  const afterLine = (offset: number) => {
    if (offset > 0 && text[offset - 1] === "\n") return offset;
    const nl = text.indexOf("\n", offset);
    return nl < 0 ? text.length : nl + 1;
  };
  const column = (offset: number) => offset - lineStart(offset);
  // A CRLF file stays CRLF: new lines are written with its line ends.
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const lines = (written: string) => (eol === "\n" ? written : written.replace(/\n/g, eol));

  /** Each item of a block sequence as lines: from the comment lines right above it to the next item. */
  const chunksOf = (seq: Node): Array<{ start: number; end: number; indent: number }> => {
    if (!isSeq(seq)) return [];
    const starts = seq.items.map((item) => {
      let start = lineStart((item as Node).range![0]);
      const indent = text.indexOf("-", start) - start;
      for (;;) {
        const prev = lineStart(start - 1);
        if (start === 0 || !/^[ \t]*#/.test(text.slice(prev, start)) || column(text.indexOf("#", prev)) !== indent) break;
        start = prev;
      }
      return { start, indent };
    });
    return starts.map((s, i) => ({ ...s, end: i + 1 < starts.length ? starts[i + 1].start : afterLine(lastContent((seq.items[i] as Node).range![1])) }));
  };
  /** The end of the last non-blank character before offset (a node's end may include the lines after it). */
  const lastContent = (offset: number) => {
    let at = offset;
    while (at > 0 && /\s/.test(text[at - 1])) at--;
    return at;
  };

  const chunkOf = (path: DataPath) => {
    const parent = doc.getIn(path.slice(0, -1) as (string | number)[], true) as Node | undefined;
    return parent ? chunksOf(parent)[path.at(-1) as number] : undefined;
  };

  const regions: Region[] = [];
  const reindent = (block: string, delta: number) =>
    delta === 0
      ? block
      : block.replace(/^([ ]*)(?=\S)/gm, (spaces: string) => (delta > 0 ? spaces + " ".repeat(delta) : spaces.slice(Math.min(-delta, spaces.length))));
  const renderItems = (items: readonly ListItem[], indent: number): string =>
    items
      .map((item) => {
        if ("ref" in item) {
          const chunk = chunkOf(item.ref);
          if (!chunk) {
            failed.push(item.ref);
            return "";
          }
          return reindent(render(chunk.start, chunk.end), indent - chunk.indent);
        }
        let out = lines(stringify([item.fresh], { lineWidth: 0 }));
        if (item.children?.length) out += `  items:${eol}${renderItems(item.children, 4)}`;
        return reindent(out, indent);
      })
      .join("");

  for (const op of lists) {
    const node = doc.getIn(op.path as (string | number)[], true) as Node | undefined;
    const parent = doc.getIn(op.path.slice(0, -1) as (string | number)[], true) as Node | undefined;
    if (isSeq(node) && !node.flow && node.items.length) {
      const chunks = chunksOf(node);
      const start = chunks[0].start;
      const end = chunks.at(-1)!.end;
      const indent = chunks[0].indent;
      if (op.items.length) regions.push({ start, end, render: () => renderItems(op.items, indent) });
      else {
        // No items left: the key goes too (an empty list would read as null).
        const pair = isMap(parent) ? parent.items.find((p) => isScalar(p.key) && p.key.value === op.path.at(-1)) : undefined;
        const keyNode = pair?.key as Node | undefined;
        if (!keyNode?.range) failed.push(op.path);
        else regions.push({ start: lineStart(keyNode.range[0]), end, render: () => "" });
      }
    } else if (isSeq(node) && node.flow && op.items.every((i) => "fresh" in i && typeof i.fresh === "string")) {
      const [start, end] = node.range!;
      regions.push({ start, end, render: () => stringify(op.items.map((i) => ("fresh" in i ? i.fresh : "")), { flow: true, lineWidth: 0 }).trimEnd() });
    } else if (node === undefined && isMap(parent) && !parent.flow && op.items.length) {
      const at = mapEnd(parent);
      const indent = mapIndent(parent);
      regions.push({ start: at, end: at, render: () => `${" ".repeat(indent)}${String(op.path.at(-1))}:${eol}${renderItems(op.items, indent + 2)}` });
    } else failed.push(op.path);
  }

  function mapIndent(map: Node): number {
    return isMap(map) && map.items[0] ? column((map.items[0].key as Node).range![0]) : 0;
  }
  function mapEnd(map: Node): number {
    return isMap(map) ? afterLine(lastContent(map.range![1])) : text.length;
  }
  for (const op of keys) {
    const map = doc.getIn(op.path as (string | number)[], true) as Node | undefined;
    if (!isMap(map) || map.flow) {
      failed.push([...op.path, op.key]);
      continue;
    }
    if (op.value === undefined) {
      const pair = map.items.find((p) => isScalar(p.key) && p.key.value === op.key);
      const from = (pair?.key as Node | undefined)?.range?.[0];
      const to = (pair?.value as Node | undefined)?.range?.[1];
      // Only a key on a line of its own (not the first of a "- " item).
      if (from === undefined || to === undefined || text.slice(lineStart(from), from).trim()) failed.push([...op.path, op.key]);
      else regions.push({ start: lineStart(from), end: afterLine(lastContent(to)), render: () => "" });
      continue;
    }
    const after = map.items.find((p) => isScalar(p.key) && p.key.value === op.after);
    const at = after?.value ? afterLine(lastContent((after.value as Node).range![1])) : mapEnd(map);
    const indent = mapIndent(map);
    regions.push({ start: at, end: at, render: () => reindent(lines(stringify({ [op.key]: op.value }, { lineWidth: 0 })), indent) });
  }

  const active = new Set<Region>();
  /** [start, end) of the original text with the regions inside it replaced (the outermost ones; the rest render inside them). */
  function render(start: number, end: number): string {
    const inside = regions
      .filter((r) => !active.has(r) && r.start >= start && r.end <= end && (r.start < r.end || (r.start > start && r.start <= end)))
      .sort((a, b) => a.start - b.start || b.end - a.end);
    let out = "";
    let at = start;
    let last: Region | undefined;
    for (const region of inside) {
      // Inside a region already rendered (an insertion at its very end included).
      if (region.start < at || (last && region.start === region.end && region.start > last.start && region.start <= last.end)) continue;
      last = region;
      out += text.slice(at, region.start);
      active.add(region);
      out += region.render();
      active.delete(region);
      at = region.end;
    }
    return out + text.slice(at, end);
  }
  return { text: render(0, text.length), failed };
}
