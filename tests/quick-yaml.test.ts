/**
 * The quick read (js-yaml, quick-yaml.ts) must give exactly the data of the `yaml`
 * package, or nothing; and a file the quick check clears must be one the full,
 * positioned check finds nothing in, with the same report.
 */
import fc from "fast-check";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Document as YamlDocument, parseDocument } from "yaml";
import { quickValidate } from "../src/core/quick-validate.js";
import { quickLoad } from "../src/core/quick-yaml.js";
import { validateWithPositions } from "../src/core/validate.js";
import { holds, report } from "./helpers/arbitraries.js";
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

function sameDataOrNothing(text: string): void {
  const quick = quickLoad(text);
  if (quick) expect(quick.data).toEqual(slowData(text));
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

describe("quickValidate clears only what the full check finds nothing in", () => {
  const lang = "en" as const;

  it("on every data file and fixture: cleared ⇒ no diagnostics and the same report", () => {
    let cleared = 0;
    for (const file of FILES) {
      const source = { file, text: readFileSync(file, "utf8") };
      const quick = quickValidate(source, lang, {});
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
    const quick = quickValidate(source, lang, {});
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
