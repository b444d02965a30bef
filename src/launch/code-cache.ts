/**
 * Loads the bundled CLI (dist/cli/main.cjs and the chunks it requires) through a V8 code
 * cache, so a run deserializes compiled code instead of parsing and compiling it: the
 * bulk of the start-up cost (docs/performance.md). Where Node has
 * module.enableCompileCache() (22.1 and later) it does this itself and the bundle is
 * simply required; Node 20 only offers vm.Script's `cachedData`, for scripts, so the
 * build turns esbuild's ES-module chunks into CommonJS ones (scripts/build.mjs) and this
 * file compiles them with it.
 *
 * A chunk is loaded when first required, so a command compiles only its own chunks
 * (validate never loads the docx writer). Each command has its own cache files, written
 * after its first run: they hold what that command compiled. Any failure to read or
 * write the cache only costs speed.
 *
 * Where: $NODE_COMPILE_CACHE when set (Node 22's variable), else a private folder in the
 * temporary directory; one sub-folder per build and Node version, the last few kept.
 * NODE_DISABLE_COMPILE_CACHE=1 turns it off (Node's variable too).
 * WORK_REPORT_LOAD_TIMES=1 prints how long each chunk took to load (load-times.ts).
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import * as nodeModule from "node:module";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { constants, Script } from "node:vm";
import { loadTimes } from "./load-times.js";

type Env = Record<string, string | undefined>;

/** "node": Node's own compile cache, which it reads and writes itself. */
export type CacheState = "used" | "missing" | "rejected" | "off" | "node";

/** module.enableCompileCache where Node has it (22.1 and later). */
export type EnableCompileCache = (directory?: string) => { status: number };

const nodeCompileCache = (nodeModule as { enableCompileCache?: EnableCompileCache }).enableCompileCache;

export interface LoadedBundle {
  exports: Record<string, unknown>;
  /** The cache of the chunks loaded so far: used (all of them), missing (first run), rejected by V8, or off. */
  cache: () => CacheState;
  /** Writes the cache of every chunk that had none or had it rejected; never throws. */
  save: () => void;
}

const BUILD_FOLDER = /^[0-9a-f]{16}-v\d+\.\d+\.\d+-[a-z0-9]+$/;
/** Cache files of the single-file bundle of earlier versions, kept in the root. */
const OLD_FILE = /^[0-9a-f]{16}-v\d+\.\d+\.\d+-[a-z0-9]+-[a-z-]+\.bin$/;
/** Build folders kept, the current one included. */
const KEEP_BUILDS = 4;

/** A folder only this user can write to, or undefined when none can be had safely. */
function privateDir(dir: string): string | undefined {
  const uid = process.getuid?.();
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

function cacheRoot(env: Env): string {
  const uid = process.getuid?.();
  return env.NODE_COMPILE_CACHE || join(tmpdir(), `work-report-code-cache${uid === undefined ? "" : `-${uid}`}`);
}

/** The command name (build, validate, …), which picks the cache files; "run" for anything else. */
function commandKey(argv: readonly string[]): string {
  const word = argv.find((arg, i) => !arg.startsWith("-") && argv[i - 1] !== "--lang");
  return word && /^[a-z][a-z-]{0,30}$/.test(word) ? word : "run";
}

function writeAtomically(file: string, bytes: Uint8Array): void {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, bytes);
  renameSync(temp, file);
}

/**
 * Removes the cache folders of older builds, keeping the most recent few (two checkouts
 * or versions used side by side should not evict each other), and the files the
 * single-file bundle of earlier versions kept in the root. Only names this module gives
 * are touched: the root may be a folder the user chose.
 */
function removeOldBuilds(root: string, current: string): void {
  const folders: Array<{ path: string; mtime: number }> = [];
  for (const name of readdirSync(root)) {
    const path = join(root, name);
    try {
      if (OLD_FILE.test(name)) unlinkSync(path);
      else if (BUILD_FOLDER.test(name) && name !== current) folders.push({ path, mtime: statSync(path).mtimeMs });
    } catch {
      // removed by another process
    }
  }
  folders.sort((a, b) => b.mtime - a.mtime);
  for (const { path } of folders.slice(KEEP_BUILDS - 1)) {
    try {
      for (const file of readdirSync(path)) if (/\.(bin|tmp)$/.test(file)) unlinkSync(join(path, file));
      rmdirSync(path);
    } catch {
      // in use, or removed by another process
    }
  }
}

