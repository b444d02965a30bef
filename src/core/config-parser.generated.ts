// Generated from src/core/config.ts by src/core/schema-codegen.ts (npm run schema): do not edit.
// What the schema's safeParse gives as data when it succeeds, else undefined; see schema-codegen.ts.
import type { ConfigFile } from "./config.js";

const FAIL = Symbol("fail");

const parse0Keys = new Set(["fonts","ordinals","dataDir","outDir","template"]);
function parse0(v: unknown): unknown {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return FAIL;
  const o = v as Record<string, unknown>;
  for (const key in o) if (!parse0Keys.has(key)) return FAIL;
  const out: Record<string, unknown> = {};
  if ("fonts" in o) {
    const parsed = parse9(o["fonts"]);
    if (parsed === FAIL) return FAIL;
    if (parsed !== undefined) out["fonts"] = parsed;
  }
  if ("ordinals" in o) {
    const parsed = parse13(o["ordinals"]);
    if (parsed === FAIL) return FAIL;
    if (parsed !== undefined) out["ordinals"] = parsed;
  }
  if ("dataDir" in o) {
    const parsed = parse15(o["dataDir"]);
    if (parsed === FAIL) return FAIL;
    if (parsed !== undefined) out["dataDir"] = parsed;
  }
  if ("outDir" in o) {
    const parsed = parse15(o["outDir"]);
    if (parsed === FAIL) return FAIL;
    if (parsed !== undefined) out["outDir"] = parsed;
  }
  if ("template" in o) {
    const parsed = parse15(o["template"]);
    if (parsed === FAIL) return FAIL;
    if (parsed !== undefined) out["template"] = parsed;
  }
  return out;
}

function parse1(v: unknown): unknown {
  return ["official","plain"].includes(v as never) ? v : FAIL;
}

const parse2Keys = new Set(["preset","title","titleBold","body","heading1","heading2","heading3","heading4","pageNumber","latin"]);
function parse2(v: unknown): unknown {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return FAIL;
  const o = v as Record<string, unknown>;
  for (const key in o) if (!parse2Keys.has(key)) return FAIL;
  const out: Record<string, unknown> = {};
  if ("preset" in o) {
    const parsed = parse3(o["preset"]);
    if (parsed === FAIL) return FAIL;
    if (parsed !== undefined) out["preset"] = parsed;
  }
  if ("title" in o) {
    const parsed = parse5(o["title"]);
    if (parsed === FAIL) return FAIL;
    if (parsed !== undefined) out["title"] = parsed;
  }
  if ("titleBold" in o) {
    const parsed = parse7(o["titleBold"]);
    if (parsed === FAIL) return FAIL;
    if (parsed !== undefined) out["titleBold"] = parsed;
  }
  if ("body" in o) {
    const parsed = parse5(o["body"]);
    if (parsed === FAIL) return FAIL;
    if (parsed !== undefined) out["body"] = parsed;
  }
  if ("heading1" in o) {
    const parsed = parse5(o["heading1"]);
    if (parsed === FAIL) return FAIL;
    if (parsed !== undefined) out["heading1"] = parsed;
  }
  if ("heading2" in o) {
    const parsed = parse5(o["heading2"]);
    if (parsed === FAIL) return FAIL;
    if (parsed !== undefined) out["heading2"] = parsed;
  }
  if ("heading3" in o) {
    const parsed = parse5(o["heading3"]);
    if (parsed === FAIL) return FAIL;
    if (parsed !== undefined) out["heading3"] = parsed;
  }
  if ("heading4" in o) {
    const parsed = parse5(o["heading4"]);
    if (parsed === FAIL) return FAIL;
    if (parsed !== undefined) out["heading4"] = parsed;
  }
  if ("pageNumber" in o) {
    const parsed = parse5(o["pageNumber"]);
    if (parsed === FAIL) return FAIL;
    if (parsed !== undefined) out["pageNumber"] = parsed;
  }
  if ("latin" in o) {
    const parsed = parse5(o["latin"]);
    if (parsed === FAIL) return FAIL;
    if (parsed !== undefined) out["latin"] = parsed;
  }
  return out;
}

function parse3(v: unknown): unknown {
  return v === undefined ? undefined : parse1(v);
}

function parse4(v: unknown): unknown {
  if (typeof v !== "string") return FAIL;
  if (v.length < 1) return FAIL;
  return v;
}

function parse5(v: unknown): unknown {
  return v === undefined ? undefined : parse4(v);
}

function parse6(v: unknown): unknown {
  if (typeof v !== "boolean") return FAIL;
  return v;
}

function parse7(v: unknown): unknown {
  return v === undefined ? undefined : parse6(v);
}

function parse8(v: unknown): unknown {
  let parsed: unknown;
  if ((parsed = parse1(v)) !== FAIL) return parsed;
  if ((parsed = parse2(v)) !== FAIL) return parsed;
  return FAIL;
}

function parse9(v: unknown): unknown {
  return v === undefined ? undefined : parse8(v);
}

const parse10Keys = new Set(["level3"]);
function parse10(v: unknown): unknown {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return FAIL;
  const o = v as Record<string, unknown>;
  for (const key in o) if (!parse10Keys.has(key)) return FAIL;
  const out: Record<string, unknown> = {};
  if ("level3" in o) {
    const parsed = parse12(o["level3"]);
    if (parsed === FAIL) return FAIL;
    if (parsed !== undefined) out["level3"] = parsed;
  }
  return out;
}

function parse11(v: unknown): unknown {
  return ["1.","1、"].includes(v as never) ? v : FAIL;
}

function parse12(v: unknown): unknown {
  return v === undefined ? undefined : parse11(v);
}

function parse13(v: unknown): unknown {
  return v === undefined ? undefined : parse10(v);
}

function parse14(v: unknown): unknown {
  if (typeof v !== "string") return FAIL;
  return v;
}

function parse15(v: unknown): unknown {
  return v === undefined ? undefined : parse14(v);
}

export function parseConfigFile(data: unknown): ConfigFile | undefined {
  const parsed = parse0(data);
  return parsed === FAIL ? undefined : (parsed as ConfigFile);
}
