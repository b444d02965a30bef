/**
 * One part of two years compared: entries matched (match.ts), each added, removed,
 * unchanged or changed, with character diffs of what changed. Order alone is never a
 * change: a topic moved up or down, or under another parent, with the same words, is
 * unchanged.
 */
import type { PartKey, Report } from "../core/schema.js";
import { partEntries, partHeading, type Entry } from "./entries.js";
import { matchEntries, type Match } from "./match.js";
import type { CoarseLevel, EntryDiff, EntryRef, EntryStatus, SectionDiff } from "./model.js";
import { diffTextLevel, TextBudget, type Segment } from "./text-diff.js";

export function entryRef(e: Entry): EntryRef {
  return { kind: e.kind, location: e.location, id: e.id, title: e.title, text: e.text };
}

function matched(ea: Entry, eb: Entry, m: Match, part: PartKey, budget: TextBudget): EntryDiff {
  const titleChanged = (ea.title ?? "") !== (eb.title ?? "");
  const textChanged = ea.text !== eb.text;
  const fallback: { title?: CoarseLevel; text?: CoarseLevel } = {};
  const compare = (x: string, y: string, field: "title" | "text"): Segment[] => {
    const { segments, level } = diffTextLevel(x, y, budget);
    if (level !== "characters") fallback[field] = level;
    return segments;
  };
  const title = titleChanged ? compare(ea.title ?? "", eb.title ?? "", "title") : null;
  const text = textChanged ? compare(ea.text, eb.text, "text") : null;
  return {
    status: titleChanged || textChanged ? "changed" : "unchanged",
    match: m.by,
    similarity: m.similarity,
    a: entryRef(ea),
    b: entryRef(eb),
    title,
    text,
    persisting: part === "problems" && ea.kind === "topic",
    ...(fallback.title || fallback.text ? { fallback } : {}),
  };
}

function single(e: Entry, status: "added" | "removed"): EntryDiff {
  const ref = entryRef(e);
  return { status, match: null, similarity: null, a: status === "removed" ? ref : null, b: status === "added" ? ref : null, title: null, text: null, persisting: false };
}

/** `budget`: the text-diff work left for the whole `report diff` (text-diff.ts). */
export function diffSection(a: Report, b: Report, part: PartKey, budget = new TextBudget()): SectionDiff {
  const ea = partEntries(a, part);
  const eb = partEntries(b, part);
  const { pairs, onlyA, window } = matchEntries(ea, eb);
  const byB = new Map(pairs.map((m) => [m.b, m]));
  const entries: EntryDiff[] = eb.map((e, j) => {
    const m = byB.get(j);
    return m ? matched(ea[m.a], e, m, part, budget) : single(e, "added");
  });
  for (const i of onlyA) entries.push(single(ea[i], "removed"));
  const counts: Record<EntryStatus, number> = { added: 0, removed: 0, changed: 0, unchanged: 0 };
  for (const e of entries) counts[e.status]++;
  return { part, headingA: partHeading(a, part), headingB: partHeading(b, part), counts, entries, ...(window !== null ? { matchWindow: window } : {}) };
}