const WRAPPER = ["(function (exports, require, module, __filename, __dirname) {", "\n})"];

/**
 * Loads the bundle's entry chunk and returns its exports. With Node's own compile cache
 * the chunks are required as they are; else each chunk it requires ("./x.cjs") is read
 * from the same folder and compiled with its own cache file.
 */
export function loadBundle(entry: string, argv: readonly string[], env: Env = process.env, enableCompileCache = nodeCompileCache): LoadedBundle {
  if (enableCompileCache) return loadWithNodeCache(entry, env, enableCompileCache);
  const folder = dirname(entry);
  const source = readFileSync(entry, "utf8");
  const buildId = /^\/\/ work-report bundle ([0-9a-f]{16})\b/.exec(source)?.[1];
  const root = cacheRoot(env);
  const buildName = `${buildId}-${process.version}-${process.arch}`;
  // Both levels are checked: whoever can write to the root could swap the build's folder.
  const cacheDir = buildId && !env.NODE_DISABLE_COMPILE_CACHE && privateDir(root) ? privateDir(join(root, buildName)) : undefined;
  const command = commandKey(argv);
  const nodeRequire = nodeModule.createRequire(entry);

  const modules = new Map<string, { exports: Record<string, unknown> }>();
  const states: CacheState[] = [];
  const unsaved: Array<{ script: Script; file: string }> = [];
  const timed = loadTimes(env);

  const load = (file: string, text?: string) => {
    const timer = timed?.(file);
    text ??= readFileSync(file, "utf8");
    const cacheFile = cacheDir && join(cacheDir, `${command}-${basename(file, ".cjs")}.bin`);
    let cachedData: Buffer | undefined;
    try {
      if (cacheFile && existsSync(cacheFile)) cachedData = readFileSync(cacheFile);
    } catch {
      // unreadable: compile without it
    }
    const script = new Script(WRAPPER[0] + text + WRAPPER[1], {
      filename: file,
      cachedData,
      // The chunks have no import() of their own; should a dependency use one, Node's loader answers it.
      importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
    });
    const state: CacheState = !cacheFile ? "off" : !cachedData ? "missing" : script.cachedDataRejected ? "rejected" : "used";
    states.push(state);
    if (cacheFile && state !== "used") unsaved.push({ script, file: cacheFile });
    const module = { exports: {} as Record<string, unknown> };
    modules.set(file, module);
    timer?.compiled();
    const run = script.runInThisContext() as (...args: unknown[]) => void;
    run(module.exports, requireChunk, module, file, folder);
    timer?.done();
    return module.exports;
  };

  function requireChunk(id: string): unknown {
    if (!id.startsWith("./")) return nodeRequire(id);
    const file = join(folder, id.replace(/\.js$/, ".cjs"));
    return modules.get(file)?.exports ?? load(file);
  }

  const exports = load(entry, source);
  return {
    exports,
    cache: () => (states.includes("off") ? "off" : states.includes("rejected") ? "rejected" : states.includes("missing") ? "missing" : "used"),
    save: () => {
      if (!cacheDir || unsaved.length === 0) return;
      try {
        for (const { script, file } of unsaved.splice(0)) writeAtomically(file, script.createCachedData());
        removeOldBuilds(root, buildName);
      } catch {
        // a read-only or full disk only costs speed
      }
    },
  };
}

/**
 * Node's own compile cache, in the same private folder (a sub-folder of its own; Node
 * keys each file by its content). Node honours NODE_DISABLE_COMPILE_CACHE itself.
 */
function loadWithNodeCache(entry: string, env: Env, enableCompileCache: EnableCompileCache): LoadedBundle {
  const root = cacheRoot(env);
  const dir = !env.NODE_DISABLE_COMPILE_CACHE && privateDir(root) ? privateDir(join(root, "node")) : undefined;
  if (dir) enableCompileCache(dir);
  const exports = nodeModule.createRequire(entry)(entry) as Record<string, unknown>;
  return { exports, cache: () => (dir ? "node" : "off"), save: () => undefined };
}
