/**
 * The anchors survive another writer: the built .docx opened and saved again by LibreOffice
 * (which writes a second bookmark start of the same name before each end) still imports
 * into its own data file as "nothing to change", and an edit made in that file comes back.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { runBinary, scratchProject } from "./helpers/cli.js";
import { hasLibreOffice, requireLibreOffice } from "./helpers/libreoffice.js";
import { editDocx } from "./helpers/word-edits.js";

requireLibreOffice();
const project = scratchProject();
afterAll(() => project.cleanup());

describe.runIf(hasLibreOffice() || process.env.CI)("import --into a .docx saved again by LibreOffice", () => {
  it("finds every anchor: nothing to change; a changed title comes back", () => {
    expect(runBinary(["build", "2023"], { cwd: project.dir }).code).toBe(0);
    const lo = join(project.dir, "lo");
    mkdirSync(lo);
    const profile = pathToFileURL(join(project.dir, "profile")).href;
    execFileSync("soffice", [`-env:UserInstallation=${profile}`, "--headless", "--norestore", "--convert-to", "docx:MS Word 2007 XML", "--outdir", lo, join(project.dir, "out/2023.docx")], {
      stdio: "pipe",
      timeout: 180_000,
    });
    const before = readFileSync(join(project.dir, "data/2023.yaml"), "utf8");
    const same = runBinary(["import", "lo/2023.docx", "--into", "data/2023.yaml"], { cwd: project.dir });
    expect(same.code, same.stderr).toBe(0);
    expect(same.stderr).toContain("nothing to change");

    const saved = readFileSync(join(lo, "2023.docx"));
    writeFileSync(join(lo, "edited.docx"), editDocx(saved, (xml) => xml.replace("加强科技人才队伍建设", "加强科技人才引育")));
    const edited = runBinary(["import", "lo/edited.docx", "--into", "data/2023.yaml"], { cwd: project.dir });
    expect(edited.code, edited.stderr).toBe(0);
    expect(readFileSync(join(project.dir, "data/2023.yaml"), "utf8")).toBe(before.replace("title: 加强科技人才队伍建设", "title: 加强科技人才引育"));
  }, 200_000);
});
