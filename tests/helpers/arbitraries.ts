/**
 * fast-check generators of valid report data (data-format.md) for the property tests.
 *
 * Every generated paragraph is already in the form the Text rules would give back
 * (trimmed, no line breaks, no space between two wide characters), so a test can know
 * the expected paragraphs without calling the code under test: `expectedParagraphs`
 * undoes the only reshaping the generator does (list vs blank-line-separated string,
 * a space between two Latin words written as a line break).
 */
import fc from "fast-check";
import { Document as YamlDocument } from "yaml";
import type { Metric, Part, PlanPart, Report, Target, Topic } from "../../src/core/schema.js";

type Text = string | string[];

const chars = (min: number, max: number) => fc.integer({ min, max }).map((cp) => String.fromCodePoint(cp));

/** Common Han characters. */
const han = fc.string({ unit: chars(0x4e00, 0x9fa5), minLength: 1, maxLength: 10 });

const cjkPunctuation = fc.constantFrom("，", "。", "、", "；", "：", "“", "”", "‘", "’", "（", "）", "《", "》", "——", "……", "·", "！", "？", "【", "】", "％");

/** Latin words; a space only ever sits between two ASCII letters or digits. */
const latin = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9]{1,8}( [A-Za-z0-9]{1,8}){0,3}$/),
  fc.constantFrom("2.5亿元", "100%", "3.14", "1,234", "2023年", "R&D", "C++", "5G", "null", "true", "~", "1e3", "0x1F", "yes", "https://example.com/a_b*c?x=1&y=2", "www.example.com", "foo@example.com"),
);

/** Outside the Basic Multilingual Plane: CJK extension B and emoji (incl. ZWJ sequences, flags, skin tones). */
const astral = fc.oneof(
  fc.constantFrom("𠀀", "𠮷", "𪚥", "😀", "👍🏽", "👨‍👩‍👧", "🇨🇳", "🀄", "𝔘𝔫𝔦"),
  chars(0x20000, 0x2a6df),
  chars(0x1f300, 0x1f64f),
);

/** Combining marks, on a base character and (rarely) alone. */
const combining = fc.constantFrom("e\u0301", "a\u0308\u0323", "n\u0303", "क्ष", "\u0915\u093f", "中\u20dd", "\u0301");

const rtl = fc.constantFrom("مرحبا بالعالم", "שלום עולם", "عربي", "עברית123");

/** Everything Markdown (CommonMark + GFM) could read as syntax, alone or in combinations. */
const markdownSpecial = fc.constantFrom(
  "*", "_", "#", ">", "|", "[", "]", "`", "\\", "<", "&", "1.", "-", "+", "~", "!", "=",
  "**", "__", "***", "---", "===", "1)", "# ", "> ", "- ", "+ ", "1. ", "* ",
  "<br>", "&amp;", "&#42;", "[x](y)", "![a](b)", "<!-- c -->", "<!-- signature -->", "`code`", "\\*", "|a|b|", "[^1]", "~~s~~", "{{x}}", "${x}", "%", "$", ":-:",
);

/** Interior-only whitespace and format characters: tab, no-break and ideographic spaces. */
const innerSpace = fc.constantFrom("a\tb", "x\u00a0y", "中\u3000文", "A\u2009B");

const token = fc.oneof(
  { weight: 8, arbitrary: han },
  { weight: 3, arbitrary: cjkPunctuation },
  { weight: 3, arbitrary: latin },
  { weight: 2, arbitrary: astral },
  { weight: 1, arbitrary: combining },
  { weight: 1, arbitrary: rtl },
  { weight: 3, arbitrary: markdownSpecial },
  { weight: 1, arbitrary: innerSpace },
);

export interface TextOptions {
  /** Start every paragraph with a Han word (for tests that must tell body text from ordinals). */
  safeStarts?: boolean;
}

/** One paragraph: non-empty, trimmed, on one line. Rarely very long (a few thousand characters). */
export function paragraph(options: TextOptions = {}): fc.Arbitrary<string> {
  const tokens = fc.oneof(
    { weight: 150, arbitrary: fc.array(token, { minLength: 1, maxLength: 8 }) },
    { weight: 1, arbitrary: fc.array(token, { minLength: 150, maxLength: 300 }) },
  );
  const start = options.safeStarts ? han.map((h) => `文${h}`) : fc.constant("");
  return fc
    .tuple(start, tokens)
    .map(([first, rest]) => (first + rest.join("")).trim())
    .filter((p) => p.length > 0);
}

/** A title: one short paragraph that never starts with a hand-written ordinal. */
export const title: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom("推进", "加强", "关于", "做好", "Project ", "《", "“", "#", "*", "-", "[", "R&D", "😀", "𠀀", "e\u0301"), fc.array(token, { maxLength: 6 }))
  .map(([head, rest]) => (head + rest.join("")).trim());

