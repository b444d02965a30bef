/**
 * The parsers generated from the zod schemas (src/core/schema-codegen.ts) clear valid
 * files on the quick path, so they must give exactly what zod gives: the same verdict,
 * and on success the same data with the keys in the same order. Checked on every data
 * file and fixture, on generated reports and configs, and on each of those with one
 * thing broken; and the generator must refuse what it cannot write out exactly.
 */
import fc from "fast-check";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import * as z from "zod";
import { parseConfigFile } from "../src/core/config-parser.generated.js";
import { configSchema } from "../src/core/config-check.js";
import { GENERATED_PARSERS } from "../src/core/generated-parsers.js";
import { parseReport } from "../src/core/report-parser.generated.js";
import { parserModule } from "../src/core/schema-codegen.js";
import { reportSchema } from "../src/core/schema.js";
import { holds, report } from "./helpers/arbitraries.js";
import { ROOT } from "./helpers/cli.js";

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

/** JSON keeps key order: equal text is equal data in the same order. */
const asText = (value: unknown) => (value === undefined ? "(fails)" : JSON.stringify(value));

function agrees(schema: z.ZodType, parse: (data: unknown) => unknown, data: unknown, label = ""): void {
  const zod = schema.safeParse(data);
  expect(asText(parse(data)), label).toBe(asText(zod.success ? zod.data : undefined));
}

const agreesOnReport = (data: unknown, label?: string) => agrees(reportSchema(), parseReport, data, label);
const agreesOnConfig = (data: unknown) => agrees(configSchema(), parseConfigFile, data);

/** Every path to a value inside `data` (object keys and array indexes). */
function pathsIn(data: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (Array.isArray(data)) return data.flatMap((item, i) => [[...prefix, i], ...pathsIn(item, [...prefix, i])]);
  if (data !== null && typeof data === "object") {
    return Object.entries(data).flatMap(([key, value]) => [[...prefix, key], ...pathsIn(value, [...prefix, key])]);
  }
  return [];
}

/** Values each of which some field of the schemas refuses (or accepts) for a reason of its own. */
const oddValue = fc.constantFrom<unknown>(
  null, "", "x", "A1", "a_b", "a-b", "1a", "2023-02-30", "2023-2-3", "2024-02-29", "2023-02-29", "一是", "①", "1.", "1、",
  "official", "plain", "fancy", 0, -1, 1.5, 1948, 1949, 2100, 2101, 2 ** 53, Number.NaN, Number.POSITIVE_INFINITY,
  true, false, [], {}, ["a"], [["a"]], [1], { text: "x" }, { id: "a", label: "b", value: 1, unit: "c" },
);

type Mutation = { kind: "set"; value: unknown } | { kind: "delete" } | { kind: "add"; key: string; value: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  oddValue.map((value) => ({ kind: "set" as const, value })),
  fc.constant({ kind: "delete" as const }),
  fc
    .tuple(fc.constantFrom("extra", "__proto__", "constructor", "toString", "id", "items", "year"), oddValue)
    .map(([key, value]) => ({ kind: "add" as const, key, value })),
);

