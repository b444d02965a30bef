/**
 * The quick readers (block-yaml.ts, then js-yaml in quick-yaml.ts) must each give exactly
 * the data of the `yaml` package, or nothing; and a file the quick check clears must be
 * one the full, positioned check finds nothing in, with the same report.
 */
import fc from "fast-check";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Document as YamlDocument, parseDocument } from "yaml";
import { quickValidate } from "../src/core/quick-validate.js";
import { readBlockYaml } from "../src/core/block-yaml.js";
import { jsYamlLoad, quickLoad } from "../src/core/quick-yaml.js";
import { validateWithPositions } from "../src/core/validate.js";
import { FC_SETTINGS, holds, report } from "./helpers/arbitraries.js";
import { ROOT } from "./helpers/cli.js";

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

const FILES = [...yamlFiles(join(ROOT, "data")), ...yamlFiles(join(ROOT, "tests/fixtures"))];

/** What the `yaml` package reads, as the full check does. */
const slowData = (text: string) => parseDocument(text, { uniqueKeys: true }).toJS();

/** Each quick reader, and the two in turn, read what `yaml` reads or give up. */
function sameDataOrNothing(text: string): void {
  for (const read of [readBlockYaml, jsYamlLoad, quickLoad]) {
    const quick = read(text);
    if (quick) expect(quick.data, `${read.name}: ${JSON.stringify(text)}`).toEqual(slowData(text));
  }
}

describe("quickLoad reads what the yaml package reads", () => {
  it("on every data file and fixture with CRLF line ends and a byte order mark", () => {
    for (const file of FILES) {
      const text = readFileSync(file, "utf8");
      sameDataOrNothing(text.replace(/\r?\n/g, "\r\n"));
      sameDataOrNothing(`\uFEFF${text}`);
    }
  });

  it("on every data file and fixture", () => {
    expect(FILES.length).toBeGreaterThan(20);
    let read = 0;
    for (const file of FILES) {
      const text = readFileSync(file, "utf8");
      const quick = quickLoad(text);
      if (!quick) continue;
      read++;
      expect(quick.data, file).toEqual(slowData(text));
    }
    // Most fixtures are plain files: the quick read must not give up on them.
    expect(read).toBeGreaterThan(FILES.length / 2);
  });

  it("resolves plain scalars by YAML 1.2's core schema, as the yaml package does", () => {
    const scalars = [
      "1_000", "0b11", "0o17", "0x1F", "017", "+5", "-0", "1.", ".5", "1e3", "1E+3", "-2.5e-3", ".inf", "-.Inf", "+.INF",
      ".NaN", ".nan", "yes", "no", "on", "off", "y", "n", "~", "null", "Null", "NULL", "nULL", "true", "True", "TRUE",
      "tRUE", "false", "2023-12-27", "2023-12-27T10:00:00Z", "12:30", "1:20:00", "0.1.2", "1,000", "12%", "３", "",
    ];
    for (const s of scalars) sameDataOrNothing(`v: ${s}\nlist: [${s}]\n`);
  });

  it("on hand-written shapes: multi-line plain scalars, comments, escapes, block scalar indicators, flow collections", () => {
    const texts = [
      "a: 第一行\n  第二行\n\n  第三段\n",
      "a: x # comment\nb: x#not-a-comment\nc: 'it''s'\n",
      'a: "esc \\x41 \\u4E2D \\t end \\\n  continued"\n',
      "a: |2\n    two more\n  base\nb: |+\n  kept\n\nc: >-\n  one\n    indented\n  two\n\n  three\n",
      "a: >\n  folded\n  lines\n\n\nb: |\n  x\n\n\n",
      "list: [a,\n  b, 'c d',\n  \"e\"]\nmap: {x: 1, y: [2, 3]}\n",
      '"a b": 1\n\'c\': 2\n',
      "a:\tb\nc: d\t\n",
      "a: - b\nc: -1\nd: -.5\ne: +.5\n",
      "a: 1\n...\n",
      "? complex\n: value\n",
      "a: |\r\n  line one\r\n  line two\r\n",
      "a:\nb: ~\nc: null\nd: ''\n",
      "- a\n- - b\n  - c\n- d: e\n  f: g\n",
      "a: 2023-12-27\nb: 12:30:00\nc: 1e3\nd: 0x10\ne: 0o10\nf: 010\n",
      "  a: 1\n  b: 2\n",
      "a: \"unterminated\n",
      "a: b: c\n",
      "a:\n  - x\n   - y\n",
    ];
    for (const text of texts) sameDataOrNothing(text);
  });

  it("leaves anchors, aliases, tags, directives, duplicate keys and bad syntax to the yaml package", () => {
    for (const text of ["a: &x 1\nb: *x\n", "a: !!str 1\n", "%YAML 1.2\n---\na: 1\n", "a: 1\na: 2\n", "a: [1\n", "a: 1\n---\nb: 2\n", "a: \u0007\n"]) {
      expect(quickLoad(text), JSON.stringify(text)).toBeUndefined();
    }
  });

  it("on generated reports written in every scalar style and fold width", async () => {
    const styles = ["PLAIN", "QUOTE_DOUBLE", "QUOTE_SINGLE", "BLOCK_FOLDED", "BLOCK_LITERAL"] as const;
    await holds(
      fc.property(report(), fc.constantFrom(...styles), fc.constantFrom(0, 12, 40), (data, style, lineWidth) => {
        const text = new YamlDocument(data).toString({ defaultStringType: style, defaultKeyType: "PLAIN", lineWidth, minContentWidth: 0 });
        sameDataOrNothing(text);
      }),
    );
  });

  it("on awkward strings: edge spaces, line ends, quotes, escapes, CJK and emoji", async () => {
    const styles = ["PLAIN", "QUOTE_DOUBLE", "QUOTE_SINGLE", "BLOCK_FOLDED", "BLOCK_LITERAL"] as const;
    const piece = fc.constantFrom(
      " ", "  ", "\n", "\n\n", "\r\n", "\t", "'", '"', "\\", "#", ": ", "- ", "，", "“", "工作", "a", "1", "😀", "\u3000",
      "%", "@", "`", "|", ">", "\u0085", "\u2028", "\u2029", "\uFEFF", "\u00A0", "---", "...", "? ", "{", "]",
    );
    const text = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(""));
    await holds(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), fc.constantFrom(...styles), fc.constantFrom(0, 8, 30), (values, style, lineWidth) => {
        const yaml = new YamlDocument({ items: values }).toString({ defaultStringType: style, lineWidth, minContentWidth: 0 });
        sameDataOrNothing(yaml);
      }),
    );
  });
});