/** Write paragraphs as a Text value in one of the shapes data-format.md allows. */
function asText(paragraphs: string[]): fc.Arbitrary<Text> {
  const folded = (p: string) => p.replace(/(?<=[A-Za-z0-9]) (?=[A-Za-z0-9])/g, "\n");
  if (paragraphs.length === 0) return fc.constantFrom<Text>("", []);
  const shapes: Array<fc.Arbitrary<Text>> = [
    fc.constant(paragraphs),
    fc.constant(paragraphs.join("\n\n")),
    fc.constant(paragraphs.map(folded)),
  ];
  if (paragraphs.length === 1) shapes.push(fc.constant(paragraphs[0]), fc.constant(folded(paragraphs[0])));
  return fc.oneof(...shapes);
}

export function text(options: TextOptions = {}, maxParagraphs = 3): fc.Arbitrary<Text> {
  return fc.array(paragraph(options), { maxLength: maxParagraphs }).chain(asText);
}

/** The paragraphs a generated Text value stands for (the inverse of asText). */
export function expectedParagraphs(value: Text | undefined): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value])
    .flatMap((s) => s.split("\n\n"))
    .map((s) => s.replace(/\n/g, " "))
    .filter((s) => s.length > 0);
}

/** Deepest heading level of the numbering (一、 （一） 1. （1））. */
const MAX_LEVEL = 4;

/**
 * Topics at `level`: usually a few with sub-topics, sometimes up to 30 short ones without
 * (so every level sees 0–30 items while a report stays a few KB and the suite fast).
 */
function topics(level: number, options: TextOptions): fc.Arbitrary<Topic[]> {
  if (level > MAX_LEVEL) return fc.constant([]);
  return fc.oneof(
    { weight: 6, arbitrary: fc.array(topic(level, options), { maxLength: 3 }) },
    { weight: 1, arbitrary: fc.array(leafTopic(options), { maxLength: 30, size: "max" }) },
  );
}

/** A short topic with no sub-topics, for the wide lists. */
function leafTopic(options: TextOptions): fc.Arbitrary<Topic> {
  return fc.record({ title, runIn: fc.boolean(), body: paragraph(options) }, { requiredKeys: [] });
}

function topic(level: number, options: TextOptions): fc.Arbitrary<Topic> {
  const pointStyles = pointStylesOf(options);
  return fc.record(
    {
      id: fc.constant("?"),
      title,
      runIn: fc.boolean(),
      body: text(options, 2),
      points: fc.array(text(options, 2), { maxLength: 4 }),
      pointStyle: fc.constantFrom(...pointStyles),
      ...(level < MAX_LEVEL ? { items: topics(level + 1, options) } : {}),
    },
    { requiredKeys: [] },
  ) as fc.Arbitrary<Topic>;
}

const pointStylesOf = (options: TextOptions) => (options.safeStarts ? (["一是", "①"] as const) : (["一是", "（1）", "①"] as const));

/** A part's own points (一是…), on about one part in three: a part written as one paragraph. */
function partPoints(options: TextOptions): fc.Arbitrary<Pick<Part, "points" | "pointStyle">> {
  const some = fc.record(
    { points: fc.array(text(options, 2), { minLength: 1, maxLength: 4 }), pointStyle: fc.constantFrom(...pointStylesOf(options)) },
    { requiredKeys: ["points"] },
  );
  return fc.oneof({ weight: 2, arbitrary: fc.constant({}) }, { weight: 1, arbitrary: some });
}

function part(level: number, options: TextOptions): fc.Arbitrary<Part> {
  return fc.record({ heading: title, intro: text(options), items: topics(level, options) }, { requiredKeys: [] });
}

const number = fc.oneof(fc.integer({ min: -1e6, max: 1e9 }), fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }));

const metric: fc.Arbitrary<Metric> = fc.record(
  { id: fc.constant("?"), label: paragraph(), value: number, unit: fc.constantFrom("亿元", "万元", "家", "项", "人", "%", "个"), previous: number, target: number, note: paragraph() },
  { requiredKeys: ["id", "label", "value", "unit"] },
);

const target = (options: TextOptions): fc.Arbitrary<Target> => fc.record(
  { text: fc.oneof(paragraph(options), fc.constantFrom("", "达到50家。", "提高；", "持续推进，")), metric: fc.constant("?"), value: number, unit: fc.constantFrom("亿元", "家", "%") },
  { requiredKeys: ["text"] },
);

