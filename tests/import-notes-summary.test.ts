/**
 * Issue 18 (h): the importer's notes once, as a summary — at most three of a kind and a
 * count on stderr; all of them in the YAML's head and with --verbose. Through the binary.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers/cli.js";
import { importThroughBinary } from "./helpers/import-binary.js";

const WEB = readFileSync(join(ROOT, "tests/fixtures/import/county-bureau-web/report.txt"), "utf8");
const furnitureLines = (text: string) => text.split("\n").filter((l) => /^note: dropped web page line/.test(l));

describe("import: notes as a summary", () => {
  it("eleven furniture lines: three on stderr and a count; all eleven in the YAML", () => {
    const r = importThroughBinary(WEB);
    expect(furnitureLines(r.stderr)).toHaveLength(3);
    expect(r.stderr).toContain("  … 11 notes of this kind in all (8 more not listed; the YAML's head lists them all, as does --verbose)\n");
    expect(r.yaml.split("\n").filter((l) => l.startsWith("# - dropped web page line"))).toHaveLength(11);
  });

  it("--verbose lists every note; Chinese says the count in Chinese", () => {
    expect(furnitureLines(importThroughBinary(WEB, { args: ["--verbose"] }).stderr)).toHaveLength(11);
    expect(importThroughBinary(WEB, { lang: "zh" }).stderr).toContain("… 同类说明共 11 条（另有 8 条未列出");
  });
});
