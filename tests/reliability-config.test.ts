/**
 * report.config.yaml is looked for up to the project's root and never above it, only
 * when it is the user's own and only they can write to it, and a build says which one it
 * used (issue 17, item 10). Through the built binary.
 */
import { chmodSync, chownSync, existsSync, mkdirSync, cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ROOT, runBinary } from "./helpers/cli.js";

let parent: string;
let project: string;
beforeEach(() => {
  parent = mkdtempSync(join(tmpdir(), "work-report-parent-"));
  project = join(parent, "bureau");
  mkdirSync(project);
  cpSync(join(ROOT, "data"), join(project, "data"), { recursive: true });
});
afterEach(() => rmSync(parent, { recursive: true, force: true }));

const HIJACK = "outDir: ../hijacked-out\nfonts: plain\n";

describe("config discovery", () => {
  it("a config above the project's root (the folder with data/) is not applied", () => {
    writeFileSync(join(parent, "report.config.yaml"), HIJACK);
    const result = runBinary(["build", "2023"], { cwd: project });
    expect(result.code, result.stderr).toBe(0);
    expect(existsSync(join(parent, "hijacked-out"))).toBe(false);
    expect(existsSync(join(project, "out/2023.docx"))).toBe(true);
    expect(result.stdout).not.toContain("config:");
  });

  it("from a subfolder of the project, the project's own config is found, and the build says so", () => {
    writeFileSync(join(project, "report.config.yaml"), "outDir: site\n");
    mkdirSync(join(project, "notes"));
    const result = runBinary(["build", "2023", "--data", "../data/2023.yaml"], { cwd: join(project, "notes") });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.split("\n")[0]).toMatch(/^config: \.\.\/report\.config\.yaml · template: built-in · fonts: official /);
    expect(existsSync(join(project, "site/2023.docx"))).toBe(true);
  });

  it.runIf(process.platform !== "win32")("a config others can write to is ignored with a warning", () => {
    const config = join(project, "report.config.yaml");
    writeFileSync(config, HIJACK);
    chmodSync(config, 0o666);
    const result = runBinary(["build", "2023"], { cwd: project });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^report\.config\.yaml:1:1 warning others can write to this config file, so it was ignored \[config\/untrusted\]/m);
    expect(existsSync(join(project, "out/2023.docx"))).toBe(true);
    expect(existsSync(join(parent, "hijacked-out"))).toBe(false);
  });

  it.runIf(process.getuid?.() === 0)("a config that belongs to another user is ignored with a warning", () => {
    const config = join(project, "report.config.yaml");
    writeFileSync(config, HIJACK);
    chownSync(config, 65534, 65534);
    const result = runBinary(["build", "2023"], { cwd: project });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("belongs to another user, so it was ignored");
    expect(existsSync(join(parent, "hijacked-out"))).toBe(false);
  });
});
