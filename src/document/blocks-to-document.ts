/**
 * Parse stage, second half: Markdown's blocks (markdown-tree.ts) → Document.
 * Conventions (the contract between templates and writers, see docs/templates.md):
 *   "# " title · "## " to "##### " headings of levels 1-4 · a paragraph that opens with
 *   **bold text starting with an ordinal** is a run-in heading · GFM tables, a "表N …"
 *   paragraph right above one being its caption ·
 *   the HTML comments of markers.ts (signature, 附件说明, attachments), each taking the
 *   paragraphs of its shape after it; text after them stays, as ordinary blocks.
 */
import { ordinalLevel, splitOrdinal } from "../core/ordinals.js";
import type { BlockNode, Inline } from "./markdown-tree.js";
import { AnchorCollector } from "./anchors.js";
import { markedBlock } from "./markers.js";
import { TABLE_CAPTION, type Block, type Document, type HeadingLevel, type Run, type TableBlock } from "./model.js";

type Of<T extends BlockNode["type"]> = Extract<BlockNode, { type: T }>;

/** The most paragraphs a marker takes: a 附件说明 of up to 99 lines. */
const MAX_TAKEN = 99;

export { SIGNATURE_MARKER, isSignatureDate } from "./markers.js";

export function documentFromBlocks(nodes: readonly BlockNode[]): Document {
  const blocks: Block[] = [];
  const anchors = new AnchorCollector();
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    anchors.settle(blocks);
    if (node.type === "html" && anchors.take(node.value, blocks.length)) continue;
    if (node.type === "html") {
      // Only as many paragraphs as the marker can take (markers.ts): a few suffice, as texts.
      const following = nodes.slice(i + 1, i + 1 + MAX_TAKEN).map((n) => (n.type === "paragraph" ? plainText(n.children) : null));
      const end = following.indexOf(null);
      const marked = markedBlock(node.value, end < 0 ? following : following.slice(0, end));
      if (marked) {
        blocks.push(marked.block);
        i += marked.taken;
        continue;
      }
    }
    const next = nodes[i + 1];
    if (node.type === "paragraph" && next?.type === "table" && isCaption(node)) {
      blocks.push({ ...convertTable(next), caption: plainText(node.children) });
      i++;
      continue;
    }
    blocks.push(...convertBlock(node));
  }
  anchors.settle(blocks);
  return anchors.anchors.length ? { blocks, anchors: anchors.anchors } : { blocks };
}

/** "表1　主要指标完成情况" right above a table is its caption (centred above it in Word). */
function isCaption(node: Of<"paragraph">): boolean {
  return TABLE_CAPTION.test(plainText(node.children).trim());
}

function convertBlock(node: BlockNode): Block[] {
  switch (node.type) {
    case "heading": {
      const text = plainText(node.children);
      if (node.depth === 1) return [{ type: "title", text }];
      const [ordinal, rest] = splitOrdinal(text);
      return [{ type: "heading", level: Math.min(4, node.depth - 1) as HeadingLevel, ordinal, text: rest }];
    }
    case "paragraph":
      return [{ type: "paragraph", runs: paragraphRuns(node.children) }];
    case "table":
      return [convertTable(node)];
    case "list":
      return listParagraphs(node);
    case "blockquote":
      return node.children.flatMap(convertBlock);
    case "code":
      return [{ type: "paragraph", runs: [{ text: node.value }] }];
    default:
      // thematic breaks, HTML comments and definitions carry no report text
      return [];
  }
}

function listParagraphs(list: Of<"list">): Block[] {
  return list.children.flatMap((item, i) => {
    // A task list item's box is kept, as ☑ or ☐ (a bullet list's box replaces the bullet).
    const box = item.checked === undefined ? "" : item.checked ? "☑" : "☐";
    const marker = list.ordered ? `${list.start + i}.${box}` : box || "·";
    const blocks = item.children.flatMap(convertBlock);
    const first = blocks[0];
    if (first?.type === "paragraph") first.runs.unshift({ text: marker });
    return blocks.map((b) => (b.type === "paragraph" ? { ...b, runs: mergeRuns(b.runs) } : b));
  });
}

function convertTable(node: Of<"table">): TableBlock {
  const rows = node.children.map((row) => row.children.map((cell) => plainText(cell.children)));
  const [header = [], ...body] = rows;
  return { type: "table", header, rows: body, align: node.align };
}

/** Runs of a paragraph; a leading strong that starts with an ordinal is a run-in heading. */
function paragraphRuns(children: Inline[]): Run[] {
  const runs: Run[] = [];
  children.forEach((child, index) => collectRuns(child, {}, runs, index === 0));
  return mergeRuns(runs);
}

function collectRuns(node: Inline, style: Omit<Run, "text">, out: Run[], first: boolean): void {
  switch (node.type) {
    case "text":
      out.push({ text: node.value, ...style });
      return;
    case "inlineCode":
      out.push({ text: node.value, ...style });
      return;
    case "break":
      out.push({ text: "\n", ...style });
      return;
    case "strong": {
      const text = plainText(node.children);
      const level = first ? ordinalLevel(text) : undefined;
      if (level && level > 1) {
        out.push({ text, runIn: level });
        return;
      }
      node.children.forEach((c) => collectRuns(c, { ...style, bold: true }, out, false));
      return;
    }
    case "emphasis":
      node.children.forEach((c) => collectRuns(c, { ...style, italic: true }, out, false));
      return;
    case "delete":
    case "link":
      node.children.forEach((c) => collectRuns(c, style, out, false));
      return;
    case "image":
      if (node.alt) out.push({ text: node.alt, ...style });
      return;
    default:
      return;
  }
}

const sameStyle = (a: Run, b: Run) => a.bold === b.bold && a.italic === b.italic && a.runIn === b.runIn;

function mergeRuns(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    if (!run.text) continue;
    const last = out.at(-1);
    if (last && sameStyle(last, run)) last.text += run.text;
    else out.push({ ...run });
  }
  return out;
}

function plainText(children: Inline[]): string {
  const runs: Run[] = [];
  children.forEach((c) => collectRuns(c, {}, runs, false));
  return runs.map((r) => r.text).join("");
}
