// Generated from src/core/schema.ts by src/core/schema-codegen.ts (npm run schema): do not edit.
// What the schema's safeParse gives as data when it succeeds, else undefined; see schema-codegen.ts.
import type { Report } from "./schema.js";
import { isRealDate } from "./text.js";

const FAIL = Symbol("fail");

const parse0Keys = new Set(["year","organization","title","date","intro","metrics","summary","highlights","problems","outlook","plan","closing","signature"]);
function parse0(v: unknown): unknown {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return FAIL;
  const o = v as Record<string, unknown>;
  for (const key in o) if (!parse0Keys.has(key)) return FAIL;
  const out: Record<string, unknown> = {};
  if ("year" in o) {
    const parsed = parse1(o["year"]);
    if (parsed === FAIL) return FAIL;
    if (parsed !== undefined) out["year"] = parsed;
  } else return FAIL;
  if ("organization" in o) {
    const parsed = parse2(o["organization"]);
    if (parsed === FAIL) return FAIL;
    if (parsed !== undefined) out["organization"] = parsed;
  } else return FAIL;
  if ("title" in o) {
    const parsed = parse4(o["title"]);
    if (parsed === FAIL) return FAIL;
    if (parsed !== undefined) out["title"] = parsed;
  }
  if ("date" in o) {
    const parsed = parse6(o["date"]);
    if (parsed === FAIL) return FAIL;
    if (parsed !== undefined) out["date"] = parsed;
  }
  if ("intro" in o) {
    const parsed = parse9(o["intro"]);
    if (parsed === FAIL) return FAIL;
    if (parsed !== undefined) out["intro"] = parsed;
  }
  if ("metrics" in o) {
    const parsed = parse15(o["metrics"]);
    if (parsed === FAIL) return FAIL;
    if (parsed !== undefined) out["metrics"] = parsed;
  }
  if ("summary" in o) {
    const parsed = parse16(o["summary"]);
    if (parsed === FAIL) return FAIL;
    if (parsed !== undefined) out["summary"] = parsed;
  } else return FAIL;
  if ("highlights" in o) {
    const parsed = parse28(o["highlights"]);
    if (parsed === FAIL) return FAIL;
    if (parsed !== undefined) out["highlights"] = parsed;
  }
  if ("problems" in o) {
    const parsed = parse16(o["problems"]);
    if (parsed === FAIL) return FAIL;
    if (parsed !== undefined) out["problems"] = parsed;
  } else return FAIL;
  if ("outlook" in o) {
    const parsed = parse28(o["outlook"]);
    if (parsed === FAIL) return FAIL;
    if (parsed !== undefined) out["outlook"] = parsed;
  }
  if ("plan" in o) {
    const parsed = parse29(o["plan"]);
    if (parsed === FAIL) return FAIL;
    if (parsed !== undefined) out["plan"] = parsed;
  } else return FAIL;
  if ("closing" in o) {
    const parsed = parse9(o["closing"]);
    if (parsed === FAIL) return FAIL;
    if (parsed !== undefined) out["closing"] = parsed;
  }
  if ("signature" in o) {
    const parsed = parse35(o["signature"]);
    if (parsed === FAIL) return FAIL;
    if (parsed !== undefined) out["signature"] = parsed;
  }
  return out;
}

function parse1(v: unknown): unknown {
  if (typeof v !== "number" || !Number.isFinite(v)) return FAIL;
  if (!Number.isSafeInteger(v)) return FAIL;
  if (!(v >= 1949)) return FAIL;
  if (!(v <= 2100)) return FAIL;
  return v;
}

function parse2(v: unknown): unknown {
  if (typeof v !== "string") return FAIL;
  if (v.length < 1) return FAIL;
  return v;
}

function parse3(v: unknown): unknown {
  if (typeof v !== "string") return FAIL;
  return v;
}

function parse4(v: unknown): unknown {
  return v === undefined ? undefined : parse3(v);
}

function parse5(v: unknown): unknown {
  if (typeof v !== "string") return FAIL;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return FAIL;
  if (!isRealDate(v)) return FAIL;
  return v;
}

function parse6(v: unknown): unknown {
  return v === undefined ? undefined : parse5(v);
}

function parse7(v: unknown): unknown {
  if (!Array.isArray(v)) return FAIL;
  const out: unknown[] = [];
  for (const item of v) {
    const parsed = parse3(item);
    if (parsed === FAIL) return FAIL;
    out.push(parsed);
  }
  return out;
}

function parse8(v: unknown): unknown {
  let parsed: unknown;
  if ((parsed = parse3(v)) !== FAIL) return parsed;
  if ((parsed = parse7(v)) !== FAIL) return parsed;
  return FAIL;
}

function parse9(v: unknown): unknown {
  return v === undefined ? undefined : parse8(v);
}

