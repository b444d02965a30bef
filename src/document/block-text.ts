/** The visible text of a block, piece by piece, as a reader sees it (ordinals included). */
import type { Block } from "./model.js";

export function blockTexts(block: Block): string[] {
  switch (block.type) {
    case "title":
      return [block.text];
    case "heading":
      return [block.ordinal + block.text];
    case "paragraph":
      return [block.runs.map((r) => r.text).join("")];
    case "table":
      return [...(block.caption ? [block.caption] : []), ...[block.header, ...block.rows].flat()];
    case "signature":
      return [block.organization, ...(block.date ? [block.date] : [])];
    case "attachmentNote":
      return block.lines;
    case "attachment":
      return [block.label];
  }
}
