/**
 * Anchors in the Markdown a template writes: `<!-- anchor NAME -->` … `<!-- /anchor -->`
 * around the blocks of one part or topic (templates/partials/node.md.hbs), and
 * `<!-- anchor-cells COL NAME… -->` right before a table (its caption included): one name
 * per body row, for the cell in column COL (the metrics table's 本年, render-report.ts). The parse
 * stage turns each pair into an Anchor of the Document (the blocks between); the Word
 * writer puts a bookmark around them. They carry no text: the Markdown writer leaves them
 * out, so the .md output is as before.
 */
import type { Anchor, Block } from "./model.js";

const OPEN = /^<!--\s*anchor\s+([A-Za-z][A-Za-z0-9_]{0,39})\s*-->\s*$/;
const CLOSE = /^<!--\s*\/anchor\s*-->\s*$/;
const CELLS = /^<!--\s*anchor-cells\s+(\d+)((?:\s+[A-Za-z][A-Za-z0-9_]{0,39})*)\s*-->\s*$/;

/** The comment that gives a table's body rows their cell anchors. */
export function cellAnchorsComment(col: number, names: readonly string[]): string {
  return `<!-- anchor-cells ${col} ${names.join(" ")} -->`;
}

/** Collects the anchors while blocks are pushed: open, close at the current block count. */
export class AnchorCollector {
  readonly anchors: Anchor[] = [];
  private open: { name: string; first: number } | null = null;
  private cells: { at: number; col: number; names: string[] } | null = null;

  /** Cell anchors go to the block pushed right after their comment, when it is a table (else nowhere). */
  settle(blocks: readonly Block[]): void {
    if (!this.cells || blocks.length <= this.cells.at) return;
    const { at, col, names } = this.cells;
    const table = blocks[at];
    const taken = new Set(this.anchors.map((a) => a.name));
    if (table.type === "table") {
      names.slice(0, table.rows.length).forEach((name, row) => {
        if (!taken.has(name)) this.anchors.push({ name, first: at, last: at, cell: { row, col } });
        taken.add(name);
      });
    }
    this.cells = null;
  }

  /** True when the comment was an anchor marker (taken); false for any other comment. */
  take(comment: string, blockCount: number): boolean {
    const text = comment.trim();
    const cells = CELLS.exec(text);
    if (cells) {
      this.cells = { at: blockCount, col: Number(cells[1]), names: cells[2].trim().split(/\s+/).filter(Boolean) };
      return true;
    }
    const opened = OPEN.exec(text);
    if (opened) {
      this.open = { name: opened[1], first: blockCount };
      return true;
    }
    if (!CLOSE.test(text)) return false;
    // An anchor around no block (or an unmatched close) marks nothing; names stay unique.
    if (this.open && blockCount > this.open.first && !this.anchors.some((a) => a.name === this.open!.name)) {
      this.anchors.push({ name: this.open.name, first: this.open.first, last: blockCount - 1 });
    }
    this.open = null;
    return true;
  }
}
