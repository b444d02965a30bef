/** What an import --into found besides edits: generated text left alone, and text it could not place. */
import type { DataPath } from "../../render/anchors.js";

/** Edits to text the tool writes itself: not data, so not imported (said, not silent). */
export interface Ignored {
  kind: "ordinal" | "part-heading" | "generated-heading" | "generated-title";
  text: string;
  path?: DataPath;
}

/** An edit with no place in the data: listed, and the data file left unchanged unless --force. */
export interface Unplaced {
  reason:
    | "outside" // a paragraph outside every part and topic (no anchor) that changed
    | "removed" // a paragraph outside every topic that is gone
    | "paragraphs" // a block whose number of paragraphs changed in a way that cannot be read (its heading gone, 目标任务)
    | "points" // the points' markers (一是…二是…) are no longer all there, in order
    | "run-in" // a run-in title no longer ends in 。, so title and body cannot be told apart
    | "no-body" // text before the points of a topic that has no body
    | "anchor-missing" // a part's, the 导语's, the 结尾's or the 目标任务's bookmark is gone from the edited document
    | "unknown-anchor" // a bookmark that names no part or topic of the data file
    | "targets" // the 目标任务 paragraph no longer has one "；"-separated part per target
    | "table-cell" // a table cell other than a metric's 本年 figure changed (or a row was added)
    | "figure" // a metric's 本年 cell that no longer reads as a number
    | "new-topic" // a new heading with nowhere to go (before every part, or while a part's heading is missing)
    | "new-part" // a new 一、 heading: the parts are the template's
    | "list" // a list of the data file that cannot be rewritten in place (a flow list of topics)
    | "not-scalar"; // the edited value is not a single string in the YAML (a list where one was expected)
  text: string;
  path?: DataPath;
}
