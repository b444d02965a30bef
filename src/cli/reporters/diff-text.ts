/**
 * `report diff --format text`: for a terminal, 80 columns (Han characters count two).
 * With colour, deletions are red and insertions green; without (NO_COLOR, a pipe) the
 * same diff reads as [-deleted-]{+inserted+}, like `git diff --word-diff=plain`.
 */
import type { ChalkInstance } from "chalk";
import type { Lang } from "../../core/lang.js";
import { formatGrowth, formatNumber, formatSigned } from "../../core/metric-format.js";
import type { EntryDiff, FollowThrough, MetricDiff, PersistingProblem, SectionDiff, YearDiff } from "../../diff/model.js";
import type { Segment } from "../../diff/text-diff.js";
import { diffLabels, entryName, hasHalf, kindLabel, type Labels } from "./diff-labels.js";
import { displayWidth, padEnd, padStart, truncate, wrap, type Piece } from "./diff-width.js";

interface Ctx {
  /** " (…)" in English, "（…）" in Chinese; likewise ": " and "：", ", " and "，" (diff-labels.ts). */
  paren: (text: string) => string;
  colon: string;
  comma: string;
  c: ChalkInstance;
  l: Labels;
  lang: Lang;
  width: number;
  /** The two sides as the labels name them: 2023年, 2024年上半年 (diff-labels.ts). */
  a: string;
  b: string;
}

/** A text diff as pieces: coloured, or with [- -] {+ +} markers when there is no colour. */
function segmentPieces(segments: readonly Segment[], x: Ctx): Piece[] {
  const plain = x.c.level === 0;
  return segments.flatMap((s): Piece[] => {
    if (s.op === "equal") return [{ text: s.text }];
    const style = s.op === "delete" ? (t: string) => x.c.red.strikethrough(t) : (t: string) => x.c.green(t);
    if (!plain) return [{ text: s.text, style }];
    return s.op === "delete" ? [{ text: "[-" }, { text: s.text }, { text: "-]" }] : [{ text: "{+" }, { text: s.text }, { text: "+}" }];
  });
}

function metricStatus(m: MetricDiff, x: Ctx): Piece {
  if (m.status === "new" || m.status === "dropped") return { text: x.l.metricStatus[m.status], style: x.c.cyan };
  if (m.unitChangedFrom) return { text: x.l.unitChanged(m.unitChangedFrom), style: x.c.yellow };
  if (m.reached === true) return { text: x.l.reached, style: x.c.green };
  if (m.reached === false) return { text: x.l.missed, style: x.c.red };
  return { text: "" };
}

function metricsBlock(metrics: MetricDiff[], x: Ctx): string[] {
  const out = [x.c.bold(x.l.metrics)];
  if (!metrics.length) return [...out, `  ${x.l.noMetrics}`];
  const header = x.l.metricHeader(x.a, x.b);
  const rows = metrics.map((m) => {
    const status = metricStatus(m, x);
    const cells = [m.label, m.unit, formatNumber(m.a), formatNumber(m.b), formatSigned(m.change), formatGrowth(m, { signed: true, lang: x.lang }), formatNumber(m.target), status.text];
    return { cells, status };
  });
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r.cells[i]))));
  // Two spaces between columns, one on a narrow terminal; the label column gives way.
  const restWith = (gap: number) => widths.slice(1).reduce((s, w) => s + w + gap, 2);
  const gap = x.width - restWith(2) >= 10 ? 2 : 1;
  widths[0] = Math.max(6, Math.min(widths[0], x.width - restWith(gap)));
  const right = (i: number) => i >= 2 && i <= 6;
  const line = (cells: string[], paint?: (i: number, text: string) => string) =>
    `  ${cells
      .map((cell, i) => {
        const text = i === 0 ? truncate(cell, widths[0]) : cell;
        const padded = right(i) ? padStart(text, widths[i]) : i === cells.length - 1 ? text : padEnd(text, widths[i]);
        return paint ? paint(i, padded) : padded;
      })
      .join(" ".repeat(gap))}`.trimEnd();
  out.push(x.c.dim(line(header)));
  for (const r of rows) out.push(line(r.cells, (i, text) => (i === 7 && r.status.style ? r.status.style(text) : text)));
  return out;
}

function followBlock(f: FollowThrough, x: Ctx): string[] {
  const out = [x.c.bold(x.l.followThrough(x.a, x.b)), `  ${x.l.targets}`];
  const check = (ok: boolean | null) => (ok === null ? { text: "[?]", style: x.c.yellow } : ok ? { text: "[x]", style: x.c.green } : { text: "[ ]", style: x.c.red });
  if (!f.targets.length) out.push(`    ${x.l.noTargets}`);
  for (const t of f.targets) {
    const mark = check(t.status === "reached" ? true : t.status === "unchecked" ? null : false);
    const actual = t.value !== null && t.status !== "not-reported" ? `${x.l.actual(`${t.value}${t.unit ?? ""}`)}${x.comma}` : "";
    const note = `${actual}${x.l.target[t.status]}`;
    out.push(...wrap([mark, { text: ` ${t.text} — ` }, { text: note, style: mark.style }], x.width, 4, 8));
  }
  out.push(`  ${x.l.keyWork}`);
  if (!f.items.length) out.push(`    ${x.l.noItems}`);
  for (const item of f.items) {
    const mark = check(item.status === "reported");
    const where = item.b ? x.l.reportedAt(x.b, item.b.location) : x.l.notReported(x.b);
    const how = item.match === "similarity" ? x.paren(x.l.bySimilarity(item.similarity!)) : "";
    const pieces: Piece[] = [mark, { text: ` ${item.a.location}${entryName(item.a, x.l)} → ` }, { text: where, style: mark.style }, { text: how, style: x.c.dim }];
    out.push(...wrap(pieces, x.width, 4, 8));
  }
  if (f.matchWindow !== undefined) out.push(...wrap([{ text: x.l.windowNote(f.matchWindow), style: x.c.dim }], x.width, 4));
  return out;
}

