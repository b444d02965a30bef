/**
 * Property of the review loop (issue 21): random edits to the texts of the built document
 * map back to the same data paths. A run picks one to three texts of the data that the
 * .docx prints verbatim inside their anchor (titles, bodies, points, the 导语, a part's
 * intro, the 结尾, the targets), replaces, inserts or deletes random CJK and ASCII
 * characters inside one w:t of each, and runs importInto in-process: the YAML's value at
 * each edited path is the edited text, every other value is unchanged, nothing is unplaced.
 *
 * Where a text sits is found in the printed paragraphs by searching for the data's value,
 * not by the importer's own rules, so the test does not agree with the importer by
 * construction. Edits stay inside the value: the ordinals, 。 and markers the tool prints
 * around it are generated text, left alone by design.
 *
 * Seeded: FC_SEED; runs are a quarter of FC_RUNS (50 by default), see docs/reliability.md.
 */
import fc from "fast-check";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { settingsFrom } from "../src/core/config.js";
import { validateSource } from "../src/core/validate.js";
import { readDocxParagraphs } from "../src/import/into/docx-paragraphs.js";
import { importInto } from "../src/import/into/index.js";
import { anchorTargets } from "../src/import/into/targets.js";
import { buildReport } from "../src/index.js";
import type { DataPath } from "../src/render/anchors.js";
import { readTemplateSet } from "../src/render/template-files.js";
import { holds } from "./helpers/arbitraries.js";
import { ROOT } from "./helpers/cli.js";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A text node of the body: its decoded text and where it lies in document.xml and in its paragraph's text. */
interface TextNode {
  /** Index of the w:t among all w:t of document.xml. */
  node: number;
  text: string;
  /** Offset of its first character in the paragraph's text. */
  from: number;
}

/** A data value printed verbatim in one paragraph of its anchor. */
interface Span {
  path: DataPath;
  value: string;
  /** The paragraph's text before it (an ordinal, a run-in title…). */
  before: string;
  /** Its nodes' part of the value: [node, offset in node, offset in value, length]. */
  pieces: Array<{ node: number; at: number; valueAt: number; length: number }>;
}

interface Sample {
  yaml: string;
  built: Uint8Array;
  xml: string;
  data: Json;
  spans: Span[];
}

const templates = readTemplateSet();
const W_T = /(<w:t(?:\s[^>]*)?>)([^<]*)(<\/w:t>)/g;
const decode = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
const encode = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The fields under a part's or topic's path that it prints itself (sub-topics have anchors of their own; headings, ids and styles are not text). */
const TEXT_KEYS = new Set(["title", "body", "points", "intro", "text"]);
function leaves(node: Json | undefined, path: DataPath, own = true): Array<{ path: DataPath; value: string }> {
  if (typeof node === "string") return [{ path, value: node }];
  if (Array.isArray(node)) return node.flatMap((item, i) => leaves(item, [...path, i]));
  if (node && typeof node === "object" && own) return Object.entries(node).flatMap(([key, value]) => (TEXT_KEYS.has(key) ? leaves(value, [...path, key]) : []));
  return [];
}
const at = (data: Json, path: DataPath): Json | undefined => path.reduce<Json | undefined>((node, key) => (node as Record<string | number, Json> | undefined)?.[key], data);

