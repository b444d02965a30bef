/**
 * All outputs of one build move together (issue 17, item 8): a failure before the renames
 * leaves every old output as it was, and concurrent builds of one project are serialised
 * by a lock file in the output folder, so the .docx and the .md always come from the same
 * build. Through the built binary.
 */
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BIN, runBinary, scratchProject } from "./helpers/cli.js";

let project: { dir: string; cleanup: () => void };
beforeEach(() => (project = scratchProject()));
afterEach(() => project.cleanup());

const read = (file: string) => readFileSync(join(project.dir, file));
const docxText = (file: string) => strFromU8(unzipSync(read(file))["word/document.xml"]!);

/** A second data file for 2023 with another organization, to tell the two builds' outputs apart. */
function otherYear(): string {
  const file = join(project.dir, "other.yaml");
  writeFileSync(file, readFileSync(join(project.dir, "data/2023.yaml"), "utf8").replace(/^organization: .*$/m, "organization: 另一个县科学技术局"));
  return file;
}

function buildAsync(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, "build", "2023", ...args], { cwd: project.dir, env: { PATH: process.env.PATH, LANG: "en_US.UTF-8" } });
    let stderr = "";
    child.stderr.on("data", (c) => (stderr += c));
    child.on("close", (code) => resolve({ code, stderr }));
  });
}

describe("outputs of one build", () => {
  it("with out/2023.md a directory: exit 2, and out/2023.docx is the old one, untouched", () => {
    expect(runBinary(["build", "2023"], { cwd: project.dir }).code).toBe(0);
    const before = read("out/2023.docx");
    rmSync(join(project.dir, "out/2023.md"));
    mkdirSync(join(project.dir, "out/2023.md"));
    const result = runBinary(["build", "2023", "--data", otherYear()], { cwd: project.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/out\/2023\.md/);
    expect(read("out/2023.docx").equals(before)).toBe(true);
    expect(existsSync(join(project.dir, "out/.report.lock"))).toBe(false);
  });

  // The renames of one build take microseconds, so a race is rare here (3 of 50 rounds before
  // the lock): the test below, where a live lock is waited for, is the deterministic one.
  it("two builds of different data at once: each round leaves the .docx and .md of one build", async () => {
    const other = otherYear();
    for (let round = 0; round < 5; round++) {
      const results = await Promise.all([buildAsync([]), buildAsync(["--data", other])]);
      for (const r of results) expect(r.code, r.stderr).toBe(0);
      const md = read("out/2023.md").toString("utf8");
      const fromOther = md.includes("另一个县科学技术局");
      expect(docxText("out/2023.docx").includes("另一个县科学技术局"), `round ${round}`).toBe(fromOther);
    }
    expect(existsSync(join(project.dir, "out/.report.lock"))).toBe(false);
  });

  it("a lock left by a process that is gone is taken over", () => {
    mkdirSync(join(project.dir, "out"));
    writeFileSync(join(project.dir, "out/.report.lock"), "999999999\n");
    expect(runBinary(["build", "2023"], { cwd: project.dir }).code).toBe(0);
    expect(existsSync(join(project.dir, "out/.report.lock"))).toBe(false);
  });

  it("a lock held by a live process is waited for", async () => {
    mkdirSync(join(project.dir, "out"));
    const lock = join(project.dir, "out/.report.lock");
    writeFileSync(lock, `${process.pid}\n`);
    setTimeout(() => rmSync(lock), 400);
    const started = Date.now();
    const result = await buildAsync([]);
    expect(result.code, result.stderr).toBe(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(400);
    expect(existsSync(join(project.dir, "out/2023.docx"))).toBe(true);
  });

  it("--format that names no format is a usage error (exit 2), nothing written", () => {
    for (const format of [",,", ""]) {
      const result = runBinary(["build", "2023", "--format", format], { cwd: project.dir });
      expect(result.code, format).toBe(2);
      expect(result.stderr).toContain("--format names no format");
    }
    expect(existsSync(join(project.dir, "out"))).toBe(false);
  });
});
