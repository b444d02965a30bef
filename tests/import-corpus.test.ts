/**
 * Issue 18: the corpus — excerpts of real published reports (folders real-*: bureaus, street
 * offices, a township, schools, libraries, a hospital, a listed company, 政府信息公开 annual
 * reports, half-year reports; web copies with their page furniture, text without line
 * breaks, PDF text) and twenty reports written for the corpus in the shapes real ones come
 * in. Each folder holds report.txt and expected.json: the year, the organisation, the parts
 * the build prints, the titled headings per level (1 = parts), the points, and notes that
 * must be said, written by reading the text. Each is imported through the built binary;
 * some also come as .docx made from the text by LibreOffice and by pandoc, which must read
 * alike. tests/fixtures/import/corpus/README.md says where each text comes from.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PART_KEYS } from "../src/core/schema-constants.js";
import type { Report, Topic } from "../src/core/schema.js";
import { ROOT } from "./helpers/cli.js";
import { importThroughBinary } from "./helpers/import-binary.js";

const CORPUS = join(ROOT, "tests/fixtures/import/corpus");
const cases = readdirSync(CORPUS, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

interface Expected {
  shape: string;
  /** Where a real report was found (its address). */
  source?: string;
  /**
   * A documented shortfall: why the importer does not read this case as a person does, and
   * what it gives instead (the fields that differ). The case then checks that it still gives
   * exactly that, so a fix shows up as a failing test to update, not as silence.
   */
  known?: { reason: string; got: Partial<Record<"year" | "organization" | "parts" | "headings" | "points", unknown>> };
  year: number;
  organization: string;
  parts: string[];
  headings: number[];
  points: number;
  metrics?: number;
  date?: string | null;
  notes?: string[];
}

/** What the stderr says for each note the corpus asks for. */
const NOTE_TEXT: Record<string, RegExp> = {
  "reflow-split": /lines that held several paragraphs were split in \d+ place/,
  "reflow-joined": /line break\(s\) inside sentences/,
  "table-kept": /a table of \d+ rows/,
};

/** The parts the build prints: the data's parts: list, else every part present. */
export function printedParts(report: Report): string[] {
  return report.parts ?? PART_KEYS.filter((key) => report[key] !== undefined);
}

/** Titled headings per level (level 1: the printed parts), and the points (of topics and of parts), as the build numbers them. */
export function structureOf(report: Report): { headings: number[]; points: number } {
  const headings = [0, 0, 0];
  let points = 0;
  const walk = (topics: Topic[] | undefined, level: number) => {
    for (const t of topics ?? []) {
      if (t.title) headings[level - 1] = (headings[level - 1] ?? 0) + 1;
      points += t.points?.length ?? 0;
      walk(t.items, level + 1);
    }
  };
  const printed = printedParts(report);
  headings[0] = printed.length;
  for (const key of printed) {
    const part = report[key as (typeof PART_KEYS)[number]];
    // A part's own points (一是… in its opening text) count as a topic's do.
    points += part?.points?.length ?? 0;
    walk(part?.items, 2);
  }
  return { headings: headings.slice(0, 3), points };
}

/** The case's .docx versions (made from its report.txt by LibreOffice and by pandoc). */
const docxVersions = cases.flatMap((name) =>
  readdirSync(join(CORPUS, name)).filter((f) => f.endsWith(".docx")).map((file) => [name, file] as const),
);

const real = cases.filter((name) => name.startsWith("real-") && !name.endsWith("-derived"));

describe("import: the corpus of report shapes", () => {
  it("has at least twenty real reports and the twenty written for the corpus", () => {
    expect(real.length).toBeGreaterThanOrEqual(20);
    expect(cases.filter((name) => !name.startsWith("real-"))).toHaveLength(20);
  });

  it.each(cases)("%s", (name) => {
    const expected = JSON.parse(readFileSync(join(CORPUS, name, "expected.json"), "utf8")) as Expected;
    const r = importThroughBinary(readFileSync(join(CORPUS, name, "report.txt"), "utf8"));
    const got = {
      year: r.report.year,
      organization: r.report.organization,
      parts: printedParts(r.report),
      ...structureOf(r.report),
      ...(expected.metrics !== undefined ? { metrics: r.report.metrics?.length ?? 0 } : {}),
      ...(expected.date !== undefined ? { date: r.report.date ?? null } : {}),
    };
    const { shape: _shape, source: _source, known, notes, ...wanted } = expected;
    const want = known ? { ...wanted, ...known.got } : wanted;
    expect(got, r.stderr).toEqual(want);
    for (const code of notes ?? []) expect(r.stderr).toMatch(NOTE_TEXT[code]);
    expect(r.yaml).not.toMatch(/^year: 2000$/m);
    // Warnings once, as a summary: at most three of a kind on stderr (the real copies' half-width
    // punctuation gave hundreds of lines before), however many the text holds.
    const warnings = [...r.stderr.matchAll(/^.+?:\d+:\d+ warning .*\[(rule\/[^\]]+)\]$/gm)].map((m) => m[1]);
    for (const rule of new Set(warnings)) expect(warnings.filter((w) => w === rule).length, rule).toBeLessThanOrEqual(3);
  });

  it.each(docxVersions)("%s as %s reads as its text does", (name, file) => {
    const expected = JSON.parse(readFileSync(join(CORPUS, name, "expected.json"), "utf8")) as Expected;
    const r = importThroughBinary(new Uint8Array(readFileSync(join(CORPUS, name, file))), { name: "report.docx" });
    expect(r.code, r.stderr).toBe(0);
    const got = { year: r.report.year, organization: r.report.organization, parts: printedParts(r.report), ...structureOf(r.report) };
    expect(got).toEqual({ year: expected.year, organization: expected.organization, parts: expected.parts, headings: expected.headings, points: expected.points });
  });
});
