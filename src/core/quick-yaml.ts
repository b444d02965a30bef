/**
 * A fast first read of a data file: the block reader (block-yaml.ts) for files in the
 * usual style, else js-yaml, about 9× faster than the `yaml` package, whose document
 * model (every node with its source range) is what diagnostics need positions from. Most
 * files are valid, and for a valid file nobody asks for a position, so validation reads
 * with this first and goes the slow, positioned way only when something is to be
 * reported (README, "Performance"). The CLI loads this file only when the block reader
 * gives up (quick-read.ts).
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
import { readBlockYaml } from "./block-yaml.js";
import { CORE_BOOL, CORE_INT, CORE_NULL, coreBool, coreFloat, coreInt, isCoreFloat } from "./yaml-core.js";

// The core schema's plain-scalar types, with the `yaml` package's tests and values (yaml-core.ts).
const nullType = new Type("tag:yaml.org,2002:null", { kind: "scalar", resolve: (s: string) => CORE_NULL.test(s), construct: () => null });
const boolType = new Type("tag:yaml.org,2002:bool", { kind: "scalar", resolve: (s: string) => CORE_BOOL.test(s), construct: coreBool });
const intType = new Type("tag:yaml.org,2002:int", { kind: "scalar", resolve: (s: string) => CORE_INT.test(s), construct: coreInt });
const floatType = new Type("tag:yaml.org,2002:float", { kind: "scalar", resolve: isCoreFloat, construct: coreFloat });

const CORE_SCHEMA = FAILSAFE_SCHEMA.extend({ implicit: [nullType, boolType, intType, floatType] });

/**
 * Where an anchor (&), alias (*) or tag (!) could start a node, or a directive (%) a line.
 * Broader than YAML's grammar on purpose ("a *b" in plain text matches): such a file
 * just takes the slow way.
 */
const MAY_HOLD_NODE_PROPERTIES = /(?:^|[\s[\]{},])[&*!]|^%/m;

/**
 * A null key (`null:`, `~:`, `:`) is "" in `yaml`'s data and "null" or "~" in js-yaml's;
 * quoted, the same words are keys in both. Any such key is left to `yaml`.
 */
function hasNullKey(data: unknown): boolean {
  const stack = [data];
  while (stack.length) {
    const value = stack.pop();
    if (Array.isArray(value)) stack.push(...value);
    else if (value !== null && typeof value === "object") {
      for (const [key, item] of Object.entries(value)) {
        if (CORE_NULL.test(key)) return true;
        stack.push(item);
      }
    }
  }
  return false;
}

/** The file's data as js-yaml reads it, or undefined when the `yaml` package must read it. */
export function jsYamlLoad(text: string): { data: unknown } | undefined {
  if (MAY_HOLD_NODE_PROPERTIES.test(text)) return undefined;
  try {
    const data = load(text, { schema: CORE_SCHEMA });
    return hasNullKey(data) ? undefined : { data };
  } catch {
    // Whatever the reason, `yaml` will say it with a position, or read it differently.
    return undefined;
  }
}

/** The file's data, or undefined when the `yaml` package must read it: block-yaml.ts first, then js-yaml. */
export function quickLoad(text: string): { data: unknown } | undefined {
  return readBlockYaml(text) ?? jsYamlLoad(text);
}
