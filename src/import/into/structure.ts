/**
 * The edited document's blocks (blocks.ts) → what changed in the data: each placed
 * block's own paragraphs, read into its fields (topic-fields.ts), and the topics' places. The topics nest by numbering level, as printed: a topic belongs to the
 * nearest part or topic above it with a lower level (1 一、 … 4 （1））, so a topic block cut
 * and pasted elsewhere is moved there in the data, a new heading with its paragraphs is a
 * new topic, and a topic whose block is gone is deleted (with the topics under it).
 * Parts are the template's and stay where they are; a part gone missing stops every move.
 */
import type { PartKey } from "../../core/schema-constants.js";
import { splitOrdinal } from "../../core/ordinals.js";
import type { DataPath } from "../../render/anchors.js";
import type { FieldEdit } from "./apply-yaml.js";
import { paragraphText, type Block, type BlockMap } from "./blocks.js";
import type { Ignored, Unplaced } from "./findings.js";
import type { AnchorTarget } from "./targets.js";
import { blockEdits } from "./topic-fields.js";
import type { KeyOp, ListItem, ListOp } from "./yaml-lists.js";

export interface Counts {
  paragraphsAdded: number;
  paragraphsRemoved: number;
  pointsAdded: number;
  pointsRemoved: number;
  topicsAdded: number;
  topicsMoved: number;
  topicsRemoved: number;
}

export interface StructureResult {
  edits: FieldEdit[];
  lists: ListOp[];
  keys: KeyOp[];
  ignored: Ignored[];
  unplaced: Unplaced[];
  counts: Counts;
}

interface TreeNode {
  block: Block;
  target?: AnchorTarget;
  level: number;
  children: TreeNode[];
}

const same = (a: DataPath, b: DataPath) => a.length === b.length && a.every((k, i) => k === b[i]);
const parentOf = (path: DataPath) => path.slice(0, -2);