function withoutTabs(value: unknown): unknown {
  if (typeof value === "string") return value.replaceAll("\t", " ");
  if (Array.isArray(value)) return value.map(withoutTabs);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutTabs(v)]));
  return value;
}

describe("the block reader reads the usual style itself", () => {
  /** It read the text, and read what `yaml` reads. */
  const reads = (text: string) => {
    const block = readBlockYaml(text);
    expect(block, JSON.stringify(text)).toBeDefined();
    expect(block!.data, JSON.stringify(text)).toEqual(slowData(text));
  };

  it("reads every data file and fixture js-yaml reads, but one with a tab and escaped surrogates", () => {
    const readable = FILES.filter((file) => jsYamlLoad(readFileSync(file, "utf8")));
    const left = readable.filter((file) => !readBlockYaml(readFileSync(file, "utf8")));
    expect(left.map((file) => file.slice(ROOT.length + 1))).toEqual(["tests/fixtures/validate/control-character-ok/input.yaml"]);
    for (const file of readable.filter((f) => !left.includes(f))) reads(readFileSync(file, "utf8"));
  });

  it("reads mappings, lists, comments, flow collections, quotes, block scalars and folded plain scalars", () => {
    const texts = [
      "# only a comment\n",
      "",
      "a: 1 # a number\n# between\nb:   x#y  \n\n\nc: 'it''s' # quoted\nd: \"\\\"\\\\ \\n\\t\\u4E2D\\/\\0\\ \" \n",
      "list:\n- a\n- b\nnext:\n  - - x\n    - y\n  -\n    k: v\n  - # empty\n  - k: 1\n    m:\n      - 2\n",
      "a: |\n  one\n   two\n\n  three\n\n\nb: |-\n  x\nc: >\n  folded\n  lines\n\n\n  para\nd: >- # why\n  x\n  y\n",
      "a: first\n  second\n\n  third\nb:\n  on the next line\n  and on\nc:\n  \"quoted below\"\n",
      "m: { id: a, label: 全社会研发经费支出, value: 2.6, 'x': 1 }\n",
      "m: { id: a, note: \"q, [x]\", list: [1, two, 'three', [4], {k: v}], empty: [], none: {} }\nl: [a, b, ]\n",
      "time: 12:30\nurl: http://example.com/a#b\nhan: 工作：要点\ndate: 2023-12-27\nneg: -1\nflt: .5\nnul: ~\nt: True\nlist: [-1, +2, 0x1F, 0o7, .inf, null]\n",
      "a: 1\r\nb: |\r\n  x\r\n  y\r\n",
      "- a\n- b: 1\n  c: 2\n-   d: 3\n    e: 4\n",
      "a:\n  b:\n    c:\n      d: deep\n  e: back\n",
      // YAML's white space is the space (and the tab): U+3000 and U+00A0 are text, kept at the ends.
      "a: 工作\u3000\nb: \u00A0\nc: [x\u3000, y]\nd: 第一行\u3000\n  第二行\u00A0\n",
    ];
    for (const text of texts.filter((t) => !t.includes("'x': 1"))) reads(text);
    // A quoted key is left to the others, as is everything the next test lists.
    expect(readBlockYaml(texts.find((t) => t.includes("'x': 1"))!)).toBeUndefined();
  });

  it("gives up on what it does not read (the others then do)", () => {
    const texts = [
      "a:\tb\n", "a: \"two\n  lines\"\n", "a: |+\n  kept\n\n", "a: |2\n   x\n", "? a\n: b\n", "---\na: 1\n", "a: 1\n...\n",
      "a: 1\na: 2\n", "__proto__: 1\n", "a: b: c\n", "工作: 1\n", "\"a\": 1\n", "a: |\n\n  after an empty line\n", "a: >\n  x\n    more\n  y\n",
      "<<: {a: 1}\n", "a: x\n  # comment\n  y\n", "a: [1,\n  2]\n", "a: \"\\x41\"\n", "  a: 1\n", "a: |\n  no final line break", "a: 1\n  b: 2\n",
      // Nesting deeper than the full check's limit, in block and in flow style (no stack overflow).
      `${"- ".repeat(70)}x\n`, Array.from({ length: 70 }, (_, i) => `${" ".repeat(i)}k:`).join("\n") + " x\n", `a: ${"[".repeat(20000)}${"]".repeat(20000)}\n`,
      "a: \"\\uD83D\\uDE00\"\n", "a: x\n  - y\n", "null: 1\n", "~: 1\n", "b:\n  : 1\n", "a: - b\n", "\uFEFFa: 1\n",
    ];
    for (const text of texts) {
      expect(readBlockYaml(text), JSON.stringify(text)).toBeUndefined();
      sameDataOrNothing(text);
    }
  });

  it("on texts put together from YAML's pieces: reads what yaml reads, and gives up where yaml finds a mistake", async () => {
    const piece = fc.constantFrom(
      "a:", "b: ", "id: x", "- ", "-", "x", "y z", "#c", " #c", "'q'", "'it''s'", '"d\\n"', "[1, x]", "{k: v, l: [2]}", "[a, ]", "|", "|-", ">", ">-",
      "12:30", "null", "~", "1", ".5", "-1", "0x1F", "a: b", "　", "\u00A0", "工作", "? ", ": ", ",", "&a", "*a", "!t", "%", "@", "`", "---", "...",
      "key: |", "- k: v", "- - x", "[", "]", "{", "}", '"', "'", "\r", "__proto__: 1", "<<: {}",
    );
    const indent = fc.constantFrom("", " ", "  ", "   ", "    ", "      ");
    const loose = fc.tuple(indent, fc.array(piece, { minLength: 0, maxLength: 3 })).map(([spaces, parts]) => spaces + parts.join(""));
    // Lines shaped like a data file's: a key or dash, then a value, then perhaps a comment.
    const lead = fc.constantFrom("a: ", "b:", "id: ", "- ", "-", "- - ", "- k: ", "  ");
    const value = fc.array(piece, { minLength: 0, maxLength: 2 }).map((parts) => parts.join(""));
    const shaped = fc.tuple(indent, lead, value, fc.constantFrom("", " # c", "#c", "  ")).map((parts) => parts.join(""));
    const line = fc.oneof(loose, shaped, shaped);
    const texts = fc.tuple(fc.array(line, { minLength: 1, maxLength: 8 }), fc.boolean()).map(([lines, end]) => lines.join("\n") + (end ? "\n" : ""));
    let read = 0;
    // Most such texts are mistakes or left to the others: many runs, so that enough are read.
    const RUNS_TIMES = 10;
    await holds(
      fc.property(texts, (text) => {
        const block = readBlockYaml(text);
        const doc = parseDocument(text, { uniqueKeys: true });
        if (doc.errors.length) expect(block, JSON.stringify(text)).toBeUndefined();
        else if (block) {
          read++;
          expect(block.data, JSON.stringify(text)).toEqual(doc.toJS());
        }
      }),
      RUNS_TIMES,
    );
    expect(read).toBeGreaterThan(RUNS_TIMES * FC_SETTINGS.numRuns * 0.01);
  });

  it("reads generated reports in the plain style, and what it reads in any style is what yaml reads", async () => {
    const styles = ["PLAIN", "QUOTE_DOUBLE", "QUOTE_SINGLE", "BLOCK_FOLDED", "BLOCK_LITERAL"] as const;
    const seen = { read: 0, plain: 0 };
    await holds(
      fc.property(report(), fc.constantFrom(...styles), fc.constantFrom(0, 40, 80), (generated, style, lineWidth) => {
        // Tabs (which it leaves to the others) taken out of the generator's awkward strings.
        const data = withoutTabs(generated);
        const text = new YamlDocument(data).toString({ defaultStringType: style, defaultKeyType: "PLAIN", lineWidth, minContentWidth: 0 });
        const block = readBlockYaml(text);
        if (block) expect(block.data).toEqual(slowData(text));
        if (style === "PLAIN" && lineWidth === 0) {
          seen.plain++;
          if (block) seen.read++;
        }
      }),
    );
    expect(seen.plain).toBeGreaterThan(0);
    expect(seen.read).toBe(seen.plain);
  });
});

