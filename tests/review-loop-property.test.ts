/**
 * Property of the review loop (issue 21): random edits to the texts of the built document
 * map back to the same data paths. A run picks one to three texts of the data that the
 * .docx prints verbatim inside their anchor (titles, bodies, points, the 导语, a part's
 * intro, the 结尾, the targets), replaces, inserts or deletes random CJK and ASCII
 * characters inside one w:t of each, and runs importInto in-process: the YAML's value at
 * each edited path is the edited text, every other value is unchanged, nothing is unplaced.
 *
 * Over the two sample years, and over random valid reports (tests/helpers/arbitraries.ts,
 * paragraphs starting with a Han word), whose unchanged .docx must also import to nothing.
 *
 * Where a text sits is found in the printed paragraphs by searching for the data's value,
 * not by the importer's own rules, so the test does not agree with the importer by
 * construction. Edits stay inside the value: the ordinals, 。 and markers the tool prints
 * around it are generated text, left alone by design. Bugs they found are kept at the end,
 * fixed, as cases of their own.
 *
 * Seeded: FC_SEED; runs are a quarter of FC_RUNS (50 by default), see docs/reliability.md.
 */
import fc from "fast-check";
import { endsWithClosing } from "../src/core/text.js";
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
import type { Report } from "../src/core/schema.js";
import type { DataPath } from "../src/render/anchors.js";
import { readTemplateSet } from "../src/render/template-files.js";
import { FC_SETTINGS, holds, report, toYaml } from "./helpers/arbitraries.js";
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
  /** The paragraph's text after it (a run-in title's body…). */
  after: string;
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
  // A point is one printed text: a point kept as a list of paragraphs is not a place for a text edit.
  if (Array.isArray(node)) return node.flatMap((item, i) => (path.at(-1) === "points" && typeof item !== "string" ? [] : leaves(item, [...path, i])));
  if (node && typeof node === "object" && own) return Object.entries(node).flatMap(([key, value]) => (TEXT_KEYS.has(key) ? leaves(value, [...path, key]) : []));
  return [];
}
const at = (data: Json, path: DataPath): Json | undefined => path.reduce<Json | undefined>((node, key) => (node as Record<string | number, Json> | undefined)?.[key], data);

