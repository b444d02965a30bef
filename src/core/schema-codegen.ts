/**
 * Writes a zod schema out as plain TypeScript: a function that returns what the schema's
 * `safeParse` returns as `data` when it succeeds, and undefined when it fails. The quick
 * validation path (quick-validate.ts) runs the generated parser, so a valid file is
 * cleared without building zod's schema objects or running zod for the first time in the
 * process, which cost `validate` ~9 ms and `build` ~19 ms (README "Performance"). A file
 * it fails goes to zod itself, which says why.
 *
 * Only what our schemas use is supported, each with zod 4's semantics (zod's
 * v4/core/schemas.js and checks.js): strict objects (zod's output has the keys in the
 * shape's order), arrays, first-match unions, optional, strings with regex and length
 * checks, finite numbers with safe-integer and range checks, booleans, enums, and
 * `.refine()` with a function named in `refinements`. Anything else throws here,
 * when the file is generated, rather than being approximated.
 *
 * tests/generated-parsers.test.ts checks that the generated files are current and that
 * they agree with zod on every fixture and on generated and broken data.
 */
import type * as z from "zod";

interface CheckDef {
  check: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  length?: number;
  value?: number;
  inclusive?: boolean;
  fn?: unknown;
}

interface Def {
  type: string;
  checks?: Array<{ _zod: { def: CheckDef } }>;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  innerType?: z.ZodType;
  entries?: Record<string, unknown>;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

export interface ParserSpec {
  schema: z.ZodType;
  /** The exported function's name. */
  name: string;
  /** Its result type, imported by one of `imports`. */
  type: string;
  /** The generated module's import lines. */
  imports: string[];
  /** The functions passed to `.refine()`, each by the name `imports` gives it. */
  refinements: Map<unknown, string>;
  /** Where the schema lives, for the header. */
  source: string;
}

class Writer {
  /** By def: `.meta()` copies a schema but shares its def, so each is written once. */
  private readonly names = new Map<Def, string>();
  /** Identical bodies (the many plain `z.string()`s) share one function. */
  private readonly byBody = new Map<string, string>();
  readonly functions: string[] = [];

  constructor(private readonly refinements: Map<unknown, string>) {}

  /** The name of the function that parses values of `schema`, written first if need be. */
  parser(schema: z.ZodType): string {
    const def = defOf(schema);
    const known = this.names.get(def);
    if (known) return known;
    if (def.type === "object") {
      // Named before its body is written: an object may hold itself (Topic.items).
      const index = this.functions.push("") - 1;
      const name = `parse${index}`;
      this.names.set(def, name);
      this.functions[index] = this.objectParser(name, def);
      return name;
    }
    const body = this.body(def);
    let name = this.byBody.get(body);
    if (!name) {
      name = `parse${this.functions.length}`;
      const indented = body.replace(/^/gm, "  ");
      this.functions.push(`function ${name}(v: unknown): unknown {\n${indented}\n}`);
      this.byBody.set(body, name);
    }
    this.names.set(def, name);
    return name;
  }

  private body(def: Def): string {
    switch (def.type) {
      case "string":
        return lines(`if (typeof v !== "string") return FAIL;`, ...this.checks(def), "return v;");
      case "number":
        return lines(`if (typeof v !== "number" || !Number.isFinite(v)) return FAIL;`, ...this.checks(def), "return v;");
      case "boolean":
        return lines(`if (typeof v !== "boolean") return FAIL;`, ...this.checks(def), "return v;");
      case "enum":
        return lines(`return ${JSON.stringify(Object.values(def.entries ?? {}))}.includes(v as never) ? v : FAIL;`);
      case "optional":
        return lines(`return v === undefined ? undefined : ${this.parser(def.innerType!)}(v);`);
      case "array":
        return lines(
          "if (!Array.isArray(v)) return FAIL;",
          "const out: unknown[] = [];",
          "for (const item of v) {",
          `  const parsed = ${this.parser(def.element!)}(item);`,
          "  if (parsed === FAIL) return FAIL;",
          "  out.push(parsed);",
          "}",
          ...this.checks(def),
          "return out;",
        );
      case "union":
        // zod 4 returns the first option that parses.
        return lines(
          "let parsed: unknown;",
          ...(def.options ?? []).map((option) => `if ((parsed = ${this.parser(option)}(v)) !== FAIL) return parsed;`),
          "return FAIL;",
        );
      default:
        throw new Error(`schema-codegen: zod type "${def.type}" is not supported`);
    }
  }