const parse10Keys = new Set(["id","label","value","unit","previous","target","note"]);
function parse10(v: unknown): unknown {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return FAIL;
  const o = v as Record<string, unknown>;
  for (const key in o) if (!parse10Keys.has(key)) return FAIL;
  const out: Record<string, unknown> = {};
  if ("id" in o) {
    const parsed = parse11(o["id"]);
    if (parsed === FAIL) return FAIL;
    if (parsed !== undefined) out["id"] = parsed;
  } else return FAIL;
  if ("label" in o) {
    const parsed = parse3(o["label"]);
    if (parsed === FAIL) return FAIL;
    if (parsed !== undefined) out["label"] = parsed;
  } else return FAIL;
  if ("value" in o) {
    const parsed = parse12(o["value"]);
    if (parsed === FAIL) return FAIL;
    if (parsed !== undefined) out["value"] = parsed;
  } else return FAIL;
  if ("unit" in o) {
    const parsed = parse3(o["unit"]);
    if (parsed === FAIL) return FAIL;
    if (parsed !== undefined) out["unit"] = parsed;
  } else return FAIL;
  if ("previous" in o) {
    const parsed = parse13(o["previous"]);
    if (parsed === FAIL) return FAIL;
    if (parsed !== undefined) out["previous"] = parsed;
  }
  if ("target" in o) {
    const parsed = parse13(o["target"]);
    if (parsed === FAIL) return FAIL;
    if (parsed !== undefined) out["target"] = parsed;
  }
  if ("note" in o) {
    const parsed = parse4(o["note"]);
    if (parsed === FAIL) return FAIL;
    if (parsed !== undefined) out["note"] = parsed;
  }
  return out;
}

function parse11(v: unknown): unknown {
  if (typeof v !== "string") return FAIL;
  if (!/^[a-z][a-z0-9_]*$/.test(v)) return FAIL;
  return v;
}

function parse12(v: unknown): unknown {
  if (typeof v !== "number" || !Number.isFinite(v)) return FAIL;
  return v;
}

function parse13(v: unknown): unknown {
  return v === undefined ? undefined : parse12(v);
}

function parse14(v: unknown): unknown {
  if (!Array.isArray(v)) return FAIL;
  const out: unknown[] = [];
  for (const item of v) {
    const parsed = parse10(item);
    if (parsed === FAIL) return FAIL;
    out.push(parsed);
  }
  return out;
}

function parse15(v: unknown): unknown {
  return v === undefined ? undefined : parse14(v);
}

const parse16Keys = new Set(["heading","intro","items"]);
function parse16(v: unknown): unknown {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return FAIL;
  const o = v as Record<string, unknown>;
  for (const key in o) if (!parse16Keys.has(key)) return FAIL;
  const out: Record<string, unknown> = {};
  if ("heading" in o) {
    const parsed = parse4(o["heading"]);
    if (parsed === FAIL) return FAIL;
    if (parsed !== undefined) out["heading"] = parsed;
  }
  if ("intro" in o) {
    const parsed = parse9(o["intro"]);
    if (parsed === FAIL) return FAIL;
    if (parsed !== undefined) out["intro"] = parsed;
  }
  if ("items" in o) {
    const parsed = parse27(o["items"]);
    if (parsed === FAIL) return FAIL;
    if (parsed !== undefined) out["items"] = parsed;
  }
  return out;
}

const parse17Keys = new Set(["id","title","runIn","body","points","pointStyle","items"]);
function parse17(v: unknown): unknown {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return FAIL;
  const o = v as Record<string, unknown>;
  for (const key in o) if (!parse17Keys.has(key)) return FAIL;
  const out: Record<string, unknown> = {};
  if ("id" in o) {
    const parsed = parse19(o["id"]);
    if (parsed === FAIL) return FAIL;
    if (parsed !== undefined) out["id"] = parsed;
  }
  if ("title" in o) {
    const parsed = parse4(o["title"]);
    if (parsed === FAIL) return FAIL;
    if (parsed !== undefined) out["title"] = parsed;
  }
  if ("runIn" in o) {
    const parsed = parse21(o["runIn"]);
    if (parsed === FAIL) return FAIL;
    if (parsed !== undefined) out["runIn"] = parsed;
  }
  if ("body" in o) {
    const parsed = parse9(o["body"]);
    if (parsed === FAIL) return FAIL;
    if (parsed !== undefined) out["body"] = parsed;
  }
  if ("points" in o) {
    const parsed = parse23(o["points"]);
    if (parsed === FAIL) return FAIL;
    if (parsed !== undefined) out["points"] = parsed;
  }
  if ("pointStyle" in o) {
    const parsed = parse25(o["pointStyle"]);
    if (parsed === FAIL) return FAIL;
    if (parsed !== undefined) out["pointStyle"] = parsed;
  }
  if ("items" in o) {
    const parsed = parse27(o["items"]);
    if (parsed === FAIL) return FAIL;
    if (parsed !== undefined) out["items"] = parsed;
  }
  return out;
}

function parse18(v: unknown): unknown {
  if (typeof v !== "string") return FAIL;
  if (!/^[a-z][a-z0-9-]*$/.test(v)) return FAIL;
  return v;
}

