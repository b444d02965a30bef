/**
 * `report diff --format md`: a review document for the person who signs the report —
 * figures first, then "did we do what we promised", problems raised again, and what
 * changed in each part. Changed text is marked with <del>/<ins>: GitHub, VS Code and
 * most viewers show them struck through and underlined, and unlike ~~ and ** they need
 * no spaces around them, which Chinese text does not have.
 */
import type { Lang } from "../../core/lang.js";
import { formatGrowth, formatNumber, formatSigned } from "../../core/metric-format.js";
import type { EntryDiff, EntryStatus, FollowThrough, MetricDiff, PersistingProblem, SectionDiff, YearDiff } from "../../diff/model.js";
import type { Segment } from "../../diff/text-diff.js";
import { escapeInline, escapeLineStart } from "../../document/escape.js";
import { diffLabels, entryName, hasHalf, kindLabel, type Labels } from "./diff-labels.js";

const esc = (text: string) => escapeInline(text);

/** Inline diff; a paragraph break inside the text becomes a Markdown line break. */
function inline(segments: readonly Segment[]): string {
  return segments
    .map((s) => {
      const text = esc(s.text).replace(/\n/g, "<br>");
      return s.op === "delete" ? `<del>${text}</del>` : s.op === "insert" ? `<ins>${text}</ins>` : text;
    })
    .join("");
}

function metricsTable(metrics: MetricDiff[], l: Labels, lang: Lang, a: string, b: string): string[] {
  if (!metrics.length) return [l.noMetrics];
  const header = l.metricHeader(a, b);
  const status = (m: MetricDiff) => {
    if (m.status === "new" || m.status === "dropped") return l.metricStatus[m.status];
    if (m.unitChangedFrom) return l.unitChanged(m.unitChangedFrom);
    return m.reached === true ? l.reached : m.reached === false ? `**${l.missed}**` : "";
  };
  const rows = metrics.map((m) => [esc(m.label), esc(m.unit), formatNumber(m.a), formatNumber(m.b), formatSigned(m.change), formatGrowth(m, { signed: true, lang }), formatNumber(m.target), status(m)]);
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map((_, i) => (i === 0 ? ":---" : i === 1 || i === 7 ? ":---:" : "---:"))), ...rows.map(line)];
}

function followThrough(f: FollowThrough, l: Labels, b: string): string[] {
  const out = [`### ${l.targets}`, ""];
  if (!f.targets.length) out.push(l.noTargets);
  for (const t of f.targets) {
    const box = t.status === "reached" ? "[x]" : "[ ]";
    const actual = t.value !== null && t.status !== "not-reported" ? `${l.actual(`${t.value}${t.unit ?? ""}`)}${l.comma}` : "";
    const verdict = t.status === "missed" ? `**${l.target[t.status]}**` : l.target[t.status];
    out.push(`- ${box} ${esc(t.text)}${l.paren(`${actual}${verdict}`)}`);
  }
  out.push("", `### ${l.keyWork}`, "");
  if (!f.items.length) out.push(l.noItems);
  for (const item of f.items) {
    const box = item.status === "reported" ? "[x]" : "[ ]";
    const where = item.b ? `${l.reportedAt(b, `${item.b.location}${esc(entryName(item.b, l))}`)}` : `**${l.notReported(b)}**`;
    const how = item.match === "similarity" ? l.paren(l.bySimilarity(item.similarity!)) : "";
    out.push(`- ${box} ${item.a.location}${esc(entryName(item.a, l))} → ${where}${how}`);
  }
  if (f.matchWindow !== undefined) out.push("", esc(l.windowNote(f.matchWindow)));
  return out;
}

function persisting(list: PersistingProblem[], l: Labels, a: string): string[] {
  if (!list.length) return [l.noPersisting];
  return list.map((p) => {
    const how = p.match === "similarity" ? `${l.comma}${l.bySimilarity(p.similarity)}` : "";
    return `- **${p.b.location}${esc(entryName(p.b, l))}**${l.paren(`${l.raisedIn(a)}${l.colon}${p.a.location}${esc(entryName(p.a, l))}${how}`)}`;
  });
}

function entry(e: EntryDiff, l: Labels): string[] {
  const ref = (e.b ?? e.a)!;
  const name = ref.title ? esc(ref.title) : e.text ? (kindLabel(ref, l) ? ` ${kindLabel(ref, l)}` : "") : ` ${esc(entryName(ref, l))}`;
  const notes = [e.match === "similarity" ? l.bySimilarity(e.similarity!) : "", e.persisting ? l.twoYears : ""].filter(Boolean);
  const out = [`- ${ref.location}${e.title ? inline(e.title) : name}${notes.length ? l.paren(notes.join(l.semicolon)) : ""}`];
  if (e.text) out.push("", `  ${inline(e.text)}`, "");
  for (const field of ["title", "text"] as const) {
    const level = e.fallback?.[field];
    if (level) out.push("", `  ${esc(l.fallbackNote(field, level))}`, "");
  }
  return out;
}

const ORDER: EntryStatus[] = ["changed", "added", "removed"];

function section(s: SectionDiff, l: Labels): string[] {
  const absent = l.paren(l.absent).trim();
  const heading = s.headingA === s.headingB ? s.headingB! : `${s.headingA ?? absent} → ${s.headingB ?? absent}`;
  const out = [`### ${l.part[s.part]}${l.colon}${esc(heading)}`, "", `${l.counts(s.counts)}${l.period}`];
  if (s.matchWindow !== undefined) out.push("", esc(l.windowNote(s.matchWindow)));
  for (const status of ORDER) {
    const list = s.entries.filter((e) => e.status === status);
    if (!list.length) continue;
    out.push("", `#### ${l.status[status]}`, "", ...list.flatMap((e) => entry(e, l)));
  }
  return out;
}

export function formatDiffMarkdown(diff: YearDiff, lang: Lang): string {
  const l = diffLabels(lang, hasHalf(diff.a, diff.b));
  const a = l.side(diff.a);
  const b = l.side(diff.b);
  const out = [
    `# ${escapeLineStart(l.title(a, b))}`,
    "",
    `- ${l.organization}${l.colon}${esc(diff.b.organization)}`,
    `- ${l.files}${l.colon}${esc(diff.a.file)} → ${esc(diff.b.file)}`,
    `- ${l.differences(diff.differences)}`,
    ...((diff.a.period ?? "year") !== (diff.b.period ?? "year") ? [`- ${l.periodNote(a, b)}`] : []),
  ];
  if (diff.metrics) out.push("", `## ${l.metrics}`, "", ...metricsTable(diff.metrics, l, lang, a, b));
  if (diff.followThrough) out.push("", `## ${l.followThrough(a, b)}`, "", ...followThrough(diff.followThrough, l, b));
  if (diff.persistingProblems) out.push("", `## ${l.persisting}`, "", ...persisting(diff.persistingProblems, l, a));
  if (diff.sections.length) out.push("", `## ${l.sections}`, ...diff.sections.flatMap((s) => ["", ...section(s, l)]));
  return `${out.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd()}\n`;
}