/** The data's built .docx and the spans in it; undefined when the data does not build (a placeholder such as XX left in). */
async function sample(yaml: string): Promise<Sample | undefined> {
  const report = validateSource({ file: "d.yaml", text: yaml }, "en").report!;
  const result = await buildReport({ source: { file: "d.yaml", text: yaml }, templates, settings: settingsFrom(), formats: ["docx"], lang: "en" });
  const built = result.outputs[0]?.bytes;
  if (!built) return undefined;
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
      // The title of a topic that prints only its heading, in a random report: one ending in
      // closing punctuation (’ ： ）) has no "。" to end it, and its edit is listed as unplaced
      // (exit 1, not silent). Left out until the import reads such a lead whole.
      const topic = at(data, path.slice(0, -1)) as { body?: Json; points?: Json[] } | undefined;
      if (path.at(-1) === "title" && !leaves(topic?.body ?? null, []).some((l) => l.value) && !topic?.points?.length) continue;
      // Targets are printed joined by "；" (an empty one left out, closing punctuation dropped)
      // and read back split on it: with such a target the parts do not line up.
      if (target.kind === "targets" && leaves(at(data, target.path), []).some((l) => !l.value.trim() || /[；;]|[。，,]$/.test(l.value))) continue;
      const pieces = paragraphs[i].flatMap((t) => {
        const start = Math.max(first, t.from);
        const end = Math.min(first + value.length, t.from + t.text.length);
        return end > start ? [{ node: t.node, at: start - t.from, valueAt: start - first, length: end - start }] : [];
      });
      spans.push({ path, value, after: anchored[i].text.slice(first + value.length), pieces });
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

/** An edit as drawn: numbers that `resolve` fits to the spans of the document at hand. */
const drawn = fc.record({ span: fc.nat(), piece: fc.nat(), offset: fc.nat(), remove: fc.nat(), insert: typed, kind: fc.constantFrom("replace", "insert", "delete") });
type Drawn = typeof drawn extends fc.Arbitrary<infer T> ? T : never;

/** The drawn edit inside a span's w:t piece, or null for an edit that is not a text edit of the value. */
function resolve(spans: Span[], { span, piece, offset, remove, insert, kind }: Drawn): Edit | null {
  if (!spans.length) return null;
  const { path, value, after, pieces } = spans[span % spans.length];
  const p = pieces[piece % pieces.length];
  const start = offset % (p.length + (kind === "insert" ? 1 : 0));
  const count = kind === "insert" ? 0 : 1 + (remove % Math.min(4, p.length - start));
  const e = { span: span % spans.length, piece: piece % pieces.length, offset: start, remove: count, insert: kind === "delete" ? "" : insert };
  const at = p.valueAt + start;
  // Offsets count UTF-16 units: a cut inside a surrogate pair (𠀀, an emoji) is no character edit.
  const inPair = (i: number) => /[\udc00-\udfff]/.test(value[i] ?? "");
  if (inPair(at) || inPair(at + e.remove)) return null;
  // Nor is deleting a sentence end or a "；" of the data's own text: a run-in title ends at its "。".
  if (/[。！？；;]/.test(value.slice(at, at + e.remove))) return null;
  const next = value.slice(0, at) + e.insert + value.slice(at + e.remove);
  // A value deleted whole is a deleted paragraph or point: structure, not a text edit; a
  // title's spaces at its ends are trimmed (the outline prints it trimmed): spaces go inside.
  if (!next.length || next.trim() !== next) return null;
  // A run-in title (text follows it in its paragraph) with a sentence end inside is read to
  // its first one, by design. One ending in closing punctuation (）” ；) is printed with no
  // "。" before the body: an edit the import cannot cut where the title ends is listed as
  // unplaced (exit 1, never silent), so it is no property of text edits.
  const runIn = path.at(-1) === "title" && after;
  if (runIn && (endsWithClosing(value) || endsWithClosing(next) || /[；;]$/.test(next) || /[。！？]/.test(value))) return null;
  return e;
}

/** One to three resolved edits, at most one per span. */
const edits = (spans: Span[], draws: Drawn[]): Edit[] => {
  const out = new Map<number, Edit>();
  for (const d of draws) {
    const e = resolve(spans, d);
    if (e && !out.has(e.span)) out.set(e.span, e);
  }
  return [...out.values()];
};

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

/** importInto of the edited .docx: each edited path holds its edited text, every other value is as it was, nothing unplaced or ignored. */
function holdsFor(s: Sample, chosen: Edit[]): void {
  const { docx, expected } = applyToDocx(s, chosen);
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
}

const draws = fc.array(drawn, { minLength: 1, maxLength: 3 });

describe("property: random edits to the built document's texts map back to the same data paths", () => {
  it("the sample years: each edited path holds the edited text, every other value is unchanged", async () => {
    const file = (year: number) => readFileSync(join(ROOT, `data/${year}.yaml`), "utf8");
    const samples = { 2022: (await sample(file(2022)))!, 2023: (await sample(file(2023)))! };
    // The sample files print most of their texts verbatim: the property covers them, not a few.
    for (const s of Object.values(samples)) expect(s.spans.length).toBeGreaterThan(30);
    let edited = 0;
    await holds(
      fc.property(fc.constantFrom(2022, 2023), draws, (year, drawnEdits) => {
        const chosen = edits(samples[year].spans, drawnEdits);
        fc.pre(chosen.length > 0);
        edited++;
        holdsFor(samples[year], chosen);
      }),
      0.25,
    );
    expect(edited).toBeGreaterThan(0);
  }, 120_000);

  it("random reports (paragraphs start with a Han word): the unchanged .docx changes nothing, and edits come back as above", async () => {
    let edited = 0;
    await holds(
      fc.asyncProperty(report({ safeStarts: true }), draws, async (data, drawnEdits) => {
        const s = await sample(toYaml(data));
        fc.pre(s !== undefined);
        const unchanged = importInto({ edited: s.built, built: s.built, yaml: s.yaml, report: validateSource({ file: "d.yaml", text: s.yaml }, "en").report!, changes: "accept" });
        expect(unchanged.unplaced).toEqual([]);
        expect(unchanged.edits).toEqual([]);
        expect(unchanged.yaml).toBe(s.yaml);
        const chosen = edits(s.spans, drawnEdits);
        if (!chosen.length) return;
        edited++;
        holdsFor(s, chosen);
      }),
      0.25,
    );
    // Most random reports have a text printed verbatim to edit.
    expect(edited).toBeGreaterThan(FC_SETTINGS.numRuns / 8);
  }, 120_000);
});

/** Bugs these properties found, each fixed and kept as a case of its own. */
describe("bugs found by the properties", () => {
  const sampleYaml = (change: (yaml: string) => string) => {
    const yaml = readFileSync(join(ROOT, "data/2023.yaml"), "utf8");
    const changed = change(yaml);
    expect(changed).not.toBe(yaml);
    return changed;
  };
  /** The data's document, edited in its XML (the replacement must happen), imported into the data. */
  async function roundTrip(yaml: string, old?: string, next?: string) {
    const report = validateSource({ file: "d.yaml", text: yaml }, "en").report!;
    const built = (await buildReport({ source: { file: "d.yaml", text: yaml }, templates, settings: settingsFrom(), formats: ["docx"], lang: "en" })).outputs[0].bytes;
    const files = unzipSync(built);
    const xml = strFromU8(files["word/document.xml"]);
    if (old !== undefined) {
      expect(xml).toContain(old);
      files["word/document.xml"] = strToU8(xml.replace(old, next!));
    }
    const result = importInto({ edited: zipSync(files), built, yaml, report, changes: "accept" });
    return { result, data: parse(result.yaml) as Report };
  }

  // Fixed (b3ef374): the writer prints "1." and a text starting with a digit ("1.2024年…"),
  // where splitOrdinal takes "1.2" for a decimal; the title is now read after the printed ordinal.
  it("a level-3 title starting with a digit, edited, comes back without the printed ordinal", async () => {
    const yaml = sampleYaml((y) => y.replace("title: 深化企业创新主体培育", "title: 2024年深化企业创新主体培育"));
    const { result, data } = await roundTrip(yaml, ">1.2024年深化企业创新主体培育<", ">1.2024年深化企业创新主体培育工程<");
    expect(result.ignored).toEqual([]);
    expect(data.plan.items![0].title).toBe("2024年深化企业创新主体培育工程");
  });

  it("an untitled level-3 topic whose text starts with a digit (3.2024年…): the unchanged .docx changes nothing (it is listed as outside every topic; --force would delete the topic)", async () => {
    const yaml = sampleYaml((y) => y.replace("      title: 优化科技人才发展环境\n      body: 完善", "      body: 2024年完善"));
    const { result } = await roundTrip(yaml);
    expect(result.unplaced).toEqual([]);
    expect(result.yaml).toBe(yaml);
  });

  // Broken for a while by the structural edits (d19b070): "paragraphs were added or deleted where they cannot be read".
  it("a topic that prints only its heading (sub-topics, no body): its edited title comes back", async () => {
    const yaml = sampleYaml((y) => y.replace("      body: 围绕企业创新能力提升，重点抓了三个方面。\n", ""));
    const { result, data } = await roundTrip(yaml, "（一）实施企业创新能力提升行动", "（一）实施企业创新能力提升工程");
    expect(result.unplaced).toEqual([]);
    expect(data.summary.items![0].title).toBe("实施企业创新能力提升工程");
  });

  // closeSentence adds no "。" after a title ending in ）, ” or the like, so the run-in lead runs
  // straight into the body; the import once cut at the body's first "。", silently, exit 0.
  it("a run-in title ending in ）, edited, comes back without taking the body's first sentence", async () => {
    const yaml = sampleYaml((y) => y.replace("      title: 推进农业科技服务\n", "      title: 推进农业科技服务（试点）\n"));
    const { data } = await roundTrip(yaml, "（四）推进农业科技服务", "（四）推行农业科技服务");
    const topic = data.summary.items![3];
    expect(topic.title).toBe("推行农业科技服务（试点）");
    expect(topic.body).toBe("科技特派员增加到135名，服务范围延伸到家庭农场和农民专业合作社。");
  });

  // Found once parts carried points (the random stream moved): a plain title edited to "2"
  // was written `title: 2`, a number. It is quoted now; an emptied one still reads as null.
  it("a title edited to a number stays text", async () => {
    const yaml = readFileSync(join(ROOT, "data/2023.yaml"), "utf8");
    const { result, data } = await roundTrip(yaml, "（四）推进农业科技服务", "（四）2");
    expect(result.unplaced).toEqual([]);
    expect(data.summary.items![3].title).toBe("2");
    expect(result.yaml).toContain('title: "2"');
  });

  // A part's points continue its intro's last paragraph: an edit of one point comes back to that point.
  it("a part's point, edited, comes back to that point; its intro is unchanged", async () => {
    const yaml = sampleYaml((y) => y.replace("还存在一些问题和不足。\n", "还存在一些问题和不足：\n  points: [企业创新能力不强, 成果转化不畅]\n"));
    const { result, data } = await roundTrip(yaml, "二是成果转化不畅。", "二是成果转化渠道不畅。");
    expect(result.unplaced).toEqual([]);
    expect(data.problems.intro).toBe("在肯定成绩的同时，我们也清醒地看到工作中还存在一些问题和不足：");
    expect(data.problems.points).toEqual(["企业创新能力不强", "成果转化渠道不畅"]);
  });
});
