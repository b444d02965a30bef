/**
 * The result of `report diff`: plain data, the same object the json format prints
 * (keys in the order written here, so the JSON is stable). Renderers (text, md, json)
 * only read it.
 */
import type { PartKey } from "../core/schema.js";
import type { MatchedBy } from "./match.js";
import type { Segment, TextLevel } from "./text-diff.js";

export interface YearSide {
  file: string;
  year: number;
  /** Only for a half-year report (data-format.md, `period`): a year's side has none, as before. */
  period?: "first-half" | "second-half";
  organization: string;
}

export type MetricStatus = "new" | "dropped" | "changed" | "unchanged";

export interface MetricDiff {
  id: string;
  label: string;
  unit: string;
  status: MetricStatus;
  a: number | null;
  b: number | null;
  /** b − a, at the precision the figures were written with. */
  change: number | null;
  /** Percent to 0.1; null without a non-zero A value. */
  growthPercent: number | null;
  /** B's own `target`, else the target A's plan set for the id. */
  target: number | null;
  targetFrom: "b" | "a-plan" | null;
  /** b ≥ target; null without a target or without a B value. */
  reached: boolean | null;
  /** A's unit when it differs from B's: the two values are then not compared. */
  unitChangedFrom: string | null;
}

export type EntryStatus = "added" | "removed" | "changed" | "unchanged";

/** One side of a compared entry, as that year's report has it. */
export interface EntryRef {
  kind: "intro" | "target" | "topic";
  location: string;
  id: string | null;
  title: string | null;
  text: string;
}

export interface EntryDiff {
  status: EntryStatus;
  match: MatchedBy | null;
  similarity: number | null;
  a: EntryRef | null;
  b: EntryRef | null;
  /** Character diff of the titles, when both have one and they differ. */
  title: Segment[] | null;
  /** Character diff of the text, when it differs. */
  text: Segment[] | null;
  /** problems only: raised in both years (连续两年提出). */
  persisting: boolean;
  /**
   * Present only when `title` or `text` is coarser than a character diff (text-diff.ts):
   * "sentences" — whole sentences, changed runs by character where the bounds allowed;
   * "replaced" — the whole old text deleted and the new one inserted. Absent otherwise,
   * so the output of normal reports does not change.
   */
  fallback?: { title?: CoarseLevel; text?: CoarseLevel };
}

/** A text diff coarser than characters, for texts too long or too changed (issue #17). */
export type CoarseLevel = Exclude<TextLevel, "characters">;

/**
 * Present (on a section or the follow-through) only when too many entries were left
 * without an id or an identical title to compare every pair: each was compared with
 * the entries of the other year within this many places of its own (match.ts).
 */
export type MatchWindow = number;

export interface SectionDiff {
  part: PartKey;
  headingA: string | null;
  headingB: string | null;
  counts: Record<EntryStatus, number>;
  /** In B's order; entries only in A follow, in A's order. */
  entries: EntryDiff[];
  matchWindow?: MatchWindow;
}

export interface PersistingProblem {
  match: MatchedBy;
  similarity: number;
  a: EntryRef;
  b: EntryRef;
}

export type FollowStatus = "reported" | "not-reported";

export interface FollowItem {
  status: FollowStatus;
  match: MatchedBy | null;
  similarity: number | null;
  /** The item of A's plan. */
  a: EntryRef;
  /** The topic of B's summary that reports on it. */
  b: EntryRef | null;
}

export type TargetStatus = "reached" | "missed" | "not-reported" | "unchecked";

export interface FollowTarget {
  status: TargetStatus;
  text: string;
  metric: string | null;
  unit: string | null;
  target: number | null;
  value: number | null;
}

export interface FollowThrough {
  targets: FollowTarget[];
  items: FollowItem[];
  matchWindow?: MatchWindow;
}

/** What `--section` can pick: the metrics, a part, or the plan follow-through. */
export const SECTION_NAMES = ["metrics", "summary", "highlights", "problems", "outlook", "plan", "follow-through"] as const;
export type SectionName = (typeof SECTION_NAMES)[number];

export interface YearDiff {
  format: "work-report/diff";
  version: 1;
  a: YearSide;
  b: YearSide;
  /** The sections compared (all unless --section). */
  selected: SectionName[];
  /** null when not selected. */
  metrics: MetricDiff[] | null;
  followThrough: FollowThrough | null;
  /** Problems of A raised again in B (with the problems section). */
  persistingProblems: PersistingProblem[] | null;
  sections: SectionDiff[];
  /** Metrics and entries that are not unchanged, in the selected sections. */
  differences: number;
}
