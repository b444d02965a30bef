/**
 * Each command loads only what it needs (issue 6): `validate` never loads the Word writer,
 * its WebAssembly deflate, Handlebars or markdown-it; `build` loads markdown-it only for
 * Markdown the quick reader leaves to it (here: data with an "&", written as `\&`);
 * neither `validate` nor `build` loads zod or the yaml package for a valid file (they
 * come with the full check, for a file with something to report), nor js-yaml for a file
 * in the usual style (it reads what the block reader leaves: a file with a tab, say), nor
 * commander for a usual command line (it comes for help and errors); and `build` loads
 * Handlebars only for a template other than the built-in ones (built-in-template.ts
 * prints those), its compiler only for a template that was not compiled in advance. Seen through the built CLI's code cache, which holds
 * one file per command and chunk loaded ("<command>-<chunk>.bin"), and through strings
 * that only the library in question has.
 */
import { strFromU8, unzipSync } from "fflate";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "./helpers/cli.js";

/** What only `build` needs. */
const BUILD_ONLY = {
  "the Word writer": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
  // The start of any WebAssembly module ("\0asm", version 1) in base64.
  "the WebAssembly deflate": "AGFzbQEAAAA",
};

/** What only a template other than the built-in ones needs. */
const HANDLEBARS_ONLY = { "Handlebars' runtime": "Template was precompiled with an older version of Handlebars" };

/** What only a command line the quick reader leaves (help, errors, the less usual forms) needs. */
const COMMANDER_ONLY = { commander: "commander.unknownOption" };

/** What only Markdown the quick reader leaves needs. */
const MARKDOWN_IT_ONLY = { "markdown-it": "markdown-it" };

/** What only a template that was not compiled in advance needs. */
const COMPILER_ONLY = { "Handlebars' compiler": "Parse error on line" };

/** What only a file the block reader leaves to js-yaml needs. */
const JS_YAML_ONLY = { "js-yaml": "end of the stream or a document separator is expected" };

/** What only the full check needs: a file with something to report. */
const FULL_CHECK_ONLY = {
  zod: "ZodType",
  "the yaml package": "YAMLParseError",
};

let cache: string;
beforeAll(() => {
  cache = mkdtempSync(join(tmpdir(), "work-report-lazy-"));
  // A year with a problem, validated with a cache folder of its own.
  const invalid = join(cache, "invalid.yaml");
  writeFileSync(invalid, readFileSync(join(ROOT, "data/2023.yaml"), "utf8").replace(/^year: 2023$/m, "year: twenty"));
  // A valid file with a tab (in a comment), which the block reader leaves to js-yaml.
  const tab = join(cache, "tab.yaml");
  writeFileSync(tab, `# a comment\twith a tab\n${readFileSync(join(ROOT, "data/2023.yaml"), "utf8")}`);
  // A year whose text has an "&": its Markdown goes to markdown-it.
  const ampersand = join(cache, "ampersand.yaml");
  writeFileSync(ampersand, readFileSync(join(ROOT, "data/2023.yaml"), "utf8").replace("创新驱动发展战略", "创新驱动发展战略（R&D）"));
  // A user's template (the built-in one with a comment added), built likewise.
  const template = join(cache, "report.md.hbs");
  writeFileSync(template, `{{!-- ours --}}${readFileSync(join(ROOT, "templates/report.md.hbs"), "utf8")}`);
  const runs: Array<[string[], string, number]> = [
    [["validate", "data/2023.yaml"], "cc", 0],
    [["build", "2023", "--out-dir", join(cache, "out")], "cc", 0],
    [["validate", invalid], "cc-invalid", 1],
    [["validate", tab], "cc-tab", 0],
    [["build", "2023", "--template", template, "--out-dir", join(cache, "out-template")], "cc-template", 0],
    [["build", "2023", "--data", ampersand, "--out-dir", join(cache, "out-ampersand")], "cc-ampersand", 0],
    [["validate", "--help"], "cc-help", 0],
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
  it("validate of a valid file loads none of the Word writer, its deflate, Handlebars, markdown-it, js-yaml, zod, yaml and commander", () => {
    const code = loadedBy("validate");
    for (const [what, marker] of Object.entries({ ...BUILD_ONLY, ...HANDLEBARS_ONLY, ...MARKDOWN_IT_ONLY, ...JS_YAML_ONLY, ...FULL_CHECK_ONLY, ...COMPILER_ONLY, ...COMMANDER_ONLY })) {
      expect(code.includes(marker), what).toBe(false);
    }
  });

  it("build of a valid year loads the Word writer and its deflate; not Handlebars, markdown-it, js-yaml, zod, yaml or commander", () => {
    const code = loadedBy("build");
    for (const [what, marker] of Object.entries(BUILD_ONLY)) expect(code.includes(marker), what).toBe(true);
    for (const [what, marker] of Object.entries({ ...HANDLEBARS_ONLY, ...MARKDOWN_IT_ONLY, ...JS_YAML_ONLY, ...FULL_CHECK_ONLY, ...COMPILER_ONLY, ...COMMANDER_ONLY })) {
      expect(code.includes(marker), what).toBe(false);
    }
  });

  it("build of a year whose Markdown the quick reader leaves loads markdown-it, and writes the text as it is", () => {
    const code = loadedBy("build", "cc-ampersand");
    for (const [what, marker] of Object.entries(MARKDOWN_IT_ONLY)) expect(code.includes(marker), what).toBe(true);
    expect(readFileSync(join(cache, "out-ampersand/2023.md"), "utf8")).toContain("创新驱动发展战略（R\\&D）");
    expect(strFromU8(unzipSync(readFileSync(join(cache, "out-ampersand/2023.docx")))["word/document.xml"]!)).toContain("创新驱动发展战略（R&amp;D）");
  });

  it("validate --help loads commander (so its marker is the right one)", () => {
    const code = loadedBy("validate", "cc-help");
    for (const [what, marker] of Object.entries(COMMANDER_ONLY)) expect(code.includes(marker), what).toBe(true);
  });

  it("build with a user's template loads Handlebars' runtime and compiler (so their markers are the right ones)", () => {
    const code = loadedBy("build", "cc-template");
    for (const [what, marker] of Object.entries({ ...HANDLEBARS_ONLY, ...COMPILER_ONLY })) expect(code.includes(marker), what).toBe(true);
  });

  it("validate of a valid file with a tab loads js-yaml, and not zod or yaml (so its marker is the right one)", () => {
    const code = loadedBy("validate", "cc-tab");
    for (const [what, marker] of Object.entries(JS_YAML_ONLY)) expect(code.includes(marker), what).toBe(true);
    for (const [what, marker] of Object.entries(FULL_CHECK_ONLY)) expect(code.includes(marker), what).toBe(false);
  });

  it("validate of a file with a problem loads zod and yaml (so the markers above are the right ones)", () => {
    const code = loadedBy("validate", "cc-invalid");
    for (const [what, marker] of Object.entries(FULL_CHECK_ONLY)) expect(code.includes(marker), what).toBe(true);
  });
});