  private objectParser(name: string, def: Def): string {
    if (def.catchall === undefined || defOf(def.catchall).type !== "never") {
      throw new Error("schema-codegen: only strict objects are supported (others drop or pass unknown keys)");
    }
    if (def.checks?.length) throw new Error("schema-codegen: checks on objects are not supported");
    const shape = def.shape ?? {};
    const keys = Object.keys(shape);
    if (keys.includes("__proto__")) throw new Error("schema-codegen: a __proto__ key is not supported");
    const fields = keys.map((key) => {
      const field = shape[key]!;
      const optional = defOf(field).type === "optional";
      const k = JSON.stringify(key);
      // zod asks `key in input`, and leaves an absent optional key out of the result.
      return [
        `if (${k} in o) {`,
        `  const parsed = ${this.parser(field)}(o[${k}]);`,
        "  if (parsed === FAIL) return FAIL;",
        `  if (parsed !== undefined) out[${k}] = parsed;`,
        `}${optional ? "" : " else return FAIL;"}`,
      ];
    });
    return lines(
      `const ${name}Keys = new Set(${JSON.stringify(keys)});`,
      `function ${name}(v: unknown): unknown {`,
      '  if (typeof v !== "object" || v === null || Array.isArray(v)) return FAIL;',
      "  const o = v as Record<string, unknown>;",
      // A strict object refuses any other key, __proto__ included (for...in, as zod does).
      `  for (const key in o) if (!${name}Keys.has(key)) return FAIL;`,
      "  const out: Record<string, unknown> = {};",
      ...fields.flat().map((line) => `  ${line}`),
      "  return out;",
      "}",
    );
  }

  /** The checks of a string, number, boolean or array, as statements on `v`. */
  private checks(def: Def): string[] {
    return (def.checks ?? []).map(({ _zod: { def: c } }) => {
      switch (c.check) {
        case "string_format":
          if (c.format !== "regex" || !c.pattern) break;
          if (/[gy]/.test(c.pattern.flags)) break; // stateful: zod resets lastIndex, a literal here would not
          return `if (!${c.pattern.toString()}.test(v)) return FAIL;`;
        case "min_length":
          return `if (v.length < ${c.minimum}) return FAIL;`;
        case "max_length":
          return `if (v.length > ${c.maximum}) return FAIL;`;
        case "length_equals":
          return `if (v.length !== ${c.length}) return FAIL;`;
        case "number_format":
          if (c.format !== "safeint") break;
          return "if (!Number.isSafeInteger(v)) return FAIL;";
        case "greater_than":
          return `if (!(v ${c.inclusive ? ">=" : ">"} ${c.value})) return FAIL;`;
        case "less_than":
          return `if (!(v ${c.inclusive ? "<=" : "<"} ${c.value})) return FAIL;`;
        case "custom": {
          const name = this.refinements.get(c.fn);
          if (!name) throw new Error("schema-codegen: a .refine() function is not in `refinements`");
          return `if (!${name}(v)) return FAIL;`;
        }
      }
      throw new Error(`schema-codegen: check "${c.check}"${c.format ? ` (${c.format})` : ""} is not supported`);
    });
  }
}

function lines(...parts: string[]): string {
  return parts.join("\n");
}

/** The source of a module exporting `spec.name(data): spec.type | undefined`. */
export function parserModule(spec: ParserSpec): string {
  const writer = new Writer(spec.refinements);
  const root = writer.parser(spec.schema);
  return `${[
    `// Generated from ${spec.source} by src/core/schema-codegen.ts (npm run schema): do not edit.`,
    "// What the schema's safeParse gives as data when it succeeds, else undefined; see schema-codegen.ts.",
    ...spec.imports,
    "",
    "const FAIL = Symbol(\"fail\");",
    "",
    ...writer.functions.map((f) => `${f}\n`),
    `export function ${spec.name}(data: unknown): ${spec.type} | undefined {`,
    `  const parsed = ${root}(data);`,
    `  return parsed === FAIL ? undefined : (parsed as ${spec.type});`,
    "}",
  ].join("\n")}\n`;
}
