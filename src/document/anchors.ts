/**
 * Anchors in the Markdown a template writes: `<!-- anchor NAME -->` … `<!-- /anchor -->`
 * around the blocks of one part or topic (templates/partials/node.md.hbs). The parse
 * stage turns each pair into an Anchor of the Document (the blocks between); the Word
 * writer puts a bookmark around them. They carry no text: the Markdown writer leaves them
 * out, so the .md output is as before.
 */
import type { Anchor } from "./model.js";

const OPEN = /^<!--\s*anchor\s+([A-Za-z][A-Za-z0-9_]{0,39})\s*-->\s*$/;
const CLOSE = /^<!--\s*\/anchor\s*-->\s*$/;

/** Collects the anchors while blocks are pushed: open, close at the current block count. */
export class AnchorCollector {
  readonly anchors: Anchor[] = [];
  private open: { name: string; first: number } | null = null;

  /** True when the comment was an anchor marker (taken); false for any other comment. */
  take(comment: string, blockCount: number): boolean {
    const text = comment.trim();
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
