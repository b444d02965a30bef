/**
 * Each command loads only what it needs, through one dynamic import per command: `validate`
 * never loads the Word writer, Handlebars or markdown-it; `build` does. Every command runs
 * on the same libraries (yaml, zod, commander) whatever its input. Seen through the built
 * CLI's code cache, which holds one file per command and chunk loaded
 * ("<command>-<chunk>.bin"), and through strings that only the library in question has.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "./helpers/cli.js";
import { docxSchemaProblems } from "./helpers/ooxml-schema.js";

/** What only `build` needs. */
const BUILD_ONLY = {
  "the Word writer": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
  Handlebars: "Parse error on line",
  "markdown-it": "markdown-it",
};

/** What every command that reads data needs, valid or not. */
const ALWAYS = {
  commander: "commander.unknownOption",
  zod: "ZodType",
  "the yaml package": "YAMLParseError",
};

let cache: string;
beforeAll(() => {
  cache = mkdtempSync(join(tmpdir(), "work-report-lazy-"));
  const invalid = join(cache, "invalid.yaml");
  writeFileSync(invalid, readFileSync(join(ROOT, "data/2023.yaml"), "utf8").replace(/^year: 2023$/m, "year: twenty"));
  const runs: Array<[string[], string, number]> = [
    [["validate", "data/2023.yaml"], "cc", 0],
    [["build", "2023", "--out-dir", join(cache, "out")], "cc", 0],
    [["validate", invalid], "cc-invalid", 1],
  ];
  for (const [args, folder, status] of runs) {
    const run = spawnSync(process.execPath, [join(ROOT, "bin/report.js"), ...args], {
      cwd: ROOT,
      env: { ...process.env, NODE_COMPILE_CACHE: join(cache, folder) },
      encoding: "utf8",
    });
    expect(run.status, run.stderr).toBe(status);
  }
});
afterAll(() => rmSync(cache, { recursive: true, force: true }));

/** The source of every chunk `command` loaded (with the cache in `root`). */
function loadedBy(command: string, root = "cc"): string {
  const [folder] = readdirSync(join(cache, root));
  const chunks = readdirSync(join(cache, root, folder!))
    .filter((f) => f.startsWith(`${command}-`) && f.endsWith(".bin"))
    .map((f) => f.slice(command.length + 1, -".bin".length));
  expect(chunks.length).toBeGreaterThan(1);
  return chunks.map((chunk) => readFileSync(join(ROOT, "dist/cli", `${chunk}.cjs`), "utf8")).join("\n");
}

describe("what a command loads", () => {
  it("validate loads commander, zod and yaml, and none of the Word writer, Handlebars or markdown-it", () => {
    const code = loadedBy("validate");
    for (const [what, marker] of Object.entries(ALWAYS)) expect(code.includes(marker), what).toBe(true);
    for (const [what, marker] of Object.entries(BUILD_ONLY)) expect(code.includes(marker), what).toBe(false);
  });

  it("validate of a file with a problem loads the same code as for a valid one", () => {
    expect(loadedBy("validate", "cc-invalid")).toBe(loadedBy("validate"));
  });

  it("build loads the Word writer, Handlebars and markdown-it", () => {
    const code = loadedBy("build");
    for (const [what, marker] of Object.entries({ ...ALWAYS, ...BUILD_ONLY })) expect(code.includes(marker), what).toBe(true);
  });

  it("build wrote a .docx valid against the ECMA-376 schemas", async () => {
    expect(await docxSchemaProblems([{ label: "2023.docx", bytes: readFileSync(join(cache, "out/2023.docx")) }])).toEqual([]);
  });
});
