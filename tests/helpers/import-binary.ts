/**
 * `report import` through the built binary on a text written into a scratch folder: the
 * parsed data, stderr and, with `--check`, the score lines. Shared by the import tests of
 * issue 18 so each reads as the feature it checks.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import type { Report } from "../../src/core/schema.js";
import { runBinary, scratchProject } from "./cli.js";

export interface BinaryImport {
  code: number;
  report: Report;
  yaml: string;
  stderr: string;
  stdout: string;
}

export function importThroughBinary(text: string | Uint8Array, options: { name?: string; args?: string[]; lang?: string } = {}): BinaryImport {
  const { dir, cleanup } = scratchProject(false);
  try {
    const name = options.name ?? "report.txt";
    writeFileSync(join(dir, name), text);
    const env = options.lang === "zh" ? { LANG: "zh_CN.UTF-8" } : undefined;
    const result = runBinary(["import", name, ...(options.args ?? [])], { cwd: dir, env });
    const yaml = options.args?.includes("--check") ? "" : result.stdout;
    return { code: result.code, report: (yaml ? parse(yaml) : {}) as Report, yaml, stderr: result.stderr, stdout: result.stdout };
  } finally {
    cleanup();
  }
}
