/**
 * Faults (issue 7, item 3) on the real file system: a missing output directory, a
 * read-only one, a full disk, Ctrl-C while the outputs are written, and the data file
 * changed or deleted during the run. Template faults are in faults-template.test.ts,
 * the same I/O faults with a mocked file system (no root needed) in faults-mocked.test.ts.
 *
 * Read-only and disk-full use real tmpfs mounts: tests run as root (here and in CI),
 * where chmod does not stop writes, but a tmpfs mounted read-only answers EROFS and a
 * tiny one ENOSPC, as a USB stick or a full disk would.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statfsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { BIN, ROOT, runInProcess, scratchProject } from "./helpers/cli.js";
import { checkDocxPackage } from "./helpers/ooxml-check.js";
import { docxSchemaProblems } from "./helpers/ooxml-schema.js";

const HOOK = join(ROOT, "tests/fixtures/faults/hook.mjs");

let dir: string;
let cleanup: () => void;
const mounts: string[] = [];
beforeEach(() => ({ dir, cleanup } = scratchProject()));
afterEach(() => {
  for (const m of mounts.splice(0)) spawnSync("umount", ["-l", m]);
  cleanup();
});

const build = (args: string[]) => runInProcess(["build", "2023", ...args], { cwd: dir });
const read = (path: string) => readFileSync(join(dir, path));
/** Everything in the output directory: the outputs and nothing else (no temp files). */
const listing = (path: string) => readdirSync(join(dir, path)).sort();

/** Every .docx the builds here write, validated against the ECMA-376 schemas in one run at the end. */
const built: { label: string; bytes: Uint8Array }[] = [];
const keepDocx = (path: string) => built.push({ label: `${expect.getState().currentTestName}: ${path}`, bytes: read(path) });
afterAll(async () => expect(await docxSchemaProblems(built)).toEqual([]));

/** Mount a tmpfs of `kb` KiB at dir/<name>; fails the test with the reason when mounting is not allowed. */
function tmpfs(name: string, kb: number): string {
  const at = join(dir, name);
  mkdirSync(at);
  const result = spawnSync("mount", ["-t", "tmpfs", "-o", `size=${kb}k`, "tmpfs", at], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`these tests need to mount a tmpfs (run as root): ${result.stderr || result.error}`);
  mounts.push(at);
  return at;
}

/** Change the data so that a new build differs from the old output. */
function editData(): void {
  const path = join(dir, "data/2023.yaml");
  writeFileSync(path, readFileSync(path, "utf8").replace("organization: 云溪县科学技术局", "organization: 云溪县科技局（新）"));
}