function parse19(v: unknown): unknown {
  return v === undefined ? undefined : parse18(v);
}

function parse20(v: unknown): unknown {
  if (typeof v !== "boolean") return FAIL;
  return v;
}

function parse21(v: unknown): unknown {
  return v === undefined ? undefined : parse20(v);
}

function parse22(v: unknown): unknown {
  if (!Array.isArray(v)) return FAIL;
  const out: unknown[] = [];
  for (const item of v) {
    const parsed = parse8(item);
    if (parsed === FAIL) return FAIL;
    out.push(parsed);
  }
  return out;
}

function parse23(v: unknown): unknown {
  return v === undefined ? undefined : parse22(v);
}

function parse24(v: unknown): unknown {
  return ["一是","（1）","①"].includes(v as never) ? v : FAIL;
}

function parse25(v: unknown): unknown {
  return v === undefined ? undefined : parse24(v);
}

function parse26(v: unknown): unknown {
  if (!Array.isArray(v)) return FAIL;
  const out: unknown[] = [];
  for (const item of v) {
    const parsed = parse17(item);
    if (parsed === FAIL) return FAIL;
    out.push(parsed);
  }
  return out;
}

function parse27(v: unknown): unknown {
  return v === undefined ? undefined : parse26(v);
}

function parse28(v: unknown): unknown {
  return v === undefined ? undefined : parse16(v);
}

const parse29Keys = new Set(["heading","intro","items","targets"]);
function parse29(v: unknown): unknown {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return FAIL;
  const o = v as Record<string, unknown>;
  for (const key in o) if (!parse29Keys.has(key)) return FAIL;
  const out: Record<string, unknown> = {};
  if ("heading" in o) {
    const parsed = parse4(o["heading"]);
    if (parsed === FAIL) return FAIL;
    if (parsed !== undefined) out["heading"] = parsed;
  }
  if ("intro" in o) {
    const parsed = parse9(o["intro"]);
    if (parsed === FAIL) return FAIL;
    if (parsed !== undefined) out["intro"] = parsed;
  }
  if ("items" in o) {
    const parsed = parse27(o["items"]);
    if (parsed === FAIL) return FAIL;
    if (parsed !== undefined) out["items"] = parsed;
  }
  if ("targets" in o) {
    const parsed = parse33(o["targets"]);
    if (parsed === FAIL) return FAIL;
    if (parsed !== undefined) out["targets"] = parsed;
  }
  return out;
}

const parse30Keys = new Set(["text","metric","value","unit"]);
function parse30(v: unknown): unknown {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return FAIL;
  const o = v as Record<string, unknown>;
  for (const key in o) if (!parse30Keys.has(key)) return FAIL;
  const out: Record<string, unknown> = {};
  if ("text" in o) {
    const parsed = parse3(o["text"]);
    if (parsed === FAIL) return FAIL;
    if (parsed !== undefined) out["text"] = parsed;
  } else return FAIL;
  if ("metric" in o) {
    const parsed = parse31(o["metric"]);
    if (parsed === FAIL) return FAIL;
    if (parsed !== undefined) out["metric"] = parsed;
  }
  if ("value" in o) {
    const parsed = parse13(o["value"]);
    if (parsed === FAIL) return FAIL;
    if (parsed !== undefined) out["value"] = parsed;
  }
  if ("unit" in o) {
    const parsed = parse4(o["unit"]);
    if (parsed === FAIL) return FAIL;
    if (parsed !== undefined) out["unit"] = parsed;
  }
  return out;
}

function parse31(v: unknown): unknown {
  return v === undefined ? undefined : parse11(v);
}

function parse32(v: unknown): unknown {
  if (!Array.isArray(v)) return FAIL;
  const out: unknown[] = [];
  for (const item of v) {
    const parsed = parse30(item);
    if (parsed === FAIL) return FAIL;
    out.push(parsed);
  }
  return out;
}

function parse33(v: unknown): unknown {
  return v === undefined ? undefined : parse32(v);
}

const parse34Keys = new Set(["organization","date"]);
function parse34(v: unknown): unknown {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return FAIL;
  const o = v as Record<string, unknown>;
  for (const key in o) if (!parse34Keys.has(key)) return FAIL;
  const out: Record<string, unknown> = {};
  if ("organization" in o) {
    const parsed = parse4(o["organization"]);
    if (parsed === FAIL) return FAIL;
    if (parsed !== undefined) out["organization"] = parsed;
  }
  if ("date" in o) {
    const parsed = parse6(o["date"]);
    if (parsed === FAIL) return FAIL;
    if (parsed !== undefined) out["date"] = parsed;
  }
  return out;
}

function parse35(v: unknown): unknown {
  return v === undefined ? undefined : parse34(v);
}

export function parseReport(data: unknown): Report | undefined {
  const parsed = parse0(data);
  return parsed === FAIL ? undefined : (parsed as Report);
}
