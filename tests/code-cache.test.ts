/**
 * The launcher's V8 code cache: written once per build, command and chunk, reused by the
 * next process, never trusted from a folder others can write to, never in the way when bad.
 *
 * Each load runs in a fresh `node` (the launcher compiled with esbuild): inside one
 * process V8 answers a second compile of the same source from memory, which would hide
 * whether the cache file on disk was used.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSync } from "esbuild";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ROOT } from "./helpers/cli.js";

const A = "aaaa1111aaaa1111";
const B = "bbbb2222bbbb2222";
let launcherDir: string;
let launcher: string;
let dir: string;
let cache: string;
let bundle: string;

beforeAll(() => {
  launcherDir = mkdtempSync(join(tmpdir(), "work-report-launcher-"));
  launcher = join(launcherDir, "launch.mjs");
  buildSync({ entryPoints: [join(ROOT, "src/launch/code-cache.ts")], outfile: launcher, bundle: true, format: "esm", platform: "node", logLevel: "error" });
});
afterAll(() => rmSync(launcherDir, { recursive: true, force: true }));

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "work-report-cc-"));
  cache = join(dir, "cache");
  bundle = join(dir, "cli.cjs"); // the entry chunk
  writeBundle(A);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** An entry chunk that requires a second chunk lazily, as esbuild's import() becomes. */
function writeBundle(hash: string, factor = 2) {
  writeFileSync(bundle, `// work-report bundle ${hash}\nexports.main = async (argv) => (await Promise.resolve().then(() => require("./part.cjs"))).times(argv.length);\n`);
  writeFileSync(join(dir, "part.cjs"), `exports.times = (n) => n * ${factor};\n`);
}

/** Loads the bundle in a fresh process, runs main(argv), saves the cache; returns what happened. */
function run(argv: string[], env: Record<string, string> = {}): { cache: string; result: number } {
  const script = `
    const { loadBundle } = await import(${JSON.stringify(launcher)});
    const argv = ${JSON.stringify(argv)};
    const b = loadBundle(${JSON.stringify(bundle)}, argv);
    const result = await b.exports.main(argv);
    b.save();
    console.log(JSON.stringify({ cache: b.cache(), result }));`;
  const p = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
    env: { PATH: process.env.PATH, NODE_COMPILE_CACHE: cache, ...env },
    encoding: "utf8",
  });
  expect(p.stderr).toBe("");
  return JSON.parse(p.stdout);
}

const build = (hash: string) => `${hash}-${process.version}-${process.arch}`;
/** Every cache file, as "<build folder>/<file>". */
const cacheFiles = () => readdirSync(cache).flatMap((folder) => readdirSync(join(cache, folder)).map((f) => `${folder}/${f}`)).sort();

