/**
 * LibreOffice headless conversion for "does it really open" tests. Each call uses its
 * own user profile: two soffice processes sharing one profile block each other.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";

export function hasLibreOffice(): boolean {
  return spawnSync("soffice", ["--version"], { encoding: "utf8" }).status === 0;
}

/** In CI the LibreOffice tests must run, never skip: fail loudly when it is missing. */
export function requireLibreOffice(): void {
  if (!hasLibreOffice()) {
    if (process.env.CI) throw new Error("soffice not found: .ci/run must install libreoffice-writer-nogui");
  }
}

/** Convert a .docx (bytes) to PDF; returns the PDF path inside a fresh temp dir. */
export function docxToPdf(docx: Uint8Array, name = "report.docx"): { pdf: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), "wr-lo-"));
  const input = join(dir, name);
  writeFileSync(input, docx);
  const profile = pathToFileURL(join(dir, "profile")).href;
  execFileSync(
    "soffice",
    [`-env:UserInstallation=${profile}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", dir, input],
    { stdio: "pipe", timeout: 180_000 },
  );
  return { pdf: join(dir, basename(name).replace(/\.docx$/, ".pdf")), dir };
}

/** pdftotext -layout: the page texts (split on form feed). */
export function pdfPages(pdf: string): string[] {
  const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
  return text.split("\f").filter((page, i, all) => i < all.length - 1 || page.trim());
}

export function pdfPageCount(pdf: string): number {
  const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

