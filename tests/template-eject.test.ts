/**
 * Issue 20, point 5: `report template eject` through the built binary — the built-in
 * templates copied into the project, report.config.yaml pointed at them, the build the
 * same bytes as before; nothing overwritten on a second run.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ROOT, runBinary, scratchProject } from "./helpers/cli.js";

let project: ReturnType<typeof scratchProject>;
beforeEach(() => (project = scratchProject()));
afterEach(() => project.cleanup());

const at = (...parts: string[]) => join(project.dir, ...parts);
const PARTIALS = ["attachment.md.hbs", "node.md.hbs", "signature.md.hbs"];

describe("report template eject", () => {
  it("copies the templates, writes the config, and the build is byte-identical", () => {
    const before = runBinary(["build", "2023", "--out-dir", "before"], { cwd: project.dir });
    expect(before.code, before.stderr).toBe(0);
    const ejected = runBinary(["template", "eject"], { cwd: project.dir });
    expect(ejected.code, ejected.stderr).toBe(0);
    expect(readFileSync(at("templates/report.md.hbs"), "utf8")).toBe(readFileSync(join(ROOT, "templates/report.md.hbs"), "utf8"));
    for (const name of PARTIALS) expect(readFileSync(at("templates/partials", name), "utf8")).toBe(readFileSync(join(ROOT, "templates/partials", name), "utf8"));
    expect(readFileSync(at("report.config.yaml"), "utf8")).toBe("template: templates/report.md.hbs\n");
    const after = runBinary(["build", "2023", "--out-dir", "after"], { cwd: project.dir });
    expect(after.code, after.stderr).toBe(0);
    expect(after.stdout).toContain("report.config.yaml");
    for (const file of ["2023.docx", "2023.md"]) expect(readFileSync(at("after", file)).equals(readFileSync(at("before", file))), file).toBe(true);
  });

  it("adds template: to an existing config, keeping its comments; a second run overwrites nothing", () => {
    writeFileSync(at("report.config.yaml"), "# 本局格式\nfonts: plain   # 没有 GB2312 字体\n");
    expect(runBinary(["template", "eject"], { cwd: project.dir }).code).toBe(0);
    expect(readFileSync(at("report.config.yaml"), "utf8")).toBe("# 本局格式\nfonts: plain # 没有 GB2312 字体\ntemplate: templates/report.md.hbs\n");
    writeFileSync(at("templates/report.md.hbs"), "# edited\n");
    const again = runBinary(["template", "eject"], { cwd: project.dir });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("kept templates/report.md.hbs: it exists");
    expect(again.stdout).toContain("already points at templates/report.md.hbs");
    expect(readFileSync(at("templates/report.md.hbs"), "utf8")).toBe("# edited\n");
  });

  it("an unknown action is a usage error (exit 2), nothing written", () => {
    const result = runBinary(["template", "export"], { cwd: project.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown action "export"');
    expect(existsSync(at("templates"))).toBe(false);
  });
});