/** `data` with one change at the `pick`-th path (or at the top when it has none). */
function mutate(data: unknown, pick: number, change: Mutation): unknown {
  const copy = structuredClone(data);
  const paths = pathsIn(copy);
  const path = paths.length ? paths[pick % paths.length]! : [];
  const parentPath = path.slice(0, -1);
  const key = path.at(-1);
  let parent = copy as Record<string | number, unknown>;
  for (const step of parentPath) parent = parent[step] as Record<string | number, unknown>;
  const target = key === undefined ? parent : parent[key];
  if (change.kind === "set" && key !== undefined) parent[key] = change.value;
  else if (change.kind === "delete" && key !== undefined) {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  } else if (change.kind === "add" && target !== null && typeof target === "object" && !Array.isArray(target)) {
    // An own property even for "__proto__", as a YAML reader makes it.
    Object.defineProperty(target, change.key, { value: change.value, enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

/** The same data with the keys of every object in reverse order. */
function reversedKeys(data: unknown): unknown {
  if (Array.isArray(data)) return data.map(reversedKeys);
  if (data !== null && typeof data === "object") {
    return Object.fromEntries(Object.entries(data).reverse().map(([k, v]) => [k, reversedKeys(v)]));
  }
  return data;
}

const config: fc.Arbitrary<unknown> = fc.record(
  {
    fonts: fc.oneof(
      fc.constantFrom("official", "plain"),
      fc.record({ preset: fc.constantFrom("official", "plain"), title: fc.constantFrom("方正小标宋简体", "宋体"), titleBold: fc.boolean(), body: fc.constant("仿宋") }, { requiredKeys: [] }),
    ),
    ordinals: fc.record({ level3: fc.constantFrom("1.", "1、") }, { requiredKeys: [] }),
    dataDir: fc.constantFrom("data", "years"),
    outDir: fc.constant("out"),
    template: fc.constant("my.md.hbs"),
  },
  { requiredKeys: [] },
);

describe("the generated parsers", () => {
  it("are current (run `npm run schema` after changing a schema)", () => {
    for (const { file, source } of GENERATED_PARSERS) expect(readFileSync(join(ROOT, file), "utf8"), file).toBe(source());
  });

  it("agree with zod on every data file and fixture", () => {
    const files = [...yamlFiles(join(ROOT, "data")), ...yamlFiles(join(ROOT, "tests/fixtures"))];
    expect(files.length).toBeGreaterThan(20);
    let valid = 0;
    for (const file of files) {
      const doc = parseDocument(readFileSync(file, "utf8"), { uniqueKeys: false });
      if (doc.errors.length) continue;
      const data = doc.toJS({ maxAliasCount: 100 });
      agreesOnReport(data, file);
      if (parseReport(data)) valid++;
    }
    expect(valid).toBeGreaterThan(5);
  });

  it("agree with zod on generated reports, also with their keys in another order", async () => {
    await holds(
      fc.property(report(), (data) => {
        expect(parseReport(data)).toBeDefined();
        agreesOnReport(data);
        agreesOnReport(reversedKeys(data));
      }),
    );
  });

  it("agree with zod on generated reports with one thing broken", async () => {
    const seen = { passed: 0, failed: 0 };
    await holds(
      fc.property(report(), fc.nat(), mutation, (data, pick, change) => {
        const broken = mutate(data, pick, change);
        agreesOnReport(broken);
        seen[parseReport(broken) ? "passed" : "failed"]++;
      }),
    );
    // Both outcomes occur, or the comparison would prove little.
    expect(seen.passed).toBeGreaterThan(10);
    expect(seen.failed).toBeGreaterThan(10);
  });

  it("agree with zod on configs, whole and with one thing broken", async () => {
    for (const text of ["", "fonts: fancy\n", "fonts: plain\n", "dataDir: years\n", "ordinals:\n  level3: 1、\n", "fonts:\n  preset: plain\n  title: 宋体\n"]) {
      agreesOnConfig(parseDocument(text).toJS() ?? {});
    }
    await holds(
      fc.property(config, fc.nat(), mutation, (data, pick, change) => {
        agreesOnConfig(data);
        agreesOnConfig(mutate(data, pick, change));
      }),
    );
  });
});

describe("schema-codegen", () => {
  const source = (schema: z.ZodType) =>
    parserModule({ schema, name: "parse", type: "unknown", imports: [], refinements: new Map(), source: "test" });

  it("refuses what it cannot write out with zod's meaning", () => {
    const refused: Array<[string, z.ZodType]> = [
      ["a non-strict object (zod drops unknown keys)", z.object({ a: z.string() })],
      ["a transform", z.string().transform((s) => s.trim())],
      ["a default", z.object({ a: z.string().default("x") }).strict()],
      ["a nullable", z.string().nullable()],
      ["a string format other than regex", z.string().email()],
      ["a stateful (global) regex", z.string().regex(/a/g)],
      ["a refinement it does not know", z.string().refine((s) => s.length > 1)],
      ["a record", z.record(z.string(), z.string())],
    ];
    for (const [what, schema] of refused) expect(() => source(schema), what).toThrow(/schema-codegen/);
  });

  it("writes a recursive schema once, and schemas copied by .meta() once", () => {
    interface Node {
      children?: Node[];
    }
    const node: z.ZodType<Node> = z
      .object({
        get children() {
          return z.array(node).optional();
        },
      })
      .strict();
    const leaf = z.object({ a: z.string() }).strict();
    const text = source(z.object({ tree: node, one: leaf, two: leaf.meta({ description: "copy" }) }).strict());
    expect(text.match(/new Set\(\["children"\]\)/g)).toHaveLength(1);
    expect(text.match(/new Set\(\["a"\]\)/g)).toHaveLength(1);
  });
});
