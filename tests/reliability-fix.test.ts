/**
 * `validate --fix` writes through to the file the user named (issue 17, item 9): a
 * symbolic link is followed (the real file is fixed, the link stays a link), hard links
 * keep sharing the one fixed file, and the file's mode is kept. Through the built binary.
 */
import { chmodSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runBinary, scratchProject } from "./helpers/cli.js";

let project: { dir: string; cleanup: () => void };
let unfixed: string;
beforeEach(() => {
  project = scratchProject();
  // The sample with half-width commas between Chinese characters: each one a fix.
  unfixed = readFileSync(join(project.dir, "data/2023.yaml"), "utf8").replaceAll("，", ",");
});
afterEach(() => project.cleanup());

const fix = (file: string) => runBinary(["validate", "--fix", file], { cwd: project.dir });
const isFixed = (file: string) => !readFileSync(file, "utf8").includes("新认定高新技术企业7家,") && readFileSync(file, "utf8").includes("，");

describe("validate --fix writes through", () => {
  it("follows a symbolic link: the real file is fixed and the link stays a link", () => {
    mkdirSync(join(project.dir, "shared"));
    const real = join(project.dir, "shared/2023.yaml");
    writeFileSync(real, unfixed);
    const link = join(project.dir, "link-2023.yaml");
    symlinkSync(real, link);
    expect(fix("link-2023.yaml").code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(isFixed(real)).toBe(true);
  });

  it("keeps hard links: both names see the fix in one file", () => {
    const a = join(project.dir, "a.yaml");
    const b = join(project.dir, "b.yaml");
    writeFileSync(a, unfixed);
    linkSync(a, b);
    const inode = statSync(a).ino;
    expect(fix("a.yaml").code).toBe(0);
    expect(statSync(a).ino).toBe(inode);
    expect(statSync(b).ino).toBe(inode);
    expect(isFixed(b)).toBe(true);
    expect(readdirTemps()).toEqual([]);
  });

  it.runIf(process.platform !== "win32")("keeps the file's mode (0600 stays 0600)", () => {
    const file = join(project.dir, "private.yaml");
    writeFileSync(file, unfixed);
    chmodSync(file, 0o600);
    expect(fix("private.yaml").code).toBe(0);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(isFixed(file)).toBe(true);
  });
});

function readdirTemps(): string[] {
  return readdirSync(project.dir).filter((n) => n.endsWith(".tmp"));
}
