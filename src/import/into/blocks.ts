/**
 * The paragraphs of a document as blocks: each part's, topic's, 导语's, 结尾's and
 * 目标任务's own paragraphs, in document order, and the paragraphs outside them (the title,
 * the table's caption and note, 重点工作, the signature). The built document's blocks are
 * its bookmarks (render/anchors.ts). An edited document's block is placed on one of them
 * (docs/review-loop.md):
 *
 * 1. by its bookmark. A bookmark name found around two separate runs of paragraphs (a
 *    copy and paste in Word or WPS) stays with the run most like the built block; the
 *    other run is read as if it had none. So is the rest of a run from a paragraph that
 *    starts a heading or ordinal of the block's own level (a copy pasted right after it).
 * 2. else by its ordinal path: a paragraph with a heading style or an ordinal at its start
 *    (一、 （一） 1. （1）) begins a block, and the ordinals of the headings above it give
 *    its path ("五、/（二）/3."), the same walk on both documents. Only blocks whose
 *    bookmark is gone from the edited document are looked for this way.
 * 3. else by text similarity (similarity.ts): the missing block it is most like, at or
 *    above SIMILARITY_THRESHOLD.
 * 4. else it is a new topic.
 * The 导语 and 结尾, which have no heading, are found again by similarity among the
 * paragraphs outside every block that the built document does not have.
 *
 * A paragraph with no bookmark that begins no block continues the block before it (Word
 * leaves a paragraph typed after a bookmark's end outside it), unless it is one of the
 * document's own paragraphs (title, signature, table text: styles Gw…), a table's caption
 * (the paragraph right before a table) or comes after one, follows the 目标任务, or is like
 * a paragraph of a 导语 or 结尾 whose bookmark is gone. Empty paragraphs carry nothing and
 * are left out on both sides.
 */
import { ordinalLevel, splitOrdinal } from "../../core/ordinals.js";
import type { DocxParagraph } from "./docx-paragraphs.js";
import { dice, SIMILARITY_THRESHOLD } from "./similarity.js";

export type BlockKind = "part" | "topic" | "text" | "targets";

export interface Block {
  /** The built document's anchor this block is placed on; undefined for a new topic. */
  anchor?: string;
  via: "anchor" | "ordinal" | "similarity" | "new";
  paragraphs: DocxParagraph[];
  /** The numbering level of its first paragraph (1 一、 … 4 （1）), from its ordinal or heading style. */
  level?: number;
  /** The ordinals of the headings above it and its own, joined by "/". */
  path: string;
}

export interface BlockMap {
  /** The built document's blocks by anchor, in document order. */
  built: Map<string, Block>;
  /** The edited document's blocks, in document order. */
  edited: Block[];
  /** Paragraphs outside every block, on each side (compared as a sequence). */
  builtOutside: DocxParagraph[];
  editedOutside: DocxParagraph[];
  /** Table cells, on each side. */
  builtCells: DocxParagraph[];
  editedCells: DocxParagraph[];
}

export const paragraphText = (p: DocxParagraph) => p.text.replace(/\n/g, "");
const blockText = (paragraphs: readonly DocxParagraph[]) => paragraphs.map((p) => splitOrdinal(paragraphText(p))[1]).join("");
const isHeading = (p: DocxParagraph) => /^Heading[1-9]$/.test(p.style ?? "");
/** The writer's own paragraph styles (title, signature, table text, captions): never a topic's text. */
const isFurniture = (p: DocxParagraph) => /^Gw/.test(p.style ?? "");

/**
 * The numbering level a paragraph starts, and its ordinal, if it starts one. `printed`: the
 * first paragraph of a bookmarked block, which the writer numbered, so "3." before a digit
 * ("3.2024年…", which splitOrdinal leaves alone as a decimal) counts too.
 */
function startOf(p: DocxParagraph, printed = false): { level: number; ordinal: string } | undefined {
  if (isFurniture(p)) return undefined;
  const text = paragraphText(p);
  const [ordinal] = splitOrdinal(text);
  if (ordinal) return { level: ordinalLevel(text)!, ordinal };
  const decimal = printed ? /^\d+[.、]/.exec(text)?.[0] : undefined;
  if (decimal) return { level: 3, ordinal: decimal };
  if (isHeading(p)) return { level: Number(p.style!.slice(7)), ordinal: "" };
  return undefined;
}