export function structuralChanges(map: BlockMap, targets: ReadonlyMap<string, AnchorTarget>): StructureResult {
  const result: StructureResult = {
    edits: [],
    lists: [],
    keys: [],
    ignored: [],
    unplaced: [],
    counts: { paragraphsAdded: 0, paragraphsRemoved: 0, pointsAdded: 0, pointsRemoved: 0, topicsAdded: 0, topicsMoved: 0, topicsRemoved: 0 },
  };
  const { counts } = result;

  // Each placed block's own paragraphs.
  for (const block of map.edited) {
    if (!block.anchor) continue;
    const target = targets.get(block.anchor)!;
    const before = map.built.get(block.anchor)!.paragraphs.map(paragraphText);
    const after = block.paragraphs.map(paragraphText);
    if (before.join("\n") === after.join("\n")) continue;
    const fields = blockEdits(target, block.paragraphs.map((p) => ({ text: paragraphText(p), heading: /^Heading\d$/.test(p.style ?? "") })), before);
    result.edits.push(...fields.edits);
    result.lists.push(...fields.lists);
    result.keys.push(...fields.keys);
    result.ignored.push(...fields.ignored);
    result.unplaced.push(...fields.unplaced);
    counts.paragraphsAdded += fields.added;
    counts.paragraphsRemoved += fields.removed;
    counts.pointsAdded += fields.pointsAdded;
    counts.pointsRemoved += fields.pointsRemoved;
  }

  // What went missing: a part stops the structural reading; 导语, 结尾, 目标任务 are listed.
  const present = new Set(map.edited.flatMap((b) => (b.anchor ? [b.anchor] : [])));
  let partMissing = false;
  for (const [name, block] of map.built) {
    const target = targets.get(name)!;
    if (present.has(name) || target.kind === "topic") continue;
    result.unplaced.push({ reason: "anchor-missing", text: block.paragraphs.map(paragraphText).join(""), path: target.path });
    if (target.kind === "part") partMissing = true;
  }
  if (partMissing) {
    for (const block of map.edited.filter((b) => !b.anchor)) result.unplaced.push({ reason: "new-topic", text: block.paragraphs.map(paragraphText).join("") });
    return result;
  }

  // The topics' places, as printed now.
  const parts: TreeNode[] = [];
  const stack: TreeNode[] = [];
  for (const block of map.edited) {
    const target = block.anchor ? targets.get(block.anchor) : undefined;
    if (target && (target.kind === "text" || target.kind === "targets")) continue;
    const level = target?.kind === "part" ? 1 : ((block.anchor ? map.built.get(block.anchor)!.level : block.level) ?? 1);
    const node: TreeNode = { block, ...(target ? { target } : {}), level, children: [] };
    if (target?.kind === "part") {
      parts.push(node);
      stack.length = 0;
      stack.push(node);
      continue;
    }
    if (!target && !block.paragraphs.map(paragraphText).join("").slice(splitOrdinal(paragraphText(block.paragraphs[0]))[0].length).trim()) {
      result.ignored.push({ kind: "ordinal", text: paragraphText(block.paragraphs[0]) }); // a new ordinal with nothing after it
      continue;
    }
    if (!target && level <= 1) {
      result.unplaced.push({ reason: "new-part", text: block.paragraphs.map(paragraphText).join("") });
      continue;
    }
    while (stack.length && stack.at(-1)!.level >= level) stack.pop();
    const parent = stack.at(-1);
    if (!parent) {
      result.unplaced.push({ reason: target ? "outside" : "new-topic", text: block.paragraphs.map(paragraphText).join("") });
      continue;
    }
    parent.children.push(node);
    stack.push(node);
  }

  const originalChildren = (path: DataPath) =>
    [...targets.values()].filter((t) => t.kind === "topic" && same(parentOf(t.path), path)).sort((a, b) => (a.path.at(-1) as number) - (b.path.at(-1) as number));
  const visit = (node: TreeNode) => {
    if (!node.target) {
      // A new topic: the existing ones now under it were moved there.
      counts.topicsMoved += node.children.filter((child) => child.target).length;
      node.children.forEach(visit);
      return;
    }
    const path = node.target.path;
    const was = originalChildren(path);
    const now = node.children;
    const changed = now.length !== was.length || now.some((child, i) => !child.target || !same(child.target.path, was[i].path));
    if (changed) result.lists.push({ path: [...path, "items"], items: now.map((child) => listItem(child, partOf(node))) });
    // Moved: those that came from another list, and those out of their old order here.
    const fromHere = now.flatMap((child) => (child.target && same(parentOf(child.target.path), path) ? [child.target.path.at(-1) as number] : []));
    counts.topicsMoved += now.filter((child) => child.target && !same(parentOf(child.target.path), path)).length + fromHere.length - longestIncreasing(fromHere);
    now.forEach(visit);
  };
  const listItem = (node: TreeNode, part: PartKey | undefined): ListItem => {
    if (node.target) return { ref: node.target.path };
    counts.topicsAdded++;
    return { fresh: freshTopic(node.block, part), children: node.children.map((child) => listItem(child, part)) };
  };
  parts.forEach(visit);

  // Deleted: topics no block is placed on, counted where the deletion starts (not the topics under it).
  const gone = [...targets.entries()].filter(([name, t]) => t.kind === "topic" && !present.has(name));
  const pathsGone = gone.map(([, t]) => t.path);
  counts.topicsRemoved = pathsGone.filter((p) => !pathsGone.some((q) => q !== p && q.length < p.length && same(q, p.slice(0, q.length)))).length;
  return result;
}

function partOf(node: TreeNode): PartKey | undefined {
  return node.target && node.target.kind !== "text" && node.target.kind !== "targets" ? node.target.part : undefined;
}

/** A new topic from its paragraphs: a heading gives the title; "（三）标题。正文" in 存在的问题 a run-in title; else an untitled topic's body. */
function freshTopic(block: Block, part: PartKey | undefined): Record<string, unknown> {
  const texts = block.paragraphs.map(paragraphText);
  const [, first] = splitOrdinal(texts[0]);
  if (/^Heading\d$/.test(block.paragraphs[0].style ?? "")) {
    const body = texts.slice(1);
    return { ...(first.trim() ? { title: first.trim() } : {}), ...(body.length ? { body: body.join("\n\n") } : {}) };
  }
  const end = first.search(/[。！？]/);
  if (part === "problems" && end > 0) {
    const body = [first.slice(end + 1), ...texts.slice(1)].filter(Boolean);
    return { title: first.slice(0, end), ...(body.length ? { body: body.join("\n\n") } : {}) };
  }
  return { body: [first, ...texts.slice(1)].join("\n\n") };
}

/** The length of the longest increasing run (not necessarily contiguous): the topics that kept their order. */
function longestIncreasing(values: readonly number[]): number {
  const best: number[] = [];
  values.forEach((v, i) => {
    best[i] = 1;
    for (let j = 0; j < i; j++) if (values[j] < v) best[i] = Math.max(best[i], best[j] + 1);
  });
  return Math.max(0, ...best);
}
