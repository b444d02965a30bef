/**
 * The validate fixture table: one folder per case under tests/fixtures/validate/, each
 * with its data file and expected.json ({file, exit, diagnostics: ["line:col severity code"], args?}).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, type CliResult } from "./cli.js";

export const CASES_DIR = join(ROOT, "tests/fixtures/validate");

export interface ValidateCase {
  name: string;
  dir: string;
  file: string;
  exit: number;
  diagnostics: string[];
  args: string[];
}

export function validateCases(): ValidateCase[] {
  return readdirSync(CASES_DIR)
    .filter((name) => existsSync(join(CASES_DIR, name, "expected.json")))
    .sort()
    .map((name) => {
      const expected = JSON.parse(readFileSync(join(CASES_DIR, name, "expected.json"), "utf8"));
      return { name, dir: join(CASES_DIR, name), file: expected.file, exit: expected.exit, diagnostics: expected.diagnostics, args: expected.args ?? [] };
    });
}

interface JsonDiagnostic {
  severity: string;
  code: string;
  line: number;
  column: number;
}

/** `validate --format json` output → the compact "line:col severity code" form of expected.json. */
export function compact(result: CliResult): string[] {
  const report = JSON.parse(result.stdout) as { diagnostics: JsonDiagnostic[] };
  return report.diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code}`);
}
