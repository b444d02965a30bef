/**
 * The changed paragraphs of one part or topic → edits of its fields. A topic prints as
 * (outline.ts): its heading "（一）标题" (unless run-in or untitled), then its body
 * paragraphs, the run-in lead "（一）标题。" or the untitled ordinal opening the first, and
 * its points "一是…。二是…。" continuing the last (or alone). Each edited paragraph is
 * taken apart the same way; the ordinals are the tool's and are left alone (noted).
 * A part prints its heading (generated or `heading`: left alone, noted) and its intro.
 */
import { pointMarker, splitOrdinal, stripHandOrdinal } from "../../core/ordinals.js";
import type { Target } from "../../core/schema.js";
import { closeSentence, endsWithClosing, paragraphsOf, type Text } from "../../core/text.js";
import type { FieldEdit } from "./apply-yaml.js";
import type { Ignored, Unplaced } from "./findings.js";
import type { AnchorTarget } from "./targets.js";

export interface ParagraphChange {
  index: number;
  before: string;
  after: string;
}

export interface TargetResult {
  edits: FieldEdit[];
  ignored: Ignored[];
  unplaced: Unplaced[];
}

/** Edits of a Text field: per list item when it is a list of one paragraph each, else the whole string. */
export function textEdits(path: AnchorTarget["path"], raw: Text | undefined, next: string[]): FieldEdit[] {
  if (Array.isArray(raw) && raw.every((item) => paragraphsOf(item).length === 1)) {
    return next.flatMap((text, i) => (paragraphsOf(raw[i])[0] === text ? [] : [{ path: [...path, i], value: text }]));
  }
  const old = paragraphsOf(raw);
  return next.some((text, i) => text !== old[i]) ? [{ path, value: next.join("\n\n") }] : [];
}

export function targetEdits(target: AnchorTarget, changes: readonly ParagraphChange[]): TargetResult {
  const result: TargetResult = { edits: [], ignored: [], unplaced: [] };
  const { path } = target;
  /** The ordinal as printed, and the text after it; a changed ordinal is noted, not taken. */
  const withoutOrdinal = (change: ParagraphChange) => {
    const [was] = splitOrdinal(change.before);
    const [now, rest] = splitOrdinal(change.after);
    if (now !== was) result.ignored.push({ kind: "ordinal", text: change.after, path });
    return now ? rest : change.after.startsWith(was) ? change.after.slice(was.length) : change.after;
  };

  if (target.kind === "text") {
    const next = paragraphsOf(target.node);
    for (const change of changes) next[change.index] = change.after;
    result.edits.push(...textEdits(path, target.node, next));
    return result;
  }
  if (target.kind === "targets") {
    for (const change of changes) {
      if (change.index === 0) result.ignored.push({ kind: "generated-heading", text: change.after, path });
      else result.edits.push(...targetTexts(target.node, change, result));
    }
    return result;
  }
  if (target.kind === "part") {
    const intro = paragraphsOf(target.node.intro);
    for (const change of changes) {
      if (change.index === 0) result.ignored.push({ kind: "part-heading", text: change.after, path });
      else intro[change.index - 1] = change.after;
    }
    result.edits.push(...textEdits([...path, "intro"], target.node.intro, intro));
    return result;
  }

  const topic = target.node;
  const title = topic.title ? stripHandOrdinal(topic.title).trim() : null;
  const runIn = Boolean(title) && (topic.runIn ?? target.part === "problems");
  const first = title && !runIn ? 1 : 0;
  const body = paragraphsOf(topic.body);
  const points = topic.points ?? [];
  const count = points.length && !body.length ? 1 : body.length;
  const nextBody = [...body];
  let newTitle: string | null = null;

  for (const change of changes) {
    if (change.index < first) {
      newTitle = withoutOrdinal(change).trim();
      continue;
    }
    const k = change.index - first;
    let rest = k === 0 && (runIn || !title) ? withoutOrdinal(change) : change.after;
    if (k === 0 && runIn) {
      const closed = closeSentence(title!);
      if (rest.startsWith(closed)) rest = rest.slice(closed.length);
      else {
        const end = rest.search(/[。！？]/);
        if (end < 0) {
          result.unplaced.push({ reason: "run-in", text: change.after, path });
          continue;
        }
        newTitle = endsWithClosing(title!) ? rest.slice(0, end + 1) : rest.slice(0, end);
        rest = rest.slice(end + 1);
      }
    }
    if (k === count - 1 && points.length) {
      const split = splitPoints(rest, points, topic.pointStyle);
      if (!split) {
        result.unplaced.push({ reason: "points", text: change.after, path });
        continue;
      }
      split.points.forEach((text, i) => {
        if (text !== paragraphsOf(points[i]).join("")) result.edits.push({ path: [...path, "points", i], value: text });
      });
      rest = split.lead;
      if (!body.length) {
        if (rest) result.unplaced.push({ reason: "no-body", text: rest, path });
        continue;
      }
    }
    nextBody[k] = rest;
  }
  if (newTitle !== null && newTitle !== title) result.edits.unshift({ path: [...path, "title"], value: newTitle });
  result.edits.push(...textEdits([...path, "body"], topic.body, nextBody));
  return result;
}

/**
 * "导语一是A。二是B。" → lead "导语", points [A, B]: each marker found from the end, so a
 * "一是" inside the lead does not count; a "。" the tool added to close a point goes.
 */
function splitPoints(text: string, points: Text[], style: Parameters<typeof pointMarker>[0] = "一是") {
  const at: number[] = [];
  let end = text.length;
  for (let i = points.length; i >= 1; i--) {
    const pos = text.lastIndexOf(pointMarker(style, i), end - 1);
    if (pos < 0) return null;
    at.unshift(pos);
    end = pos;
  }
  const texts = at.map((pos, i) => {
    const raw = text.slice(pos + pointMarker(style, i + 1).length, at[i + 1] ?? text.length);
    const old = paragraphsOf(points[i]).join("");
    return !endsWithClosing(old) && raw.endsWith("。") ? raw.slice(0, -1) : raw;
  });
  return { lead: text.slice(0, at[0]), points: texts };
}

/**
 * The 目标任务 paragraph ("甲；乙。", joinTargets) → each target's `text`, when it still has
 * as many "；"-separated parts. The figures (`value`) are not read from the text: noted work
 * for later, with the metrics table.
 */
function targetTexts(targets: Target[], change: ParagraphChange, result: TargetResult): FieldEdit[] {
  const texts = change.after.replace(/。$/, "").split("；");
  if (texts.length !== targets.length) {
    result.unplaced.push({ reason: "targets", text: change.after, path: ["plan", "targets"] });
    return [];
  }
  const old = (t: Target) => t.text.trim().replace(/[。；;，,]+$/, "");
  return texts.flatMap((text, i) => (text === old(targets[i]) ? [] : [{ path: ["plan", "targets", i, "text"], value: text }]));
}
