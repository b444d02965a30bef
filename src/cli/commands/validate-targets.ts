/**
 * What `report validate` checks: the files named, the *.yaml files of a folder named, the
 * files a glob matches (`'data/*.yaml'`, quoted, or on Windows, where no shell expands
 * it), or with nothing named, the data directory — as eslint and prettier take them.
 * Globs go to tinyglobby, loaded only when there is one.
 */
import { readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import type { CommandContext } from "../context.js";
import { EXIT, ExitError } from "../exit-codes.js";
import { readError } from "../fs-errors.js";
import { validateMessages } from "./validate-messages.js";

const GLOB = /[*?[\]{}]/;

/** Every *.yaml (and *.yml) file of a folder, by name; none is a usage error. */
export function dataFiles(dir: string, shown: string, ctx: CommandContext): string[] {
  const m = validateMessages(ctx.lang);
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw Object.assign(new Error("not a directory"), { code: "ENOTDIR" });
    names = readdirSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new ExitError(m.noDataDir(shown), EXIT.usage, m.noDataDirHint());
    throw readError(error, shown, ctx.lang);
  }
  const files = names.filter((n) => /\.ya?ml$/i.test(n) && !n.startsWith(".")).sort();
  if (!files.length) throw new ExitError(m.noDataFiles(shown), EXIT.usage, m.noDataDirHint());
  return files.map((n) => join(dir, n));
}

const isDirectory = (path: string) => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};
const exists = (path: string) => {
  try {
    return Boolean(statSync(path));
  } catch {
    return false;
  }
};

/**
 * The arguments as files (paths as the user would write them, relative to the working
 * directory); "-" stays. A folder without data files or a glob matching nothing is a
 * usage error for that argument only: `fail` reports it and the others are checked.
 */
export async function expandTargets(args: readonly string[], ctx: CommandContext, shown: (path: string) => string, fail: (error: unknown) => void): Promise<string[]> {
  const out: string[] = [];
  for (const arg of args) {
    try {
      out.push(...(await expand(arg, ctx, shown)));
    } catch (error) {
      fail(error);
    }
  }
  return out;
}

async function expand(arg: string, ctx: CommandContext, shown: (path: string) => string): Promise<string[]> {
  const cwd = ctx.io.cwd;
  const path = resolve(cwd, arg);
  if (arg !== "-" && isDirectory(path)) return dataFiles(path, shown(path), ctx).map(shown);
  if (arg === "-" || exists(path) || !GLOB.test(arg)) return [arg];
  const { glob } = await import("tinyglobby");
  const found = (await glob(arg.replace(/\\/g, "/"), { cwd, onlyFiles: true, dot: false })).sort();
  if (!found.length) throw new ExitError(validateMessages(ctx.lang).noMatch(arg), EXIT.usage);
  return found.map((f) => shown(resolve(cwd, f)));
}
