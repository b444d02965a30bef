/**
 * Each command loads only what it needs (issue 6): `validate` never loads the Word writer,
 * its WebAssembly deflate, Handlebars or markdown-it. Seen through the built CLI's code cache, which holds
 * one file per command and chunk loaded ("<command>-<chunk>.bin"), and through strings
 * that only the library in question has.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "./helpers/cli.js";

const MARKERS = {
  "the Word writer": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
  // The start of any WebAssembly module ("\0asm", version 1) in base64.
  "the WebAssembly deflate": "AGFzbQEAAAA",
  "Handlebars' compiler": "knownHelpersOnly",
  "markdown-it": "markdown-it",
};

let cache: string;
beforeAll(() => {
  cache = mkdtempSync(join(tmpdir(), "work-report-lazy-"));
  for (const args of [["validate", "data/2023.yaml"], ["build", "2023", "--out-dir", join(cache, "out")]]) {
    const run = spawnSync(process.execPath, [join(ROOT, "bin/report.js"), ...args], {
      cwd: ROOT,
      env: { ...process.env, NODE_COMPILE_CACHE: join(cache, "cc") },
      encoding: "utf8",
    });
    expect(run.status, run.stderr).toBe(0);
  }
});
afterAll(() => rmSync(cache, { recursive: true, force: true }));

/** The source of every chunk `command` loaded. */
function loadedBy(command: string): string {
  const [folder] = readdirSync(join(cache, "cc"));
  const chunks = readdirSync(join(cache, "cc", folder!))
    .filter((f) => f.startsWith(`${command}-`) && f.endsWith(".bin"))
    .map((f) => f.slice(command.length + 1, -".bin".length));
  expect(chunks.length).toBeGreaterThan(1);
  return chunks.map((chunk) => readFileSync(join(ROOT, "dist/cli", `${chunk}.cjs`), "utf8")).join("\n");
}

describe("what a command loads", () => {
  it("validate loads none of the Word writer, its deflate, Handlebars and markdown-it", () => {
    const code = loadedBy("validate");
    for (const [what, marker] of Object.entries(MARKERS)) expect(code.includes(marker), what).toBe(false);
  });

  it("build loads all of them (so the markers above are the right ones)", () => {
    const code = loadedBy("build");
    for (const [what, marker] of Object.entries(MARKERS)) expect(code.includes(marker), what).toBe(true);
  });
});
