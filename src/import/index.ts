/**
 * `report import`: an existing report (.docx, .md, .txt) → the YAML data file.
 * read → drop web furniture → frame (title, signature) → body tree → report data →
 * YAML with the notes and anything unplaced as comments. Pure apart from the .docx
 * reader's unzip in memory: the caller reads and writes files.
 */
import type { Lang } from "../core/lang.js";
import type { Report } from "../core/schema.js";
import { assemble } from "./assemble.js";
import { decodeText } from "./decode-text.js";
import { textOfKeyFigures, type KeyFiguresTable } from "./figures-check.js";
import { splitFrame } from "./header.js";
import { takeMetricsTable } from "./metrics-table.js";
import { dropFurniture, readText } from "./lines.js";
import { noteText, UNPLACED_HEADER, type Note } from "./notes.js";
import { organizationInOpening } from "./organization.js";
import { readDocx } from "./read-docx.js";
import { readMarkdown } from "./read-markdown.js";
import { dropPageNumbers, reflow } from "./reflow.js";
import { PHRASE_SPACE, type ReaderResult, type SourceParagraph } from "./source.js";
import { buildBody, topicTexts } from "./structure.js";
import { originalShapeOf, titleLine, type Shape } from "./structure-check.js";
import { toYaml } from "./to-yaml.js";

export const IMPORT_FORMATS = { ".docx": "docx", ".md": "md", ".markdown": "md", ".txt": "txt", ".text": "txt" } as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[keyof typeof IMPORT_FORMATS];

export function importFormatOf(path: string): ImportFormat | undefined {
  const ext = /\.[^./\\]+$/.exec(path.toLowerCase())?.[0] ?? "";
  return (IMPORT_FORMATS as Record<string, ImportFormat>)[ext];
}

export interface ImportResult {
  report: Report;
  yaml: string;
  notes: Note[];
  /** Text that has no place in the data (also in the YAML as comments). */
  unplaced: string[];
  /** The document's paragraphs without web furniture: what the round trip is measured against. */
  original: string[];
  /** Its numbered headings per level and its points, for `--check`'s structure measure. */
  originalShape: Shape;
  /** The key-figures table read as `metrics`, for `--check`, which compares it by its figures (figures-check.ts). */
  keyFigures?: KeyFiguresTable;
}

/** The title's line without what a copying site added ("(2篇)"), dropped on purpose as furniture is. */
function withoutSuffix(text: string, frame: { title?: string; titleSuffix?: string }): string {
  const suffix = frame.titleSuffix;
  if (!suffix || !frame.title || !text.endsWith(suffix)) return text;
  const rest = text.slice(0, -suffix.length).trim();
  return frame.title.endsWith(rest) ? rest : text;
}

/** The paragraphs without the title's further copies (one paragraph per copy, the first occurrences: the title's own line stays). */
function dropCopies(paragraphs: SourceParagraph[], copies: string[]): SourceParagraph[] {
  const left = [...copies];
  return paragraphs.filter((p) => {
    const at = left.indexOf(p.text);
    if (at < 0) return true;
    left.splice(at, 1);
    return false;
  });
}

/** The separators tidy() kept between two Chinese phrases (source.ts). */
const PHRASE_SPACES = new RegExp(`(?<=\\p{Script=Han})${PHRASE_SPACE}(?=\\p{Script=Han})`, "gu");

const optionalTitle = (title: string | undefined) => (title ? { title } : {});

/** An input with no text at all (an empty or blank file, a Word file with no paragraph): nothing to import, no YAML. */
export class EmptyImport extends Error {
  constructor() {
    super("the file is empty: no text to import");
  }
}

async function read(bytes: Uint8Array, format: ImportFormat, notes: Note[]): Promise<ReaderResult> {
  if (format === "docx") {
    const result = await readDocx(bytes);
    for (const text of result.warnings) notes.push({ code: "reader-warning", params: { text } });
    return result;
  }
  const { text, encoding } = decodeText(bytes);
  if (encoding !== "utf-8") notes.push({ code: "encoding", params: { encoding: encoding.toUpperCase() } });
  return format === "md" ? readMarkdown(text) : readText(text);
}

