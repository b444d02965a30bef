/**
 * The JSON Schema editors use (yaml-language-server reads draft-07): checked with a
 * real JSON Schema validator (ajv, draft-07) against the sample data, the scaffold of
 * `report init` and a broken file; every key carries a Chinese description for hover.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { scaffoldYaml } from "../src/cli/commands/init-template.js";
import { schemaText } from "../src/cli/commands/schema.js";
import { reportJsonSchema } from "../src/core/schema.js";
import { ROOT, runInProcess } from "./helpers/cli.js";
import { CASES_DIR } from "./helpers/validate-cases.js";

const schemaFile = join(ROOT, "schema/report.schema.json");
const schema = JSON.parse(readFileSync(schemaFile, "utf8"));
const ajv = new Ajv({ allErrors: true, strict: false });
const check = ajv.compile(schema);
const yamlFile = (path: string) => parse(readFileSync(path, "utf8"));

describe("schema/report.schema.json", () => {
  it("is a draft-07 schema that ajv compiles", () => {
    expect(schema.$schema).toBe("http://json-schema.org/draft-07/schema#");
    expect(typeof check).toBe("function");
  });

  it("is what `report schema` prints and what reportJsonSchema() gives (not stale: run `npm run schema`)", async () => {
    expect(readFileSync(schemaFile, "utf8")).toBe(schemaText());
    expect(schema).toEqual(reportJsonSchema());
    const printed = await runInProcess(["schema"], { cwd: ROOT });
    expect(printed.stdout).toBe(readFileSync(schemaFile, "utf8"));
  });

  it("accepts the sample years and the init scaffold", () => {
    for (const year of [2022, 2023]) expect(check(yamlFile(join(ROOT, `data/${year}.yaml`))), JSON.stringify(check.errors)).toBe(true);
    expect(check(parse(scaffoldYaml(2031, "../schema/report.schema.json"))), JSON.stringify(check.errors)).toBe(true);
  });

  it("rejects the file with ten mistakes, naming the same places", () => {
    // (Its duplicate key is a YAML mistake; read past it as editors do.)
    const data = parse(readFileSync(join(CASES_DIR, "ten-mistakes/2023.yaml"), "utf8"), { uniqueKeys: false });
    expect(check(data)).toBe(false);
    const where = new Set(check.errors!.map((e) => e.instancePath));
    expect(where).toContain("/metrics/0/value"); // a string where a number belongs
    expect(where).toContain("/metrics/1"); // label missing
    expect(where).toContain("/summary/items/0"); // tilte: additional property
  });

  it("rejects an unknown key and a bad id pattern, as completion would flag them", () => {
    const base = yamlFile(join(ROOT, "data/2023.yaml"));
    expect(check({ ...base, tilte: "x" })).toBe(false);
    expect(check({ ...base, metrics: [{ id: "Bad-Id", label: "x", value: 1, unit: "个" }] })).toBe(false);
  });

  it("describes every key in Chinese (editors show it on hover)", () => {
    const missing: string[] = [];
    const visit = (node: Record<string, unknown>, where: string) => {
      const properties = (node.properties ?? {}) as Record<string, Record<string, unknown>>;
      for (const [key, sub] of Object.entries(properties)) {
        const description = String(sub.description ?? "");
        if (!/\p{Script=Han}/u.test(description)) missing.push(`${where}.${key}`);
        visit(sub, `${where}.${key}`);
      }
    };
    visit(schema, "#");
    for (const [name, def] of Object.entries(schema.definitions ?? {})) visit(def as Record<string, unknown>, `#/definitions/${name}`);
    expect(missing).toEqual([]);
  });
});
