/**
 * python-docx, as the review-loop tests run it: Debian's python3-docx, installed for the
 * system Python (/usr/bin/python3), not for a pyenv or venv python3 earlier on PATH.
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./cli.js";

export const SYSTEM_PYTHON = "/usr/bin/python3";
const SCRIPT = join(ROOT, "tests/helpers/edit_with_python_docx.py");

export function hasPythonDocx(): boolean {
  return spawnSync(SYSTEM_PYTHON, ["-c", "import docx"]).status === 0;
}

/** In CI the python-docx tests must run, never skip: fail loudly when it is missing. */
export function requirePythonDocx(): void {
  if (!hasPythonDocx() && process.env.CI) throw new Error("python-docx not found: .ci/run must install python3-docx");
}

/** One edit of edit_with_python_docx.py (its docstring says what each does). */
export type PythonDocxEdit =
  | { run: string; with: string }
  | { paragraph: string; text: string }
  | { cell: string; column: string; text: string }
  | { whole_cell: string; column: string; text: string }
  | { after: string; text: string; style?: string };

/** Open `source` with python-docx, make the edits, save as `target`; throws with the script's stderr on failure. */
export function editWithPythonDocx(source: string, target: string, edits: PythonDocxEdit[]): void {
  const editsFile = `${target}.edits.json`;
  writeFileSync(editsFile, JSON.stringify(edits));
  const result = spawnSync(SYSTEM_PYTHON, [SCRIPT, source, target, editsFile], { encoding: "utf8", timeout: 60_000 });
  if (result.status !== 0) throw new Error(`edit_with_python_docx.py failed (${result.status}): ${result.stderr}`);
}
