/**
 * A fast first read of a data file, with js-yaml: about 9× faster than the `yaml`
 * package, whose document model (every node with its source range) is what diagnostics
 * need positions from. Most files are valid, and for a valid file nobody asks for a
 * position, so validate-source.ts reads with this first and goes the slow, positioned way
 * only when something is to be reported (README, "Performance").
 *
 * It must give exactly the data the `yaml` package gives, or nothing:
 * - scalars resolve by YAML 1.2's core schema as `yaml` implements it (js-yaml's own core
 *   schema also takes `0b1`, `1_000` and more as numbers), below;
 * - anchors, aliases, tags and directives are left to `yaml` (alias-bomb limits,
 *   custom tags): any text that may hold one is not read here;
 * - whatever js-yaml refuses (duplicate keys, control characters, bad syntax, several
 *   documents) is left to `yaml`, which explains it with a position.
 * tests/quick-yaml.test.ts compares the two on every fixture and on generated reports.
 */

import { FAILSAFE_SCHEMA, load, Type } from "js-yaml";

// The core schema's plain-scalar types, with the `yaml` package's tests and values.
const nullType = new Type("tag:yaml.org,2002:null", {
  kind: "scalar",
  resolve: (s: string) => /^(?:~|[Nn]ull|NULL)?$/.test(s),
  construct: () => null,
});
const boolType = new Type("tag:yaml.org,2002:bool", {
  kind: "scalar",
  resolve: (s: string) => /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(s),
  construct: (s: string) => s[0] === "t" || s[0] === "T",
});
const intType = new Type("tag:yaml.org,2002:int", {
  kind: "scalar",
  resolve: (s: string) => /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/.test(s),
  construct: (s: string) => (s.startsWith("0o") ? parseInt(s.slice(2), 8) : s.startsWith("0x") ? parseInt(s.slice(2), 16) : parseInt(s, 10)),
});
const floatType = new Type("tag:yaml.org,2002:float", {
  kind: "scalar",
  resolve: (s: string) =>
    /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(s) ||
    /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(s) ||
    /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(s),
  construct: (s: string) => {
    if (/nan$/i.test(s)) return NaN;
    if (/inf$/i.test(s)) return s[0] === "-" ? -Infinity : Infinity;
    return parseFloat(s);
  },
});

const CORE_SCHEMA = FAILSAFE_SCHEMA.extend({ implicit: [nullType, boolType, intType, floatType] });

/**
 * Where an anchor (&), alias (*) or tag (!) could start a node, or a directive (%) a line.
 * Broader than YAML's grammar on purpose ("a *b" in plain text matches): such a file
 * just takes the slow way.
 */
const MAY_HOLD_NODE_PROPERTIES = /(?:^|[\s[\]{},])[&*!]|^%/m;

/** The file's data, or undefined when the `yaml` package must read it. */
export function quickLoad(text: string): { data: unknown } | undefined {
  if (MAY_HOLD_NODE_PROPERTIES.test(text)) return undefined;
  try {
    return { data: load(text, { schema: CORE_SCHEMA }) };
  } catch {
    // Whatever the reason, `yaml` will say it with a position, or read it differently.
    return undefined;
  }
}