async function sample(year: number): Promise<Sample> {
  const yaml = readFileSync(join(ROOT, `data/${year}.yaml`), "utf8");
  const report = validateSource({ file: "d.yaml", text: yaml }, "en").report!;
  const result = await buildReport({ source: { file: "d.yaml", text: yaml }, templates, settings: settingsFrom(), formats: ["docx"], lang: "en" });
  const built = result.outputs[0].bytes;
  const xml = strFromU8(unzipSync(built)["word/document.xml"]);
  const data = parse(yaml) as Json;
  const anchored = readDocxParagraphs(built, "accept").paragraphs;

  // Each paragraph's w:t nodes, in the order readDocxParagraphs reads the paragraphs.
  let node = 0;
  const paragraphs = [...xml.matchAll(/<w:p\b[^>]*?(?:\/>|>[\s\S]*?<\/w:p>)/g)].map((p) => {
    let from = 0;
    return [...p[0].matchAll(W_T)].map((t): TextNode => {
      const text = decode(t[2]);
      const entry = { node: node++, text, from };
      from += text.length;
      return entry;
    });
  });
  expect(paragraphs).toHaveLength(anchored.length);

  const spans: Span[] = [];
  for (const [name, target] of anchorTargets(report)) {
    const own = anchored.flatMap((p, i) => (p.anchor === name && !p.inTable && p.text === paragraphs[i].map((t) => t.text).join("") ? [i] : []));
    const found = leaves(at(data, target.path), target.path).flatMap(({ path, value }) => {
      if (!value || /\n/.test(value)) return [];
      // A folded block scalar's line breaks read as spaces, which the build drops between
      // Chinese characters: a space of the value may be missing from the print. Its printed
      // form is what the reviewer edits, and what the import then writes.
      const printed = new RegExp(value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, " ?"), "g");
      const hits = own.flatMap((i) => [...anchored[i].text.matchAll(printed)].map((m) => ({ i, first: m.index, value: m[0] })));
      return hits.length === 1 ? [{ path, ...hits[0] }] : [];
    });
    // A value found inside another value's place (a title repeated in its body) is ambiguous: neither is edited.
    const clear = found.filter((a) => !found.some((b) => b !== a && b.i === a.i && a.first < b.first + b.value.length && b.first < a.first + a.value.length));
    for (const { path, value, i, first } of clear) {
      const pieces = paragraphs[i].flatMap((t) => {
        const start = Math.max(first, t.from);
        const end = Math.min(first + value.length, t.from + t.text.length);
        return end > start ? [{ node: t.node, at: start - t.from, valueAt: start - first, length: end - start }] : [];
      });
      spans.push({ path, value, before: anchored[i].text.slice(0, first), pieces });
    }
  }
  return { yaml, built, xml, data, spans };
}

/**
 * Characters a reviewer types: common Han characters, ASCII letters, digits and
 * punctuation (YAML's and XML's specials among them: # : ' " & < > [ ] { } |), spaces and
 * ，、“”：. Left out: what the tool's own structure is made of — the Chinese numerals and
 * circled numbers of ordinals and points, sentence ends (a run-in title ends at the first
 * 。！？), "；" and ";" (they separate the targets), round brackets and "." (ordinals).
 */
const HAN = [..."科技创新发展企业人才服务平台建设项目资金政策管理推进完善提高加强水平能力质量经济社会农业产业研究院县局年月日新增合作推广培训"];
const ASCII = [..."abcXYZ0123456789#:'\"-_/&<>%@,=+*[]{}|~`$^ ，、“”："];
const typed = fc.array(fc.constantFrom(...HAN, ...ASCII), { minLength: 1, maxLength: 4 }).map((cs) => cs.join(""));

interface Edit {
  span: number;
  piece: number;
  offset: number;
  remove: number;
  insert: string;
}

const edit = (spans: Span[]) =>
  fc
    .record({ span: fc.nat(spans.length - 1), piece: fc.nat(), offset: fc.nat(), remove: fc.nat(), insert: typed, kind: fc.constantFrom("replace", "insert", "delete") })
    .map(({ span, piece, offset, remove, insert, kind }): Edit => {
      const pieces = spans[span].pieces;
      const p = pieces[piece % pieces.length];
      const start = offset % (p.length + (kind === "insert" ? 1 : 0));
      const count = kind === "insert" ? 0 : 1 + (remove % Math.min(4, p.length - start));
      return { span, piece: piece % pieces.length, offset: start, remove: count, insert: kind === "delete" ? "" : insert };
    })
    // A value deleted whole is a deleted paragraph or point: structure, not a text edit; a
    // title's spaces at its ends are trimmed (the outline prints it trimmed): spaces go inside.
    .filter((e) => {
      const { value, pieces } = spans[e.span];
      const at = pieces[e.piece].valueAt + e.offset;
      const next = value.slice(0, at) + e.insert + value.slice(at + e.remove);
      return next.length > 0 && next.trim() === next;
    })
    // A digit typed first after a "1." ordinal: a known bug, its own test below.
    .filter((e) => !(/\d\.$/.test(spans[e.span].before) && e.offset === 0 && spans[e.span].pieces[e.piece].valueAt === 0 && /^\d/.test(e.insert || spans[e.span].value.slice(e.remove))));