describe("faults on the way out", () => {
  it("a missing output directory is created, nested folders included", async () => {
    const result = await build(["--out-dir", "site/reports/2023"]);
    expect(result.code).toBe(0);
    expect(listing("site/reports/2023")).toEqual(["2023.docx", "2023.md"]);
    keepDocx("site/reports/2023/2023.docx");
  });

  for (const [where, outDir] of [["is", "out"], ["sits below", "out/sub"]]) {
    it(`the output directory ${where} a regular file (ENOTDIR): exit 2, a clear message, no stack`, async () => {
      writeFileSync(join(dir, "out"), "a file where the folder should be");
      const result = await build(["--out-dir", outDir]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(new RegExp(`^error: cannot write ${outDir}/2023\\.docx: ENOTDIR \\(not a directory`, "m"));
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(readFileSync(join(dir, "out"), "utf8")).toBe("a file where the folder should be");
    });
  }

  it("a read-only file system (EROFS): exit 2, a clear message, the previous output intact, no temp files", async () => {
    const out = tmpfs("ro", 256);
    expect((await build(["--out-dir", out])).code).toBe(0);
    keepDocx("ro/2023.docx");
    const before = listing("ro").map((f) => [f, read(`ro/${f}`)]);
    expect(spawnSync("mount", ["-o", "remount,ro", out]).status).toBe(0);
    editData();
    const result = await build(["--out-dir", out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: cannot write ro\/2023\.docx: EROFS \(read-only file system/m);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(listing("ro").map((f) => [f, read(`ro/${f}`)])).toEqual(before);
  });

  it("a full disk (ENOSPC): exit 2, the previous output intact byte for byte, no temp files", async () => {
    const out = tmpfs("small", 64);
    expect((await build(["--out-dir", out])).code).toBe(0);
    keepDocx("small/2023.docx");
    const before = listing("small").map((f) => [f, read(`small/${f}`)]);
    // Fill the disk up to 2 KB: the old files stay, a new .docx cannot be written.
    const { bavail, bsize } = statfsSync(out);
    writeFileSync(join(out, "filler"), Buffer.alloc(Math.max(0, bavail * bsize - 2048)));
    editData();
    const result = await build(["--out-dir", out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: cannot write small\/2023\.docx: ENOSPC/m);
    expect(listing("small").filter((f) => f !== "filler").map((f) => [f, read(`small/${f}`)])).toEqual(before);
  });
});

/** Run the built CLI with the fault hook; resolves when it has ended. */
function spawnWithHook(env: Record<string, string>, onMarker?: (child: ReturnType<typeof spawn>) => void) {
  const marker = join(dir, "marker");
  const child = spawn(process.execPath, [BIN, "build", "2023"], {
    cwd: dir,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LANG: "en_US.UTF-8", NODE_OPTIONS: `--import ${HOOK}`, WR_FAULT_MARKER: marker, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const poll = setInterval(() => {
    if (existsSync(marker)) {
      clearInterval(poll);
      onMarker?.(child);
    }
  }, 10);
  return new Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>((done) =>
    child.on("exit", (code, signal) => {
      clearInterval(poll);
      done({ code, signal, output });
    }),
  );
}

describe("faults during the run (the built binary; `npm run build` first)", () => {
  it("Ctrl-C (SIGINT) while the outputs are written: the process stops, the old files are intact, no temp files", async () => {
    expect((await build([])).code).toBe(0);
    keepDocx("out/2023.docx");
    const before = listing("out").map((f) => [f, read(`out/${f}`)]);
    editData();
    // The hook pauses 20 s with the first temp file open; the test interrupts it there.
    const result = await spawnWithHook({ WR_FAULT_PAUSE_MS: "20000" }, (child) => child.kill("SIGINT"));
    expect(result.signal).toBe("SIGINT");
    expect(result.output).not.toContain("wrote");
    expect(listing("out").map((f) => [f, read(`out/${f}`)])).toEqual(before);
  });

  it("SIGTERM at the same point: the same", async () => {
    expect((await build([])).code).toBe(0);
    keepDocx("out/2023.docx");
    const before = listing("out").map((f) => [f, read(`out/${f}`)]);
    editData();
    const result = await spawnWithHook({ WR_FAULT_PAUSE_MS: "20000" }, (child) => child.kill("SIGTERM"));
    expect(result.signal).toBe("SIGTERM");
    expect(listing("out").map((f) => [f, read(`out/${f}`)])).toEqual(before);
  });

  it("the data file changed mid-run: the outputs are the data as it was read, whole and consistent", async () => {
    const data = join(dir, "data/2023.yaml");
    const result = await spawnWithHook({ WR_FAULT_REPLACE: data, WR_FAULT_TEXT: "year: 2023\norganization: 改过了\n" });
    expect(result).toMatchObject({ code: 0, signal: null });
    const md = read("out/2023.md").toString("utf8");
    expect(md).toMatch(/^# 云溪县科学技术局2023年工作总结及2024年工作计划/);
    expect(md).not.toContain("改过了");
    expect(checkDocxPackage(read("out/2023.docx")).problems).toEqual([]);
    keepDocx("out/2023.docx");
    expect(readFileSync(data, "utf8")).toContain("改过了"); // the user's edit is theirs: never overwritten
  });

  it("the data file deleted mid-run: the build finishes from what it read and never recreates the file", async () => {
    const data = join(dir, "data/2023.yaml");
    const result = await spawnWithHook({ WR_FAULT_DELETE: data });
    expect(result).toMatchObject({ code: 0, signal: null });
    expect(listing("out")).toEqual(["2023.docx", "2023.md"]);
    keepDocx("out/2023.docx");
    expect(existsSync(data)).toBe(false);
  });

  it("the data file deleted before the run: exit 2 with the file name, nothing written", async () => {
    rmSync(join(dir, "data/2023.yaml"));
    const result = await build([]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("cannot read data/2023.yaml: no such file");
    expect(existsSync(join(dir, "out"))).toBe(false);
  });
});
