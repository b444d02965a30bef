/**
 * Loads the bundled CLI (dist/cli.cjs) through a V8 code cache, so a run deserializes
 * compiled code instead of parsing and compiling ~1 MB of JavaScript (the bulk of the
 * start-up cost: see README "Performance"). Node 22 does this with
 * module.enableCompileCache(); Node 20 only offers vm.Script's `cachedData`.
 *
 * One cache file per bundle and command: the cache is written after the first run of a
 * command, so it holds the functions that command compiled (the docx writer for build,
 * none of it for validate). Any failure to read or write the cache only costs speed.
 *
 * Where: $NODE_COMPILE_CACHE when set (Node 22's variable), else a private folder in the
 * temporary directory. NODE_DISABLE_COMPILE_CACHE=1 turns it off (Node's variable too).
 */
import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { constants, Script } from "node:vm";

type Env = Record<string, string | undefined>;

export interface LoadedBundle {
  exports: Record<string, unknown>;
  /** What became of the cache: used, missing (first run), rejected by V8, or off (no safe folder, no hash). */
  cache: "used" | "missing" | "rejected" | "off";
  /** Writes the code cache when there was none or V8 rejected it; never throws. */
  save: () => void;
}

/** A private cache folder, or undefined when none can be had safely. */
function cacheDir(env: Env): string | undefined {
  if (env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  const uid = process.getuid?.();
  const dir = env.NODE_COMPILE_CACHE || join(tmpdir(), `work-report-code-cache${uid === undefined ? "" : `-${uid}`}`);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    // Compiled code from a folder someone else can write to could run their code: refuse it.
    const stat = lstatSync(dir);
    if (!stat.isDirectory() || (uid !== undefined && (stat.uid !== uid || (stat.mode & 0o022) !== 0))) return undefined;
    return dir;
  } catch {
    return undefined;
  }
}

/** The command name (build, validate, …), which picks the cache file; "run" for anything else. */
function commandKey(argv: readonly string[]): string {
  const word = argv.find((arg, i) => !arg.startsWith("-") && argv[i - 1] !== "--lang");
  return word && /^[a-z][a-z-]{0,30}$/.test(word) ? word : "run";
}

function writeAtomically(file: string, bytes: Uint8Array): void {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, bytes);
  renameSync(temp, file);
}

/** Cache files of other bundles (an older build, another Node) are removed when a new one is written. */
function removeStale(dir: string, keep: string): void {
  for (const name of readdirSync(dir)) {
    if (name.endsWith(".bin") && !name.startsWith(keep)) {
      try {
        unlinkSync(join(dir, name));
      } catch {
        // another process removed it first
      }
    }
  }
}

/**
 * Compiles and runs the CommonJS bundle; returns its exports and a `save()` to call when
 * the command is done (it writes the cache if there was none or V8 rejected it).
 */
export function loadBundle(file: string, argv: readonly string[], env: Env = process.env): LoadedBundle {
  const source = readFileSync(file, "utf8");
  const hash = /^\/\/ work-report bundle ([0-9a-f]+)/.exec(source)?.[1];
  const dir = hash ? cacheDir(env) : undefined;
  const prefix = `${hash}-${process.version}-${process.arch}-`;
  const cacheFile = dir && join(dir, `${prefix}${commandKey(argv)}.bin`);

  let cachedData: Buffer | undefined;
  try {
    if (cacheFile) cachedData = readFileSync(cacheFile);
  } catch {
    // no cache yet
  }
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    cachedData,
    // The bundle has no import() of its own; should a dependency use one, Node's loader answers it.
    importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const module = { exports: {} as Record<string, unknown> };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run(module.exports, createRequire(file), module, file, dirname(file));

  const cache = !dir || !cacheFile ? "off" : !cachedData ? "missing" : script.cachedDataRejected ? "rejected" : "used";
  const save = () => {
    if (!dir || !cacheFile || cache === "used") return;
    try {
      writeAtomically(cacheFile, script.createCachedData());
      removeStale(dir, prefix);
    } catch {
      // a read-only or full disk only costs speed
    }
  };
  return { exports: module.exports, cache, save };
}
