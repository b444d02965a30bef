/**
 * YAML 1.2's core schema for plain scalars, as the `yaml` package resolves them: null,
 * booleans, integers (decimal, 0o octal, 0x hex) and floats; anything else is a string.
 * js-yaml's own core schema also takes `0b1`, `1_000` and more as numbers, so both quick
 * readers (quick-yaml.ts, block-yaml.ts) use these instead.
 */
export const CORE_NULL = /^(?:~|[Nn]ull|NULL)?$/;
export const CORE_BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
export const CORE_INT = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;

export function isCoreFloat(s: string): boolean {
  return (
    /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(s) ||
    /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(s) ||
    /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(s)
  );
}

export const coreBool = (s: string): boolean => s[0] === "t" || s[0] === "T";

export function coreInt(s: string): number {
  return s.startsWith("0o") ? parseInt(s.slice(2), 8) : s.startsWith("0x") ? parseInt(s.slice(2), 16) : parseInt(s, 10);
}

export function coreFloat(s: string): number {
  if (/nan$/i.test(s)) return NaN;
  if (/inf$/i.test(s)) return s[0] === "-" ? -Infinity : Infinity;
  return parseFloat(s);
}

/** A plain scalar's value. Most are text, which one character class tells apart quickly. */
export function resolvePlain(s: string): unknown {
  if (!/^[-+.0-9~nNtTfF]|^$/.test(s)) return s;
  if (CORE_NULL.test(s)) return null;
  if (CORE_BOOL.test(s)) return coreBool(s);
  if (CORE_INT.test(s)) return coreInt(s);
  if (isCoreFloat(s)) return coreFloat(s);
  return s;
}
