/**
 * An edited .docx → its body paragraphs as text, each with the report anchor it lies in
 * (render/anchors.ts), its style, and whether it sits in a table. Read from
 * word/document.xml directly (fflate), because mammoth drops what this needs: bookmarks,
 * and deleted text under --changes reject.
 *
 * Tracked changes: text in w:ins / w:moveTo is taken and text in w:del / w:moveFrom
 * dropped under "accept" (the default), the reverse under "reject". A paragraph mark that
 * was deleted (w:del in the paragraph's w:rPr) joins the paragraph to the next one when
 * accepted; an inserted one (a split) when rejected.
 */
import { strFromU8, unzipSync } from "fflate";
import { docxLimitProblem } from "../docx-limits.js";
import { DocxUnreadable } from "../docx-problems.js";
import { ANCHOR_PREFIX } from "../../render/anchors.js";

export type ChangeMode = "accept" | "reject";

export interface DocxParagraph {
  text: string;
  /** The report anchor (bookmark name) the paragraph lies in, if any. */
  anchor?: string;
  /** w:pStyle, e.g. Heading2. */
  style?: string;
  inTable: boolean;
}

export interface DocxParagraphs {
  paragraphs: DocxParagraph[];
  insertions: number;
  deletions: number;
  /** Word comments' ranges, by comment id: the text they cover, the anchor and the paragraph (index in `paragraphs`) where they start. */
  commentRanges: Map<string, CommentRange>;
}

export interface CommentRange {
  text: string;
  anchor?: string;
  paragraph?: number;
}

interface Reading extends DocxParagraph {
  markInserted: boolean;
  markDeleted: boolean;
}

const ENTITY: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const decode = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) =>
    e[0] === "#" ? String.fromCodePoint(e[1].toLowerCase() === "x" ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITY[e] ?? all),
  );
const attr = (attrs: string, name: string) => {
  const m = new RegExp(`\\bw:${name}="([^"]*)"`).exec(attrs);
  return m ? decode(m[1]) : undefined;
};

const TOKEN = /<w:(t|delText)(?:\s[^>]*)?>([^<]*)<\/w:\1>|<(\/?)w:(p|pPr|rPr|ins|del|moveFrom|moveTo|tab|br|cr|bookmarkStart|bookmarkEnd|tbl|pStyle|commentRangeStart|commentRangeEnd)(?=[\s/>])([^>]*?)(\/?)>/g;

/** The paragraphs of word/document.xml, tracked changes resolved as `mode` says. */
export function paragraphsOfXml(xml: string, mode: ChangeMode): DocxParagraphs {
  const read: Reading[] = [];
  // Open anchors by name, and each bookmark id's name: an end closes its name, whichever
  // start it pairs with (LibreOffice writes a second start of the same name before the end).
  const open = new Set<string>();
  const names = new Map<string, string>();
  const changes: Array<"ins" | "del"> = [];
  let insertions = 0;
  let deletions = 0;
  let tables = 0;
  let inPPr = false;
  let p: Reading | null = null;
  const ranges = new Map<string, CommentRange>();
  const openComments = new Set<string>();
  for (const m of xml.matchAll(TOKEN)) {
    if (m[1]) {
      const deleted = m[1] === "delText" || changes.includes("del");
      const inserted = changes.includes("ins");
      const kept = mode === "accept" ? !deleted : !inserted;
      if (p && kept) p.text += decode(m[2]);
      if (kept) for (const id of openComments) ranges.get(id)!.text += decode(m[2]);
      continue;
    }
    const [, , , close, tag, attrs, selfClosing] = m;
    const kind = tag === "ins" || tag === "moveTo" ? "ins" : tag === "del" || tag === "moveFrom" ? "del" : null;
    if (kind) {
      if (close) changes.pop();
      else {
        if (kind === "ins") insertions++;
        else deletions++;
        if (inPPr && p) p[kind === "ins" ? "markInserted" : "markDeleted"] = true;
        else if (!selfClosing) changes.push(kind);
      }
      continue;
    }
    if (tag === "tbl") tables += close ? -1 : selfClosing ? 0 : 1;
    else if (tag === "pPr") inPPr = !close && !selfClosing;
    else if (tag === "pStyle" && p) p.style = attr(attrs, "val");
    else if ((tag === "tab" || tag === "br" || tag === "cr") && p && !close) {
      const kept = mode === "accept" ? !changes.includes("del") : !changes.includes("ins");
      if (kept) p.text += tag === "tab" ? "\t" : "\n";
    } else if (tag === "bookmarkStart") {
      const name = attr(attrs, "name") ?? "";
      if (name.startsWith(ANCHOR_PREFIX)) {
        names.set(attr(attrs, "id") ?? "", name);
        // The writer never nests anchors: a new one ends any still open (its end lost with a
        // deleted paragraph), and a paragraph whose text has not begun belongs to it.
        open.clear();
        open.add(name);
        if (p && (!p.anchor || !p.text)) p.anchor = name;
      }
    } else if (tag === "bookmarkEnd") open.delete(names.get(attr(attrs, "id") ?? "") ?? "");
    else if (tag === "commentRangeStart") {
      const id = attr(attrs, "id") ?? "";
      const anchor = p?.anchor ?? [...open.values()].at(-1);
      ranges.set(id, { text: "", ...(anchor ? { anchor } : {}), paragraph: read.length }); // the paragraph it is in, or the next
      openComments.add(id);
    } else if (tag === "commentRangeEnd") openComments.delete(attr(attrs, "id") ?? "");
    else if (tag === "p" && !close) {
      const anchor = [...open.values()].at(-1);
      p = { text: "", inTable: tables > 0, markInserted: false, markDeleted: false, ...(anchor ? { anchor } : {}) };
      if (selfClosing) {
        read.push(p);
        p = null;
      }
    } else if (tag === "p" && close && p) {
      read.push(p);
      p = null;
    }
  }
  const joined = joinMarks(read, mode);
  for (const range of ranges.values()) {
    const at = joined.index[range.paragraph!];
    if (at === undefined) delete range.paragraph;
    else range.paragraph = at;
  }
  return { paragraphs: joined.paragraphs, insertions, deletions, commentRanges: ranges };
}