export async function importReport(bytes: Uint8Array, format: ImportFormat, options: { lang: Lang; source?: string }): Promise<ImportResult> {
  const notes: Note[] = [];
  const reader = await read(bytes, format, notes);
  if (!reader.skipped.length && reader.paragraphs.every((p) => !p.table && !p.text.trim())) throw new EmptyImport();
  const unframed = dropFurniture(reader.paragraphs);
  for (const text of unframed.furniture) notes.push({ code: "furniture", params: { text } });
  if (unframed.rest) notes.push({ code: "more-reports", params: unframed.rest });
  // Plain text only: Word and Markdown have real paragraphs.
  const paged = format === "txt" ? dropPageNumbers(unframed.paragraphs) : { paragraphs: unframed.paragraphs, dropped: 0 };
  if (paged.dropped) notes.push({ code: "page-numbers", params: { count: paged.dropped } });
  const flowed = format === "txt" ? reflow(paged.paragraphs) : { paragraphs: paged.paragraphs, joined: 0, split: 0 };
  const split = flowed.split + (reader.split ?? 0);
  if (split) notes.push({ code: "reflow-split", params: { count: split } });
  if (flowed.joined) notes.push({ code: "reflow-joined", params: { count: flowed.joined } });
  // A space the author put between two phrases ("学习二十大 奋进新征程") is kept, never merged silently.
  const phraseSpaces = flowed.paragraphs.filter((p) => !p.table).flatMap((p) => [...p.text.matchAll(PHRASE_SPACES)].map((m) => p.text.slice(Math.max(0, m.index! - 8), m.index! + 9)));
  if (phraseSpaces.length) notes.push({ code: "phrase-space", params: { count: phraseSpaces.length, text: phraseSpaces[0] } });
  const { paragraphs } = flowed;
  const published = unframed.published;
  const taken = takeMetricsTable(paragraphs);
  const withoutMetrics = taken.paragraphs;
  // The key-figures table's notes go here, once the report's year is known (below).
  const metricsAt = notes.length;
  // Other tables have no place in the data, nor do the key-figures table's columns the
  // metrics do not hold: kept row by row as unplaced (comments at the end of the YAML),
  // said in a note, still counted in the round trip.
  const tables = withoutMetrics.flatMap((p) => {
    if (!p.table) return [];
    const rows = [p.table.header, ...p.table.rows];
    notes.push({ code: "table-kept", params: { rows: rows.length, header: p.table.header.join(" | ") } });
    return rows.map((row) => `| ${row.join(" | ")} |`);
  });
  const frame = splitFrame(withoutMetrics.filter((p) => !p.table), { fileTitle: unframed.fileTitle });
  // Lines of the page above the report's own title (and its date under it) are furniture too.
  for (const text of frame.before) notes.push({ code: "furniture", params: { text } });
  for (const text of frame.repeated) notes.push({ code: "title-again", params: { text } });
  if (frame.titleSuffix) notes.push({ code: "title-site-suffix", params: { suffix: frame.titleSuffix } });
  if (frame.titleFromFileName && frame.title) notes.push({ code: "title-from-file-name", params: { title: frame.title } });
  if (frame.yearSpan && frame.year !== undefined) notes.push({ code: "year-span", params: { span: frame.yearSpan, year: frame.year } });
  if (frame.genericOrganization) notes.push({ code: "organization-generic", params: { organization: frame.genericOrganization } });
  if (frame.halfAssumed) notes.push({ code: "half-assumed", params: {} });
  const body = buildBody(frame.body);
  // A report that opens with its first heading ("一、总体情况") names itself in that section's
  // text as others do in their opening ("2024年，<单位>坚持…", "现将<单位>2024年…报告如下：").
  const first = body.sections[0];
  if (!frame.organization && !frame.signatureOrganization && first && !organizationInOpening(body.intro)) {
    const named = organizationInOpening([...first.intro, ...first.topics.flatMap(topicTexts)]);
    if (named) {
      frame.organization = named;
      notes.push({ code: "organization-from-first-section", params: { organization: named } });
    }
  }
  const { report, generatedHeadings } = assemble(frame, body, published ?? frame.published, taken.metrics, notes);
  // Columns named by their year are read by the report's ("本年 | 2022年" in a 2023 report).
  const { metrics, notes: metricNotes, kept, figures } = taken.forYear(report.year);
  if (metrics) {
    report.metrics = metrics;
    notes.splice(metricsAt, 0, { code: "metrics-table", params: { count: metrics.length } }, ...metricNotes);
  }
  const unplaced = [...reader.skipped, ...kept.map((row) => `| ${row.join(" | ")} |`), ...tables, ...frame.after];

  const lang = options.lang;
  const head = [
    lang === "zh" ? `由 report import 从 ${options.source ?? "原文"} 导入，请核对后使用。` : `Imported by report import from ${options.source ?? "a report"}; check before use.`,
    ...notes.map((n) => `- ${noteText(n, lang)}`),
  ];
  const tail = unplaced.length ? [UNPLACED_HEADER[lang], ...unplaced] : [];
  const yaml = toYaml(report, { head, tail });
  return {
    report,
    yaml,
    notes,
    unplaced,
    // The key-figures table read as metrics counts only the cells kept as comments: the rest is checked by its figures.
    original: dropCopies(paragraphs, frame.repeated)
      .filter((p) => !frame.before.includes(p.text))
      .flatMap((p) => (p.table ? (figures && p.table.rows === figures.rows ? textOfKeyFigures(figures) : [p.table.header, ...p.table.rows].flat()) : [withoutSuffix(p.text, frame)])),
    // Tables are left out: their cells are no headings, and the build's key-figures table has none either.
    // With the title line as the text has it, before any reflow joined it to the body.
    // Counted on the text as it came (after furniture), not as reflow split it: ordinals inside
    // a line count where they follow a sentence end, so a split the import missed shows.
    // With the part headings the build prints that the original did not have, which the measure discounts.
    originalShape: {
      ...originalShapeOf(paged.paragraphs.filter((p) => !p.table)),
      ...optionalTitle(titleLine(paged.paragraphs.map((p) => p.text))),
      ...(generatedHeadings ? { generatedHeadings } : {}),
    },
    ...(metrics && figures ? { keyFigures: figures } : {}),
  };
}
