/**
 * A block's paragraphs as edited → edits of its fields, read the way the block was
 * printed (render/outline.ts): a part's heading then its intro, its points "一是…二是…"
 * continuing the last paragraph; a topic's heading
 * "（一）标题" (unless run-in or untitled), then its body paragraphs — the run-in lead
 * "（一）标题。" or the untitled ordinal opening the first — and its points "一是…二是…"
 * continuing the last; the 导语 and 结尾 their paragraphs; the 目标任务 its heading and the
 * targets joined with "；". The number of paragraphs may have changed (a paragraph added,
 * deleted or split in two; points added or deleted): the fields are read from what is
 * there now, and only those that differ become edits. The ordinals and generated headings
 * are the tool's: a changed one is noted, not taken.
 */
import { pointMarker, splitOrdinal, stripHandOrdinal, type PointStyle } from "../../core/ordinals.js";
import type { Target } from "../../core/schema.js";
import { closeSentence, endsWithClosing, paragraphsOf, type Text } from "../../core/text.js";
import type { DataPath } from "../../render/anchors.js";
import type { FieldEdit } from "./apply-yaml.js";
import type { Ignored, Unplaced } from "./findings.js";
import { merge, noChanges, stringListChanges, textChanges, type ListChanges } from "./list-edits.js";
import type { AnchorTarget } from "./targets.js";

export interface BlockResult extends ListChanges {
  ignored: Ignored[];
  unplaced: Unplaced[];
  pointsAdded: number;
  pointsRemoved: number;
}

export interface BlockParagraph {
  text: string;
  heading: boolean;
}

/** `built`: the block's paragraphs as built (a changed ordinal or generated heading is noted against them). */
export function blockEdits(target: AnchorTarget, after: readonly BlockParagraph[], built: readonly string[]): BlockResult {
  const first = built[0];
  const out: BlockResult = { ...noChanges(), ignored: [], unplaced: [], pointsAdded: 0, pointsRemoved: 0 };
  const { path } = target;
  const texts = after.map((p) => p.text);

  if (target.kind === "text") return { ...out, ...textChanges(path.slice(0, -1), String(path.at(-1)), target.node, texts) };
  if (target.kind === "targets") {
    if (texts.length !== built.length) out.unplaced.push({ reason: "paragraphs", text: texts.join(""), path });
    else {
      if (texts[0] !== first) out.ignored.push({ kind: "generated-heading", text: texts[0], path });
      texts.slice(1).forEach((text, i) => {
        if (text !== built[i + 1]) out.edits.push(...targetTexts(target.node, text, out));
      });
    }
    return out;
  }
  if (target.kind === "part") {
    if (!after[0]?.heading) {
      out.unplaced.push({ reason: "paragraphs", text: texts.join(""), path });
      return out;
    }
    if (texts[0] !== first) out.ignored.push({ kind: "part-heading", text: texts[0], path });
    // A part's points continue its intro's last paragraph, as a topic's continue its body.
    const rest = texts.slice(1);
    if (!readPoints(path, target.node.points ?? [], target.node.pointStyle, rest, out)) return out;
    const intro = rest.filter((text, i) => text || i < rest.length - 1 || !target.node.points?.length);
    merge(out, textChanges(path, "intro", target.node.intro, intro, "heading"));
    return out;
  }

  const topic = target.node;
  const title = topic.title ? stripHandOrdinal(topic.title).trim() : null;
  const runIn = Boolean(title) && (topic.runIn ?? target.part === "problems");
  const headed = Boolean(title) && !runIn;
  if (!after.length || headed !== Boolean(after[0].heading)) {
    // The heading was deleted, or a paragraph made one: no safe reading.
    out.unplaced.push({ reason: "paragraphs", text: texts.join(""), path });
    return out;
  }
  // The tool numbers everything: a changed ordinal is noted, not taken.
  const mark = printedOrdinal(first ?? "");
  const withoutOrdinal = (text: string) => text.slice((mark && text.startsWith(mark) ? mark : printedOrdinal(text)).length);
  if (!(mark && texts[0].startsWith(mark)) && printedOrdinal(texts[0]) !== mark) out.ignored.push({ kind: "ordinal", text: texts[0], path });
  const rest = texts.slice(headed ? 1 : 0);
  let newTitle = title;
  if (headed) newTitle = withoutOrdinal(texts[0]).trim();
  else {
    let first = withoutOrdinal(rest[0]);
    if (runIn) {
      const closed = closeSentence(title!);
      // The body as printed after the lead, to tell a title edit from a body edit when no
      // "。" was added between them (a title ending in ）or ”).
      const wasRest = withoutOrdinal(built[0] ?? "").slice(closed.length);
      if (first.startsWith(closed)) first = first.slice(closed.length);
      else if (endsWithClosing(title!) && wasRest && first.endsWith(wasRest) && first.length > wasRest.length) {
        newTitle = first.slice(0, first.length - wasRest.length);
        first = wasRest;
      } else {
        const end = first.search(/[。！？]/);
        if (end < 0) {
          out.unplaced.push({ reason: "run-in", text: rest[0], path });
          return out;
        }
        newTitle = endsWithClosing(title!) ? first.slice(0, end + 1) : first.slice(0, end);
        first = first.slice(end + 1);
      }
    }
    rest[0] = first;
  }
  const points = topic.points ?? [];
  if (!readPoints(path, points, topic.pointStyle, rest, out)) return out;
  const body = rest.filter((text, i) => text || i < rest.length - 1 || !points.length);
  if (newTitle !== title && newTitle !== null) out.edits.unshift({ path: [...path, "title"], value: newTitle });
  merge(out, textChanges(path, "body", topic.body as Text | undefined, body, "title"));
  return out;
}

