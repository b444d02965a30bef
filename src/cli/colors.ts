/**
 * Colour only for a terminal that can show it (not TERM=dumb), and never when NO_COLOR
 * is set (chalk 5 ignores it). FORCE_COLOR still forces it, as chalk documents.
 */
import { Chalk, type ChalkInstance } from "chalk";

export function colorsFor(isTTY: boolean, env: Record<string, string | undefined>, disabled = false): ChalkInstance {
  const forced = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0";
  const off = disabled || (env.NO_COLOR !== undefined && env.NO_COLOR !== "") || ((!isTTY || env.TERM === "dumb") && !forced) || env.FORCE_COLOR === "0";
  return new Chalk({ level: off ? 0 : 1 });
}