const isoDate = fc
  .date({ min: new Date("1949-01-01T00:00:00Z"), max: new Date("2100-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** A valid report: every optional part on or off, every topic shape, up to the four-level limit. */
export function report(options: TextOptions = {}): fc.Arbitrary<Report> {
  // With targets the plan's items sit one level deeper (under （二）重点工作).
  const plan: fc.Arbitrary<PlanPart> = fc.boolean().chain((withTargets) =>
    fc.record(
      {
        heading: title,
        intro: text(options),
        items: topics(withTargets ? 3 : 2, options),
        ...(withTargets ? { targets: fc.array(target(options), { minLength: 1, maxLength: 6 }) } : {}),
      },
      { requiredKeys: withTargets ? ["targets"] : [] },
    ),
  );
  const data = fc
    .record(
      {
        year: fc.integer({ min: 1949, max: 2100 }),
        organization: paragraph(),
        title,
        date: isoDate,
        intro: text(options),
        metrics: fc.array(metric, { maxLength: 5 }),
        summary: part(2, options),
        highlights: part(2, options),
        problems: part(2, options),
        outlook: part(2, options),
        plan,
        closing: text(options),
        signature: fc.record({ organization: paragraph(), date: isoDate }, { requiredKeys: [] }),
        // The parts a bureau prints, in its order (issue 20): some reports leave parts with text out.
        parts: fc.shuffledSubarray(["summary", "highlights", "problems", "outlook", "plan"] as const, { minLength: 1 }),
        attachments: fc.array(fc.record({ title, body: text(options), file: paragraph() }, { requiredKeys: ["title"] }), { maxLength: 3 }),
      },
      { requiredKeys: ["year", "organization", "summary", "problems", "plan"] },
    )
    .map(assignIds);
  // A half-year report (issue 18): its default title and headings name the half. Drawn
  // after the rest, so a seed gives the other keys it gave before `period` existed.
  const period = fc.option(fc.constantFrom("year" as const, "first-half" as const, "second-half" as const), { nil: undefined });
  // A part's own points, drawn last for the same reason: keys follow the intro, as in the data format.
  const points = fc.record(Object.fromEntries(PART_NAMES.map((key) => [key, partPoints(options)])) as Record<(typeof PART_NAMES)[number], fc.Arbitrary<Pick<Part, "points" | "pointStyle">>>);
  return fc.tuple(data, period, points).map(([{ year, ...rest }, p, own]) => {
    const out: Report = p === undefined ? { year, ...rest } : { year, period: p, ...rest };
    for (const key of PART_NAMES) if (out[key] && own[key].points) out[key] = withPartPoints(out[key]!, own[key]);
    return out;
  });
}

const PART_NAMES = ["summary", "highlights", "problems", "outlook", "plan"] as const;

/** The part with its points placed after its intro (the data format's order of keys), so the YAML reads as written by hand. */
function withPartPoints<P extends Part>(part: P, own: Pick<Part, "points" | "pointStyle">): P {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(part)) {
    if (key === "items" || key === "targets") Object.assign(out, own);
    out[key] = value;
  }
  if (!("points" in out)) Object.assign(out, own);
  return out as P;
}

/** Replace the "?" placeholders with ids unique in the file; targets point at real metrics. */
function assignIds(data: Report): Report {
  let n = 0;
  const walk = (items: Topic[] | undefined) => {
    for (const t of items ?? []) {
      if (t.id !== undefined) t.id = `t${++n}`;
      walk(t.items);
    }
  };
  for (const key of ["summary", "highlights", "problems", "outlook", "plan"] as const) walk(data[key]?.items);
  data.metrics?.forEach((m, i) => (m.id = `m${i + 1}`));
  for (const t of data.plan.targets ?? []) {
    if (t.metric === undefined) continue;
    if (data.metrics?.length) t.metric = data.metrics[0].id;
    else delete t.metric;
  }
  return data;
}

/** The number of fast-check runs and the seed: FC_RUNS / FC_SEED override the fixed defaults. */
export const FC_SETTINGS = {
  seed: process.env.FC_SEED ? Number(process.env.FC_SEED) : 20231227,
  numRuns: process.env.FC_RUNS ? Number(process.env.FC_RUNS) : 200,
};

/** fc.assert with FC_SETTINGS (`runsTimes` as many runs); the thrown message starts with the seed to reproduce with. */
export async function holds<T>(property: fc.IAsyncProperty<T> | fc.IProperty<T>, runsTimes = 1): Promise<void> {
  const settings = { ...FC_SETTINGS, numRuns: FC_SETTINGS.numRuns * runsTimes };
  try {
    await fc.assert(property, settings);
  } catch (error) {
    const reproduce = `reproduce with FC_SEED=${settings.seed} (runs: ${settings.numRuns})`;
    throw Object.assign(error as Error, { message: `${reproduce}\n${(error as Error).message}` });
  }
}

/** The data as a YAML file, as a user would write it. */
export function toYaml(data: Report): string {
  return new YamlDocument(data).toString({ lineWidth: 0 });
}
