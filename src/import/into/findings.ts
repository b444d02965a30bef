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
    | "paragraphs" // a topic whose number of paragraphs changed (new or deleted paragraphs)
    | "points" // the points' markers (一是…二是…) are no longer all there, in order
    | "run-in" // a run-in title no longer ends in 。, so title and body cannot be told apart
    | "no-body" // text before the points of a topic that has no body
    | "anchor-missing" // a topic's bookmark is gone from the edited document
    | "unknown-anchor" // a bookmark that names no part or topic of the data file
    | "targets" // the 目标任务 paragraph no longer has one "；"-separated part per target
    | "table-cell" // a table cell other than a metric's 本年 figure changed (or a row was added)
    | "figure" // a metric's 本年 cell that no longer reads as a number
    | "not-scalar"; // the edited value is not a single string in the YAML (a list where one was expected)
  text: string;
  path?: DataPath;
}