/** The ordinal path walk: each numbered paragraph sets its level and clears the deeper ones. */
function pathWalker() {
  const stack: string[] = [];
  return (start: { level: number; ordinal: string }) => {
    stack.length = Math.max(0, start.level - 1);
    while (stack.length < start.level - 1) stack.push("");
    stack.push(start.ordinal);
    return stack.join("/");
  };
}

interface Run {
  anchor?: string;
  paragraphs: DocxParagraph[];
}

function runsOf(paragraphs: readonly DocxParagraph[]): Run[] {
  const runs: Run[] = [];
  for (const p of paragraphs) {
    const last = runs.at(-1);
    if (last && last.anchor === p.anchor) last.paragraphs.push(p);
    else runs.push({ anchor: p.anchor, paragraphs: [p] });
  }
  return runs;
}

const split = (paragraphs: readonly DocxParagraph[]) => {
  const body = paragraphs.filter((p) => !p.inTable && paragraphText(p).trim());
  return { body, cells: paragraphs.filter((p) => p.inTable) };
};

function builtBlocks(paragraphs: readonly DocxParagraph[]) {
  const walk = pathWalker();
  const blocks = new Map<string, Block>();
  const outside: DocxParagraph[] = [];
  const outsidePaths = new Set<string>();
  for (const run of runsOf(paragraphs)) {
    if (run.anchor) {
      const start = startOf(run.paragraphs[0], true);
      blocks.set(run.anchor, { anchor: run.anchor, via: "anchor", paragraphs: run.paragraphs, path: start ? walk(start) : "", ...(start ? { level: start.level } : {}) });
      continue;
    }
    for (const p of run.paragraphs) {
      outside.push(p);
      const start = isHeading(p) ? startOf(p) : undefined;
      if (start) outsidePaths.add(walk(start));
    }
  }
  return { blocks, outside, outsidePaths };
}

/**
 * The edited document's blocks, each placed on a built block where it can be.
 * `kinds` says what each built anchor marks (a topic takes paragraphs typed after it).
 */
