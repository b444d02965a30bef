/**
 * .docx → paragraphs, through mammoth (a maintained reader; no hand-written unzip: the
 * zip-bomb check before it, docx-limits.ts, only counts).
 * convertToHtml rather than extractRawText: it keeps paragraph boundaries, Word's
 * heading styles (h1…h6), bold run-in titles (<strong>) and auto-numbered lists (ol/li,
 * whose numbers Word does not store as text). Images are left out and counted.
 */
import mammoth from "mammoth";
import { docxLimitProblem } from "./docx-limits.js";
import { DocxUnreadable, docxProblemOf } from "./docx-problems.js";
import { isFurniture } from "./lines.js";
import { tableParagraph, tidy, type ReaderResult } from "./source.js";
import { paragraphsWithTables, type RawParagraph } from "./text-tables.js";

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, name: string) => {
    if (name[0] === "#") return String.fromCodePoint(name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? all;
  });
}

/** Inline HTML → text; <br> is a line break inside the paragraph (tidy() joins it). */
function inlineText(html: string): string {
  return decodeEntities(html.replace(/<br\s*\/?>/gi, "\n").replace(/<[^>]+>/g, ""));
}

/** The bold text a paragraph opens with: a run-in title. */
function boldLead(html: string): string | undefined {
  const m = /^\s*(?:<a [^>]*><\/a>)*<strong>([\s\S]*?)<\/strong>/.exec(html);
  return m ? tidy(inlineText(m[1])) || undefined : undefined;
}

/**
 * mammoth's HTML (a small, regular subset) → paragraphs. Word's own tables (w:tbl) come
 * as <table>; a table the author typed as text, a paragraph per row ("| 指标 | 单位 |…",
 * or cells apart by tabs), is found as in a .txt (text-tables.ts), from the paragraphs'
 * text before tidy() took out the spaces between their cells.
 */
export function htmlParagraphs(html: string): ReaderResult {
  const paragraphs: RawParagraph[] = [];
  const skipped: string[] = [];
  const images = (html.match(/<img\b/g) ?? []).length;
  if (images) skipped.push(`(${images} image${images > 1 ? "s" : ""})`);

  let listDepth = 0;
  let item: string | null = null;
  const flushItem = () => {
    if (item !== null) push(item, { list: listDepth });
    item = null;
  };
  const push = (inner: string, extra: { heading?: number; list?: number }) => {
    const raw = inlineText(inner);
    const text = tidy(raw);
    if (!text) return;
    const lead = boldLead(inner);
    paragraphs.push({ paragraph: { text, ...(lead ? { lead } : {}), ...extra }, raw });
  };

  // Tables first: their cells hold <p>s that are not paragraphs of the report.
  const tag = /<table\b[\s\S]*?<\/table>|<(p|h[1-6])\b[^>]*>([\s\S]*?)<\/\1>|<(\/?)(ol|ul)\b[^>]*>|<li\b[^>]*>|<\/li>/g;
  let last = 0;
  for (const m of html.matchAll(tag)) {
    if (item !== null) item += html.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[0].startsWith("<table")) {
      flushItem();
      const rows = [...m[0].matchAll(/<tr[\s\S]*?<\/tr>/g)].map((row) =>
        [...row[0].matchAll(/<t[dh]\b[^>]*>([\s\S]*?)<\/t[dh]>/g)].map((cell) => tidy(inlineText(cell[1].replace(/<\/p>/g, "\n")))),
      );
      if (rows.length) paragraphs.push({ paragraph: tableParagraph(rows[0], rows.slice(1)) });
    } else if (m[1]) {
      flushItem();
      push(m[2], m[1][0] === "h" ? { heading: Number(m[1][1]) } : listDepth ? { list: listDepth } : {});
    } else if (m[4]) {
      flushItem();
      listDepth += m[3] ? -1 : 1;
    } else if (m[0].startsWith("<li")) {
      flushItem();
      item = "";
    } else {
      flushItem();
    }
  }
  return { paragraphs: paragraphsWithTables(paragraphs, isFurniture), skipped };
}

/** Throws DocxUnreadable for a file that is no .docx, a damaged one, or a zip bomb (docx-limits.ts). */
export async function readDocx(bytes: Uint8Array): Promise<ReaderResult & { warnings: string[] }> {
  const tooLarge = docxLimitProblem(bytes);
  if (tooLarge) throw new DocxUnreadable(tooLarge);
  let result;
  try {
    result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { convertImage: mammoth.images.imgElement(async () => ({ src: "" })) },
    );
  } catch (error) {
    throw new DocxUnreadable(docxProblemOf(error));
  }
  // Unknown paragraph styles are normal (every office has its own); other messages are worth showing.
  const warnings = result.messages.map((m) => m.message).filter((m) => !/^Unrecognised (paragraph|run|table) style/.test(m));
  return { ...htmlParagraphs(result.value), warnings };
}