/** A paragraph whose mark goes (deleted and accepted, inserted and rejected) runs on into the next. */
function joinMarks(read: Reading[], mode: ChangeMode): { paragraphs: DocxParagraph[]; index: number[] } {
  const out: DocxParagraph[] = [];
  /** Each read paragraph's index in out (joined ones share one). */
  const index: number[] = [];
  let carry: Reading | null = null;
  for (const r of read) {
    index.push(out.length);
    // A paragraph left without text (deleted whole, or moved away, with tracking on) brings
    // nothing to the next one, not even its anchor or style: the next stays as it is.
    const current: Reading = carry?.text ? { ...carry, text: carry.text + r.text, anchor: carry.anchor ?? r.anchor, markInserted: r.markInserted, markDeleted: r.markDeleted } : r;
    carry = null;
    if (mode === "accept" ? current.markDeleted : current.markInserted) carry = current;
    else out.push({ text: current.text, inTable: current.inTable, ...(current.anchor ? { anchor: current.anchor } : {}), ...(current.style ? { style: current.style } : {}) });
  }
  if (carry) out.push({ text: carry.text, inTable: carry.inTable, ...(carry.anchor ? { anchor: carry.anchor } : {}) });
  return { paragraphs: out, index };
}

/** Throws DocxUnreadable for a file that is no .docx, a zip bomb, or one without word/document.xml. */
export function readDocxParagraphs(bytes: Uint8Array, mode: ChangeMode): DocxParagraphs & { comments: WordComment[] } {
  const tooLarge = docxLimitProblem(bytes);
  if (tooLarge) throw new DocxUnreadable(tooLarge);
  let files;
  try {
    files = unzipSync(bytes, { filter: (file) => file.name === "word/document.xml" || file.name === "word/comments.xml" });
  } catch {
    throw new DocxUnreadable({ code: "not-zip" });
  }
  const xml = files["word/document.xml"];
  if (!xml) throw new DocxUnreadable({ code: "no-document" });
  const comments = files["word/comments.xml"];
  return { ...paragraphsOfXml(strFromU8(xml), mode), comments: comments ? commentsOfXml(strFromU8(comments)) : [] };
}

export interface WordComment {
  id: string;
  author: string;
  date: string;
  text: string;
}

/** word/comments.xml → each comment's author, date and text (its paragraphs joined by a space). */
export function commentsOfXml(xml: string): WordComment[] {
  return [...xml.matchAll(/<w:comment\b([^>]*)>([\s\S]*?)<\/w:comment>/g)].map((m) => ({
    id: attr(m[1], "id") ?? "",
    author: attr(m[1], "author") ?? "",
    date: attr(m[1], "date") ?? "",
    text: m[2]
      .split(/<\/w:p>/)
      .map((para) => [...para.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decode(t[1])).join(""))
      .filter(Boolean)
      .join(" "),
  }));
}