describe("quickValidate clears only what the full check finds nothing in", () => {
  const lang = "en" as const;

  it("on every data file and fixture: cleared ⇒ no diagnostics and the same report", () => {
    let cleared = 0;
    for (const file of FILES) {
      const source = { file, text: readFileSync(file, "utf8") };
      const quick = quickValidate(source, quickLoad(source.text), lang, {});
      const full = validateWithPositions(source, lang, {});
      if (quick) {
        cleared++;
        expect(full.diagnostics, file).toEqual([]);
        expect(quick, file).toEqual(full.report);
      } else if (full.diagnostics.length === 0) {
        // Not cleared although clean: only for files the quick read leaves to yaml.
        expect(quickLoad(source.text), file).toBeUndefined();
      }
    }
    expect(cleared).toBeGreaterThan(0);
  });

  const agree = (source: { file: string; text: string }) => {
    const quick = quickValidate(source, quickLoad(source.text), lang, {});
    const full = validateWithPositions(source, lang, {});
    if (quick) {
      expect(full.diagnostics).toEqual([]);
      expect(quick).toEqual(full.report);
    } else if (quickLoad(source.text)) {
      expect(full.diagnostics.length).toBeGreaterThan(0);
    }
    return quick ? "cleared" : "handed over";
  };

  it("on generated reports", async () => {
    await holds(fc.property(report(), (data) => void agree({ file: "report.yaml", text: new YamlDocument(data).toString({ lineWidth: 0 }) })));
  });

  it("on the sample with a mistake put into one of its texts (or none: then it is cleared)", async () => {
    const sample = parseDocument(readFileSync(join(ROOT, "data/2023.yaml"), "utf8")).toJS();
    const mistakes = ["", "(", ",", '"', "'", "\u0007", "\uFFFE", "一、", "（二）", "2023-02-30"];
    const seen = { cleared: 0, "handed over": 0 };
    await holds(
      fc.property(fc.constantFrom(...mistakes), fc.constantFrom("intro", "organization", "summary.intro", "summary.heading", "date"), (mistake, where) => {
        const data = structuredClone(sample);
        const [a, b] = where.split(".");
        const holder = b ? data[a] : data;
        const key = b ?? a;
        holder[key] = key === "date" ? mistake || holder[key] : `${mistake}推进工作${mistake}落实`;
        const outcome = agree({ file: "2023.yaml", text: new YamlDocument(data).toString({ lineWidth: 0 }) });
        seen[outcome]++;
        if (!mistake) expect(outcome).toBe("cleared");
      }),
    );
    expect(seen.cleared).toBeGreaterThan(0);
    expect(seen["handed over"]).toBeGreaterThan(0);
  });
});