/**
 * The points of a topic or part (at `path`) read from the last of its paragraphs `rest`,
 * which keeps the lead before them; edits of the points go into `out`. False when the
 * markers are gone (the paragraph is listed as unplaced): nothing of the block is taken.
 */
function readPoints(path: DataPath, points: Text[], style: PointStyle | undefined, rest: string[], out: BlockResult): boolean {
  if (!points.length) return true;
  const old = points.map((p) => paragraphsOf(p).join(""));
  if (!rest.length) {
    // Only the heading is left: the points went with the paragraph that carried them.
    const changes = stringListChanges([...path, "points"], old, []);
    out.pointsRemoved += changes.removed;
    merge(out, { ...changes, added: 0, removed: 0 });
    return true;
  }
  const split = splitPoints(rest.at(-1)!, points, style);
  if (!split) {
    out.unplaced.push({ reason: "points", text: rest.at(-1)!, path });
    return false;
  }
  const changes = stringListChanges([...path, "points"], old, split.points);
  out.pointsAdded += changes.added;
  out.pointsRemoved += changes.removed;
  merge(out, { ...changes, added: 0, removed: 0 });
  rest[rest.length - 1] = split.lead;
  return true;
}

/**
 * The ordinal a topic's first paragraph was printed with. A topic's first paragraph always
 * starts with one, so "1." is taken even before a digit ("1.2024年…", which splitOrdinal,
 * reading unknown text, leaves alone as a decimal).
 */
function printedOrdinal(text: string): string {
  return splitOrdinal(text)[0] || (/^\d+[.、]/.exec(text)?.[0] ?? "");
}

/**
 * "导语①A。②B。③C。" → lead "导语", points [A, B, C]: the markers 1, 2, 3… in order, as
 * many as there are now (a point added or deleted), the first one searched from the end so
 * a marker inside the lead does not count; a "。" the tool added to close a point goes.
 */
export function splitPoints(text: string, points: Text[], style: PointStyle = "一是"): { lead: string; points: string[] } | null {
  let best: number[] = [];
  for (let first = text.lastIndexOf(pointMarker(style, 1)); first >= 0; first = text.lastIndexOf(pointMarker(style, 1), first - 1)) {
    const at = [first];
    for (let n = 2; ; n++) {
      const next = text.indexOf(pointMarker(style, n), at.at(-1)! + pointMarker(style, n - 1).length);
      if (next < 0) break;
      at.push(next);
    }
    if (at.length > best.length) best = at;
    if (first === 0) break;
  }
  if (!best.length) return null;
  // A "。" the tool added: each old point says whether it had one; a new point goes by the last.
  const closed = points.map((p) => endsWithClosing(paragraphsOf(p).join("")));
  const texts = best.map((pos, i) => {
    const raw = text.slice(pos + pointMarker(style, i + 1).length, best[i + 1] ?? text.length);
    return !(closed[i] ?? closed.at(-1)) && raw.endsWith("。") ? raw.slice(0, -1) : raw;
  });
  return { lead: text.slice(0, best[0]), points: texts };
}

/**
 * The 目标任务 paragraph ("甲；乙。", joinTargets) → each target's `text`, when it still has
 * as many "；"-separated parts. The figures (`value`) are not read from the text.
 */
function targetTexts(targets: Target[], text: string, out: BlockResult): FieldEdit[] {
  const texts = text.replace(/。$/, "").split("；");
  const old = (t: Target) => t.text.trim().replace(/[。；;，,]+$/, "");
  // A target with no text is not printed (joinTargets): the parts are the others'.
  const printed = targets.flatMap((t, i) => (old(t) ? [i] : []));
  if (texts.length !== printed.length) {
    out.unplaced.push({ reason: "targets", text, path: ["plan", "targets"] });
    return [];
  }
  return texts.flatMap((t, k) => (t === old(targets[printed[k]]) ? [] : [{ path: ["plan", "targets", printed[k], "text"], value: t }]));
}