describe("code cache of the bundled CLI", () => {
  it("is written after the first run, for every chunk loaded, and used by the next process", () => {
    expect(run(["build", "2023"])).toEqual({ cache: "missing", result: 4 });
    expect(cacheFiles()).toEqual([`${build(A)}/build-cli.bin`, `${build(A)}/build-part.bin`]);
    const file = join(cache, build(A), "build-cli.bin");
    const written = statSync(file);
    expect(run(["build", "2023"])).toEqual({ cache: "used", result: 4 });
    // Files are written by rename: the same inode means it was not written again.
    expect(statSync(file).ino).toBe(written.ino);
  });

  it("has one file per command (the word after the global options)", () => {
    run(["build", "2023"]);
    run(["--lang", "zh", "validate", "a.yaml"]);
    run(["--help"]);
    expect(cacheFiles().filter((f) => f.endsWith("-cli.bin"))).toEqual([`${build(A)}/build-cli.bin`, `${build(A)}/run-cli.bin`, `${build(A)}/validate-cli.bin`]);
  });

  it("is keyed by the bundle's hash: a rebuilt bundle runs its own code", () => {
    run(["build"]);
    writeBundle(B, 3); // same length, other code: V8 alone would accept the old cache
    expect(run(["build", "x"])).toEqual({ cache: "missing", result: 6 });
    expect(cacheFiles()).toContain(`${build(B)}/build-part.bin`);
  });

  it("keeps the caches of the last four builds only", () => {
    const hashes = ["1", "2", "3", "4", "5", "6"].map((d) => d.repeat(16));
    for (const hash of hashes) {
      writeBundle(hash);
      run(["build"]);
      // Folder times have a coarse resolution on some file systems: make the order plain.
      const t = new Date(Date.now() - (10 - Number(hash[0])) * 60_000);
      utimesSync(join(cache, build(hash)), t, t);
    }
    expect(readdirSync(cache).sort()).toEqual(hashes.slice(2).map(build));
  });

  it("is replaced when V8 rejects it, and the bundle still runs", () => {
    run(["build"]);
    const file = join(cache, build(A), "build-part.bin");
    writeFileSync(file, "not a code cache");
    expect(run(["build"])).toEqual({ cache: "rejected", result: 2 });
    expect(statSync(file).size).toBeGreaterThan("not a code cache".length);
    expect(run(["build"]).cache).toBe("used");
  });

  it("tells how long each chunk took to load with WORK_REPORT_LOAD_TIMES=1", () => {
    run(["x"]);
    const script = `
      const { loadBundle } = await import(${JSON.stringify(launcher)});
      await loadBundle(${JSON.stringify(bundle)}, ["x"]).exports.main(["x"]);`;
    const p = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
      env: { PATH: process.env.PATH, NODE_COMPILE_CACHE: cache, WORK_REPORT_LOAD_TIMES: "1" },
      encoding: "utf8",
    });
    expect(p.status).toBe(0);
    const lines = p.stderr.trim().split("\n");
    expect(lines[0]).toMatch(/^load times \(ms\) +compile +run$/);
    expect(lines.slice(1).map((l) => l.split(/ +/)[0])).toEqual(["cli.cjs", "part.cjs", "all"]);
    for (const line of lines.slice(1)) expect(line).toMatch(/^\S+ +\d+\.\d\d +-?\d+\.\d\d$/);
  });

  it("is off with NODE_DISABLE_COMPILE_CACHE", () => {
    expect(run(["build"], { NODE_DISABLE_COMPILE_CACHE: "1" })).toEqual({ cache: "off", result: 2 });
    expect(() => readdirSync(cache)).toThrow();
  });

  it("where Node has module.enableCompileCache, lets Node cache and requires the chunks as they are", () => {
    const script = `
      const { loadBundle } = await import(${JSON.stringify(launcher)});
      const dirs = [];
      const b = loadBundle(${JSON.stringify(bundle)}, ["a", "b"], process.env, (dir) => (dirs.push(dir), { status: 1 }));
      const result = await b.exports.main(["a", "b"]);
      console.log(JSON.stringify({ cache: b.cache(), result, dirs }));`;
    const env = { PATH: process.env.PATH, NODE_COMPILE_CACHE: cache };
    const p = spawnSync(process.execPath, ["--input-type=module", "-e", script], { env, encoding: "utf8" });
    expect(p.stderr).toBe("");
    expect(JSON.parse(p.stdout)).toEqual({ cache: "node", result: 4, dirs: [join(cache, "node")] });
    expect(statSync(join(cache, "node")).mode & 0o077).toBe(0);
    const off = spawnSync(process.execPath, ["--input-type=module", "-e", script], { env: { ...env, NODE_DISABLE_COMPILE_CACHE: "1" }, encoding: "utf8" });
    expect(JSON.parse(off.stdout)).toEqual({ cache: "off", result: 4, dirs: [] });
  });

  it("the built CLI runs through Node's own require (the path taken with Node's compile cache)", () => {
    const p = spawnSync(process.execPath, ["-e", `require(${JSON.stringify(join(ROOT, "dist/cli/main.cjs"))}).main(["validate", "data/2023.yaml"]).then((c) => process.exit(c))`], { cwd: ROOT, encoding: "utf8" });
    expect(p.stderr).toBe("");
    expect(p.status).toBe(0);
    expect(p.stdout).toContain("1 file checked");
  });

  it("is off for a bundle without the hash line", () => {
    writeFileSync(bundle, "exports.main = async () => 9;\n");
    expect(run(["build"])).toEqual({ cache: "off", result: 9 });
  });

  it.runIf(process.platform !== "win32")("is off in a folder others can write to", () => {
    run(["build"]);
    chmodSync(join(cache, build(A)), 0o777);
    expect(run(["build"])).toEqual({ cache: "off", result: 2 });
    chmodSync(join(cache, build(A)), 0o700);
    chmodSync(cache, 0o777); // whoever can write to the root could swap the build's folder
    expect(run(["build"])).toEqual({ cache: "off", result: 2 });
  });
});