/** The .docx with the edits made in their w:t nodes, and the values the data should then hold. */
function applyToDocx(s: Sample, edits: Edit[]): { docx: Uint8Array; expected: Map<string, { path: DataPath; value: string }> } {
  const byNode = new Map<number, Edit[]>();
  const expected = new Map<string, { path: DataPath; value: string }>();
  for (const e of edits) {
    const span = s.spans[e.span];
    const piece = span.pieces[e.piece];
    byNode.set(piece.node, [...(byNode.get(piece.node) ?? []), e]);
    const v = piece.valueAt + e.offset;
    expected.set(JSON.stringify(span.path), { path: span.path, value: span.value.slice(0, v) + e.insert + span.value.slice(v + e.remove) });
  }
  let n = 0;
  const xml = s.xml.replace(W_T, (all, open: string, raw: string, close: string) => {
    const here = byNode.get(n++);
    if (!here) return all;
    let text = decode(raw);
    const at = (e: Edit) => s.spans[e.span].pieces[e.piece].at + e.offset;
    for (const e of [...here].sort((a, b) => at(b) - at(a))) text = text.slice(0, at(e)) + e.insert + text.slice(at(e) + e.remove);
    return open.includes("xml:space") ? `${open}${encode(text)}${close}` : `<w:t xml:space="preserve">${encode(text)}${close}`;
  });
  const files = unzipSync(s.built);
  files["word/document.xml"] = strToU8(xml);
  return { docx: zipSync(files), expected };
}

describe("property: random edits to the built document's texts map back to the same data paths", () => {
  it("after importInto, each edited path holds the edited text and every other value is unchanged", async () => {
    const samples = { 2022: await sample(2022), 2023: await sample(2023) };
    // The sample files print most of their texts verbatim: the property covers them, not a few.
    for (const s of Object.values(samples)) expect(s.spans.length).toBeGreaterThan(30);
    const cases = fc.constantFrom(2022, 2023).chain((year) =>
      fc.record({
        year: fc.constant(year),
        edits: fc.uniqueArray(edit(samples[year].spans), { minLength: 1, maxLength: 3, selector: (e) => e.span }),
      }),
    );
    await holds(
      fc.property(cases, ({ year, edits }) => {
        const s = samples[year];
        const { docx, expected } = applyToDocx(s, edits);
        const report = validateSource({ file: "d.yaml", text: s.yaml }, "en").report!;
        const result = importInto({ edited: docx, built: s.built, yaml: s.yaml, report, changes: "accept" });
        expect(result.unplaced).toEqual([]);
        expect(result.ignored).toEqual([]);
        const want = structuredClone(s.data);
        for (const { path, value } of expected.values()) {
          const parent = at(want, path.slice(0, -1)) as Record<string | number, Json>;
          parent[path.at(-1)!] = value;
        }
        expect(parse(result.yaml)).toEqual(want);
      }),
      0.25,
    );
  }, 120_000);
});

// Found by the property above (a digit typed first in the title of a "1." heading), kept as a
// failing case until it is fixed: a title starting with a digit is printed "1.2024年…", where
// splitOrdinal sees no ordinal ("1.2" reads as a decimal), so the printed "1." is taken into
// the title. `it.fails` passes while the bug is there; when fixed, make it `it`.
describe("a level-3 title starting with a digit", () => {
  it.fails("edited, comes back without the printed ordinal (known bug: the data gets title: 1.2024年…)", async () => {
    const yaml = readFileSync(join(ROOT, "data/2023.yaml"), "utf8").replace("title: 深化企业创新主体培育", "title: 2024年深化企业创新主体培育");
    const report = validateSource({ file: "d.yaml", text: yaml }, "en").report!;
    const built = (await buildReport({ source: { file: "d.yaml", text: yaml }, templates, settings: settingsFrom(), formats: ["docx"], lang: "en" })).outputs[0].bytes;
    const files = unzipSync(built);
    const xml = strFromU8(files["word/document.xml"]);
    expect(xml).toContain(">1.2024年深化企业创新主体培育<");
    files["word/document.xml"] = strToU8(xml.replace(">1.2024年深化企业创新主体培育<", ">1.2024年深化企业创新主体培育工程<"));
    const result = importInto({ edited: zipSync(files), built, yaml, report, changes: "accept" });
    expect(result.ignored).toEqual([]);
    expect((parse(result.yaml) as { plan: { items: Array<{ title: string }> } }).plan.items[0].title).toBe("2024年深化企业创新主体培育工程");
  });
});
