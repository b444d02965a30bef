/** The data contract as a zod schema: positions in messages, did-you-mean, the JSON Schema file. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { reportJsonSchema } from "../src/core/schema.js";
import { validateSource } from "../src/core/validate.js";
import { ROOT } from "./helpers/cli.js";

const validate = (text: string, lang: "en" | "zh" = "en") => validateSource({ file: "data/2022.yaml", text }, lang);

const BASE = `year: 2022
organization: 示例县科技局
summary:
  items:
    - title: 工作甲
problems:
  items:
    - title: 问题甲
plan:
  items:
    - title: 计划甲
`;

describe("loading data with positions", () => {
  it("accepts the sample years", () => {
    for (const year of [2022, 2023]) {
      const file = join(ROOT, `data/${year}.yaml`);
      const result = validateSource({ file, text: readFileSync(file, "utf8") }, "en");
      expect(result.diagnostics).toEqual([]);
      expect(result.report?.year).toBe(year);
    }
  });
  it("names an unknown key at its line and column with a did-you-mean hint", () => {
    const { diagnostics, report } = validate(BASE.replace("    - title: 工作甲", "    - tilte: 工作甲"));
    expect(report).toBeUndefined();
    expect(diagnostics).toMatchObject([
      { code: "schema/unknown-key", line: 5, column: 7, path: ["summary", "items", 0, "tilte"], hint: 'did you mean "title"?' },
    ]);
  });
  it("names a missing required key at the mapping that lacks it", () => {
    const { diagnostics } = validate(BASE.replace("organization: 示例县科技局\n", ""));
    expect(diagnostics).toMatchObject([{ code: "schema/missing-key", line: 1, column: 1, message: 'missing required key "organization"' }]);
  });
  it("says what was expected and what was found", () => {
    const { diagnostics } = validate(BASE.replace("year: 2022", "year: 二〇二二"));
    expect(diagnostics[0]).toMatchObject({ code: "schema/invalid-type", line: 1, column: 7, expected: "number", received: '"二〇二二"' });
  });
  it("speaks Chinese when asked", () => {
    const { diagnostics } = validate(BASE.replace("year: 2022", "year: 2022.5"), "zh");
    expect(diagnostics[0]).toMatchObject({ code: "schema/not-integer", message: "应为整数，实际是 2022.5" });
  });
  it("reports YAML syntax errors and duplicate keys with positions", () => {
    expect(validate(`${BASE}year: 2023\n`).diagnostics[0]).toMatchObject({ code: "yaml/duplicate-key", line: 12 });
    expect(validate("year: [2022\n").diagnostics[0]).toMatchObject({ code: "yaml/syntax", line: 2 });
  });
  it("rejects an invalid calendar date", () => {
    const { diagnostics } = validate(`${BASE}date: 2022-02-30\n`);
    expect(diagnostics[0]).toMatchObject({ code: "schema/invalid-date", line: 12, column: 7 });
  });
  it("rejects nesting beyond the four numbering levels", () => {
    const deep = BASE.replace(
      "    - title: 工作甲",
      ["    - title: 甲", "      items:", "        - title: 乙", "          items:", "            - title: 丙", "              items:", "                - title: 丁"].join("\n"),
    );
    expect(validate(deep).diagnostics).toMatchObject([{ code: "rule/too-deep", line: 11 }]);
  });
  it("warns about a hand-written ordinal but still accepts the data", () => {
    const result = validate(BASE.replace("title: 工作甲", "title: 一、工作甲"));
    expect(result.diagnostics).toMatchObject([{ severity: "warning", code: "rule/hand-numbered-title", line: 5 }]);
    expect(result.report).toBeDefined();
  });
});

describe("a part's points", () => {
  it("are accepted on every part, the plan too, with a point style", () => {
    const text = BASE.replace("problems:\n  items:\n    - title: 问题甲\n", "problems:\n  intro: 存在的问题主要有：\n  points: [创新能力不强, 服务不够精准]\n  pointStyle: （1）\n").replace(
      "plan:\n",
      "plan:\n  points:\n    - 抓创新\n    - [抓服务, 第二段]\n",
    );
    const { diagnostics, report } = validate(text);
    expect(diagnostics).toEqual([]);
    expect(report?.problems).toEqual({ intro: "存在的问题主要有：", points: ["创新能力不强", "服务不够精准"], pointStyle: "（1）" });
    expect(report?.plan.points).toEqual(["抓创新", ["抓服务", "第二段"]]);
  });
  it("reject a point style that is not one of the three, at its line", () => {
    const { diagnostics } = validate(BASE.replace("problems:\n", "problems:\n  points: [甲]\n  pointStyle: 1.\n"));
    expect(diagnostics).toMatchObject([{ severity: "error", path: ["problems", "pointStyle"], line: 8 }]);
  });
  it("are checked by the text rules as a topic's, at their path; a part with only points is not an empty part", () => {
    const text = BASE.replace("problems:\n  items:\n    - title: 问题甲\n", "problems:\n  points: [创新能力XX, \"服务不够精准,需改进\"]\n");
    const { diagnostics } = validate(text);
    expect(diagnostics.map((d) => [d.code, d.path.join(".")])).toEqual([
      ["rule/placeholder", "problems.points.0"],
      ["rule/half-width-punctuation", "problems.points.1"],
    ]);
  });
  it("are in the JSON Schema of Part and PlanPart, described as a Topic's", () => {
    const defs = (reportJsonSchema().definitions ?? {}) as Record<string, { properties: Record<string, { description?: string }> }>;
    for (const name of ["Part", "PlanPart"]) {
      expect(defs[name].properties.points.description).toMatch(/^段内列举：“一是……。二是……。”/);
      expect(defs[name].properties.pointStyle).toEqual(defs.Topic.properties.pointStyle);
    }
  });
});

describe("the JSON Schema for editors", () => {
  it("is draft-07", () => expect(reportJsonSchema().$schema).toBe("http://json-schema.org/draft-07/schema#"));
  it("is committed up to date in schema/report.schema.json (run `npm run schema`)", () => {
    const committed = readFileSync(join(ROOT, "schema/report.schema.json"), "utf8");
    expect(committed).toBe(`${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
  });
});