export function mapBlocks(builtParagraphs: readonly DocxParagraph[], editedParagraphs: readonly DocxParagraph[], kinds: ReadonlyMap<string, BlockKind>): BlockMap {
  const builtSide = split(builtParagraphs);
  const editedSide = split(editedParagraphs);
  const built = builtBlocks(builtSide.body);
  const outsideTexts = new Set(built.outside.map(paragraphText));

  // 1. Bookmarks: a name around two runs stays with the run most like the built block.
  const runs = runsOf(editedSide.body);
  const byName = new Map<string, Run[]>();
  for (const run of runs) if (run.anchor) byName.set(run.anchor, [...(byName.get(run.anchor) ?? []), run]);
  for (const [name, found] of byName) {
    const original = built.blocks.get(name);
    if (!original) {
      for (const run of found) delete run.anchor; // a bookmark this data file does not have
      continue;
    }
    const target = blockText(original.paragraphs);
    const keep = found.reduce((best, run) => (dice(blockText(run.paragraphs), target) > dice(blockText(best.paragraphs), target) ? run : best));
    for (const run of found) if (run !== keep) delete run.anchor;
  }

  // Paragraphs like those of a 导语 or 结尾 whose bookmark is gone do not continue a topic:
  // they are left outside, to be found again below.
  const named = new Set(runs.flatMap((run) => (run.anchor ? [run.anchor] : [])));
  const lostTexts = [...built.blocks.values()].filter((b) => kinds.get(b.anchor!) === "text" && !named.has(b.anchor!)).flatMap((b) => b.paragraphs.map(paragraphText));
  const likeLostText = (p: DocxParagraph) => lostTexts.some((t) => dice(paragraphText(p), t) >= SIMILARITY_THRESHOLD);

  const walk = pathWalker();
  const edited: Block[] = [];
  const editedOutside: DocxParagraph[] = [];
  let previous: Block | null = null; // the block a loose paragraph would continue
  const captions = beforeTables(editedParagraphs);
  const kept = runs.flatMap((run) => run.paragraphs.map((p) => ({ p, anchor: run.anchor })));
  for (let i = 0; i < kept.length; ) {
    const { p, anchor } = kept[i];
    if (anchor) {
      const paragraphs: DocxParagraph[] = [];
      const start = startOf(p, true);
      // A paragraph pasted right after its original keeps its bookmark: one that starts a
      // heading or ordinal of the block's own level or above begins a block of its own.
      const ownStart = (q: DocxParagraph) => {
        const s = startOf(q);
        return Boolean(start && s && s.level <= start.level && kinds.get(anchor) !== "targets");
      };
      while (i < kept.length && kept[i].anchor === anchor && !(paragraphs.length && ownStart(kept[i].p))) paragraphs.push(kept[i++].p);
      if (i < kept.length && kept[i].anchor === anchor) for (let j = i; j < kept.length && kept[j].anchor === anchor; j++) kept[j] = { p: kept[j].p, anchor: undefined };
      const block: Block = { anchor, via: "anchor", paragraphs, path: start ? walk(start) : "", ...(start ? { level: start.level } : {}) };
      edited.push(block);
      const kind = kinds.get(anchor);
      previous = kind !== "targets" && !captions.has(paragraphs.at(-1)!) ? block : null;
      continue;
    }
    i++;
    const start = startOf(p);
    const path = start ? walk(start) : "";
    const known = outsideTexts.has(paragraphText(p));
    if (captions.has(p)) {
      editedOutside.push(p);
      previous = null;
    } else if (start && isHeading(p) && built.outsidePaths.has(path)) {
      editedOutside.push(p); // a generated heading (重点工作), in its place
      previous = null;
    } else if (start && !known) {
      previous = { via: "new", paragraphs: [p], path, level: start.level };
      edited.push(previous);
    } else if (previous && !known && !isFurniture(p) && !isHeading(p) && !likeLostText(p)) {
      previous.paragraphs.push(p);
    } else {
      editedOutside.push(p);
      previous = null;
    }
  }

  // 2 and 3. Blocks without a bookmark: by ordinal path, then by similarity, among the built blocks gone missing.
  const present = new Set(edited.flatMap((b) => (b.anchor ? [b.anchor] : [])));
  const missing = [...built.blocks.values()].filter((b) => !present.has(b.anchor!) && kinds.get(b.anchor!) !== "text");
  const take = (block: Block, found: Block, via: Block["via"]) => {
    block.anchor = found.anchor;
    block.via = via;
    missing.splice(missing.indexOf(found), 1);
  };
  for (const block of edited.filter((b) => !b.anchor)) {
    const byPath = missing.find((b) => b.path && b.path === block.path);
    if (byPath) take(block, byPath, "ordinal");
  }
  for (const block of edited.filter((b) => !b.anchor)) {
    const text = blockText(block.paragraphs);
    let best: Block | undefined;
    let score = SIMILARITY_THRESHOLD;
    for (const candidate of missing) {
      const s = dice(text, blockText(candidate.paragraphs));
      if (s >= score) [best, score] = [candidate, s];
    }
    if (best) take(block, best, "similarity");
  }

  // The 导语 and 结尾 have no heading to begin a block: without their bookmark they are
  // outside paragraphs the built document does not have, found again by similarity.
  const runsOutside: DocxParagraph[][] = [];
  let last = -2;
  for (const p of editedOutside) {
    const at = editedSide.body.indexOf(p);
    const loose = !outsideTexts.has(paragraphText(p)) && !isFurniture(p) && !isHeading(p);
    if (loose && at === last + 1 && runsOutside.length) runsOutside.at(-1)!.push(p);
    else if (loose) runsOutside.push([p]);
    last = loose ? at : -2;
  }
  for (const gone of [...built.blocks.values()].filter((b) => !present.has(b.anchor!) && kinds.get(b.anchor!) === "text")) {
    const text = blockText(gone.paragraphs);
    let best: DocxParagraph[] | undefined;
    let score = SIMILARITY_THRESHOLD;
    for (const run of runsOutside) {
      const s = dice(blockText(run), text);
      if (s >= score) [best, score] = [run, s];
    }
    if (!best) continue;
    runsOutside.splice(runsOutside.indexOf(best), 1);
    edited.push({ anchor: gone.anchor, via: "similarity", paragraphs: best, path: "" });
    for (const p of best) editedOutside.splice(editedOutside.indexOf(p), 1);
  }
  return { built: built.blocks, edited, builtOutside: built.outside, editedOutside, builtCells: builtSide.cells, editedCells: editedSide.cells };
}

/** The paragraph right before a table (its caption): outside every topic, and what follows it too. */
function beforeTables(paragraphs: readonly DocxParagraph[]): Set<DocxParagraph> {
  return new Set(paragraphs.filter((p, i) => !p.inTable && paragraphs[i + 1]?.inTable));
}
