/**
 * Issue 20, point 6: `--format pdf` through the built binary. The real conversion is
 * tested once, in house-style.test.ts (LibreOffice takes seconds); here a stand-in
 * soffice on PATH shows how it is found and called (a private profile per run), and the
 * failures: LibreOffice missing or failing is exit 2 with how to install it, and nothing is
 * written — not the .docx or .md either, and earlier outputs stay as they were.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runBinary, scratchProject } from "./helpers/cli.js";

let project: ReturnType<typeof scratchProject>;
beforeEach(() => (project = scratchProject()));
afterEach(() => project.cleanup());

const at = (...parts: string[]) => join(project.dir, ...parts);

/** A stand-in soffice: logs its arguments and writes a "PDF" where LibreOffice would. */
function fakeSoffice(): string {
  const bin = at("fake-bin");
  mkdirSync(bin);
  const script = [
    "#!/bin/sh",
    `echo "$@" >> "${at("soffice.log")}"`,
    'for last; do :; done',
    'out=""; prev=""',
    'for a; do if [ "$prev" = "--outdir" ]; then out="$a"; fi; prev="$a"; done',
    'printf "%%PDF-1.4 stand-in" > "$out/$(basename "$last" .docx).pdf"',
  ].join("\n");
  writeFileSync(join(bin, "soffice"), script + "\n");
  chmodSync(join(bin, "soffice"), 0o755);
  return bin;
}

describe("report build --format pdf", () => {
  it("finds soffice on PATH, gives each run its own profile, writes the PDF beside the others", () => {
    const bin = fakeSoffice();
    const env = { PATH: `${bin}:${process.env.PATH}` };
    for (let i = 0; i < 2; i++) {
      const built = runBinary(["build", "2023", "--format", "docx,md,pdf"], { cwd: project.dir, env });
      expect(built.code, built.stderr).toBe(0);
      expect(built.stdout).toMatch(/out\/2023\.pdf/);
    }
    expect(readFileSync(at("out/2023.pdf"), "utf8")).toBe("%PDF-1.4 stand-in");
    expect(existsSync(at("out/2023.docx")) && existsSync(at("out/2023.md"))).toBe(true);
    const runs = readFileSync(at("soffice.log"), "utf8").trim().split("\n");
    expect(runs).toHaveLength(2);
    const profiles = runs.map((line) => /-env:UserInstallation=(file:\S+)/.exec(line)?.[1]);
    expect(profiles[0]).toBeTruthy();
    expect(profiles[0]).not.toBe(profiles[1]);
    for (const line of runs) expect(line).toMatch(/--headless .*--convert-to pdf --outdir \S+ \S+\.docx$/);
    // The temporary folder (profile included) is gone.
    expect(existsSync(new URL(profiles[0]!).pathname)).toBe(false);
  });

  it("without --format, no PDF (it needs LibreOffice): docx and md as before", () => {
    const built = runBinary(["build", "2023"], { cwd: project.dir, env: { REPORT_SOFFICE: "/nonexistent/soffice" } });
    expect(built.code, built.stderr).toBe(0);
    expect(existsSync(at("out/2023.pdf"))).toBe(false);
  });

  it("LibreOffice missing: exit 2, how to install it, nothing written and the earlier outputs intact", () => {
    mkdirSync(at("out"));
    writeFileSync(at("out/2023.md"), "earlier");
    const built = runBinary(["build", "2023", "--format", "docx,md,pdf"], { cwd: project.dir, env: { REPORT_SOFFICE: "/nonexistent/soffice" } });
    expect(built.code).toBe(2);
    expect(built.stderr).toContain("a PDF needs LibreOffice");
    expect(built.stderr).toContain("apt-get install libreoffice-writer");
    expect(built.stderr).toContain("brew install --cask libreoffice");
    expect(readFileSync(at("out/2023.md"), "utf8")).toBe("earlier");
    expect(existsSync(at("out/2023.docx")) || existsSync(at("out/2023.pdf"))).toBe(false);
  });

  it("LibreOffice failing: exit 2 in Chinese too, nothing written", () => {
    const built = runBinary(["--lang", "zh", "build", "2023", "--format", "pdf"], { cwd: project.dir, env: { REPORT_SOFFICE: "/bin/false" } });
    expect(built.code).toBe(2);
    expect(built.stderr).toContain("LibreOffice 未能把文档转换为 PDF");
    expect(existsSync(at("out"))).toBe(false);
  });
});
