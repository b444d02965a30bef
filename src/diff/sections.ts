/**
 * One part of two years compared: entries matched (match.ts), each added, removed,
 * unchanged or changed, with character diffs of what changed. Order alone is never a
 * change: a topic moved up or down, or under another parent, with the same words, is
 * unchanged.
 */
import type { PartKey, Report } from "../core/schema.js";
import { partEntries, partHeading, type Entry } from "./entries.js";
import { matchEntries, type Match } from "./match.js";
import type { EntryDiff, EntryRef, EntryStatus, SectionDiff } from "./model.js";
import { diffText } from "./text-diff.js";

export function entryRef(e: Entry): EntryRef {
  return { kind: e.kind, location: e.location, id: e.id, title: e.title, text: e.text };
}

function matched(ea: Entry, eb: Entry, m: Match, part: PartKey): EntryDiff {
  const titleChanged = (ea.title ?? "") !== (eb.title ?? "");
  const textChanged = ea.text !== eb.text;
  return {
    status: titleChanged || textChanged ? "changed" : "unchanged",
    match: m.by,
    similarity: m.similarity,
    a: entryRef(ea),
    b: entryRef(eb),
    title: titleChanged ? diffText(ea.title ?? "", eb.title ?? "") : null,
    text: textChanged ? diffText(ea.text, eb.text) : null,
    persisting: part === "problems" && ea.kind === "topic",
  };
}

function single(e: Entry, status: "added" | "removed"): EntryDiff {
  const ref = entryRef(e);
  return { status, match: null, similarity: null, a: status === "removed" ? ref : null, b: status === "added" ? ref : null, title: null, text: null, persisting: false };
}

export function diffSection(a: Report, b: Report, part: PartKey): SectionDiff {
  const ea = partEntries(a, part);
  const eb = partEntries(b, part);
  const { pairs, onlyA } = matchEntries(ea, eb);
  const byB = new Map(pairs.map((m) => [m.b, m]));
  const entries: EntryDiff[] = eb.map((e, j) => {
    const m = byB.get(j);
    return m ? matched(ea[m.a], e, m, part) : single(e, "added");
  });
  for (const i of onlyA) entries.push(single(ea[i], "removed"));
  const counts: Record<EntryStatus, number> = { added: 0, removed: 0, changed: 0, unchanged: 0 };
  for (const e of entries) counts[e.status]++;
  return { part, headingA: partHeading(a, part), headingB: partHeading(b, part), counts, entries };
}
