/** Find the keys a zod object schema allows at a data path (for "did you mean" hints). */
import type { z } from "zod";
import type { YamlPath } from "./diagnostics.js";

type AnyDef = { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType; innerType?: z.ZodType; options?: z.ZodType[]; in?: z.ZodType };

function defOf(schema: z.ZodType): AnyDef {
  return (schema as unknown as { _zod: { def: AnyDef } })._zod.def;
}

/** Peel optional/default/nullable/pipe wrappers. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if (def.innerType) current = def.innerType;
    else if (def.type === "pipe" && def.in) current = def.in;
    else return current;
  }
}

function child(schema: z.ZodType, key: string | number): z.ZodType | undefined {
  const def = defOf(unwrap(schema));
  if (def.type === "object" && typeof key === "string") return def.shape?.[key];
  if (def.type === "array") return def.element;
  if (def.type === "union") {
    for (const option of def.options ?? []) {
      const found = child(option, key);
      if (found) return found;
    }
  }
  return undefined;
}

/** The allowed keys of the object schema at `path`, or [] when it is not an object. */
export function keysAt(root: z.ZodType, path: YamlPath): string[] {
  let schema: z.ZodType | undefined = root;
  for (const key of path) {
    schema = schema && child(schema, key);
    if (!schema) return [];
  }
  return objectKeys(schema);
}

/** The keys of an object schema, or of the object among a union's options (`fonts: plain` or a mapping). */
function objectKeys(schema: z.ZodType): string[] {
  const def = defOf(unwrap(schema));
  if (def.type === "object" && def.shape) return Object.keys(def.shape);
  for (const option of def.type === "union" ? (def.options ?? []) : []) {
    const keys = objectKeys(option);
    if (keys.length) return keys;
  }
  return [];
}

/** Every key of every object schema under `root`, at any depth. */
export function allKeys(root: z.ZodType): Set<string> {
  const keys = new Set<string>();
  const seen = new Set<z.ZodType>();
  const visit = (schema: z.ZodType | undefined): void => {
    if (!schema || seen.has(schema)) return;
    seen.add(schema);
    const def = defOf(unwrap(schema));
    for (const [key, value] of Object.entries(def.shape ?? {})) keys.add(key), visit(value);
    visit(def.element);
    def.options?.forEach(visit);
  };
  visit(root);
  return keys;
}

/** Edit distance where swapping two neighbours counts as one edit ("tilte" → "title"). */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** The closest allowed key, if it is close enough to be a typo ("tilte" → "title"). */
export function didYouMean(key: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(key.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  const allowed = Math.max(1, Math.floor((best?.length ?? 0) / 3));
  return bestDistance <= allowed ? best : undefined;
}