function persistingBlock(list: PersistingProblem[], x: Ctx): string[] {
  const out = [x.c.bold(`${x.l.persisting}`)];
  if (!list.length) return [...out, `  ${x.l.noPersisting}`];
  for (const p of list) {
    const how = p.match === "similarity" ? `${x.comma}${x.l.bySimilarity(p.similarity)}` : "";
    const pieces: Piece[] = [
      { text: "!", style: x.c.yellow },
      { text: ` ${p.b.location}${entryName(p.b, x.l)}` },
      { text: x.paren(`${x.l.raisedIn(x.a)}${x.colon}${p.a.location}${entryName(p.a, x.l)}${how}`), style: x.c.dim },
    ];
    out.push(...wrap(pieces, x.width, 2, 4));
  }
  return out;
}

const MARK = { added: "+", removed: "-", changed: "~", unchanged: "=" } as const;

function entryLines(e: EntryDiff, x: Ctx): string[] {
  const ref = (e.b ?? e.a)!;
  const paint = e.status === "added" ? x.c.green : e.status === "removed" ? x.c.red : x.c.yellow;
  const notes = [e.match === "similarity" ? x.l.bySimilarity(e.similarity!) : "", e.persisting ? x.l.twoYears : ""].filter(Boolean);
  const head: Piece[] = [{ text: MARK[e.status], style: paint }, { text: ` ${ref.location}` }];
  // A titled topic reads as the report prints it, ordinal then title: "（一）企业科技…".
  // Changed text without a title is shown in full below: the head only says what it is.
  if (e.title) head.push(...segmentPieces(e.title, x));
  else if (ref.title) head.push({ text: ref.title });
  else if (e.text) head.push({ text: kindLabel(ref, x.l) ? ` ${kindLabel(ref, x.l)}` : "" });
  else head.push({ text: ` ${entryName(ref, x.l)}` });
  if (notes.length) head.push({ text: x.paren(notes.join(x.l.semicolon)), style: x.c.dim });
  const out = wrap(head, x.width, 2, 6);
  if (e.text) out.push(...wrap(segmentPieces(e.text, x), x.width, 6));
  for (const field of ["title", "text"] as const) {
    const level = e.fallback?.[field];
    if (level) out.push(...wrap([{ text: x.l.fallbackNote(field, level), style: x.c.dim }], x.width, 6));
  }
  return out;
}

function sectionBlock(s: SectionDiff, x: Ctx): string[] {
  const heading = s.headingA === s.headingB ? s.headingB! : `${s.headingA ?? `(${x.l.absent})`} → ${s.headingB ?? `(${x.l.absent})`}`;
  const out = wrap([{ text: `${x.l.part[s.part]}${x.colon}`, style: x.c.bold }, { text: heading }], x.width, 2);
  out.push(`  ${x.c.dim(x.l.counts(s.counts))}`);
  if (s.matchWindow !== undefined) out.push(...wrap([{ text: x.l.windowNote(s.matchWindow), style: x.c.dim }], x.width, 2));
  for (const e of s.entries) if (e.status !== "unchanged") out.push(...entryLines(e, x));
  return out;
}

export function formatDiffText(diff: YearDiff, c: ChalkInstance, lang: Lang, width = 80): string {
  const l = diffLabels(lang, hasHalf(diff.a, diff.b));
  const x: Ctx = { paren: l.paren, colon: l.colon, comma: l.comma, c, l, lang, width, a: l.side(diff.a), b: l.side(diff.b) };
  const blocks: string[][] = [
    [
      ...wrap([{ text: x.l.title(x.a, x.b), style: c.bold }, { text: ` · ${diff.b.organization}` }], width, 0),
      ...wrap([{ text: `${diff.a.file} → ${diff.b.file} · ${x.l.differences(diff.differences)}`, style: c.dim }], width, 0),
      ...((diff.a.period ?? "year") !== (diff.b.period ?? "year") ? wrap([{ text: x.l.periodNote(x.a, x.b), style: c.yellow }], width, 0) : []),
    ],
  ];
  if (diff.metrics) blocks.push(metricsBlock(diff.metrics, x));
  if (diff.followThrough) blocks.push(followBlock(diff.followThrough, x));
  if (diff.persistingProblems) blocks.push(persistingBlock(diff.persistingProblems, x));
  if (diff.sections.length) blocks.push([c.bold(x.l.sections), ...diff.sections.flatMap((s) => sectionBlock(s, x))]);
  return `${blocks.map((b) => b.join("\n")).join("\n\n")}\n`;
}
