/**
 * Diagnostics are values: collected, returned, printed by a reporter. They are never
 * thrown for user mistakes; exceptions are for bugs.
 */
export type Severity = "error" | "warning";
export type YamlPath = Array<string | number>;

export interface Diagnostic {
  severity: Severity;
  /** Stable code, e.g. "schema/invalid-type", "yaml/duplicate-key", "rule/hand-numbered-title". */
  code: string;
  message: string;
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  path: YamlPath;
  expected?: string;
  received?: string;
  hint?: string;
  /** The source line, for YAML diagnostics: text reporters print it with a caret under the column. */
  sourceLine?: string;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}

/** Order by file, then position, so output is stable whatever order checks ran in. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code),
  );
}

/** "summary.items[0].title" */
export function formatPath(path: YamlPath): string {
  let out = "";
  for (const key of path) out += typeof key === "number" ? `[${key}]` : out ? `.${key}` : key;
  return out;
}

/** Shorten a value for a message: one line, about 80 characters. */
export function clip(value: unknown, max = 80): string {
  let text: string;
  if (typeof value === "string") text = JSON.stringify(value);
  else if (value === undefined) text = "nothing";
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  text = text.replace(/\s+/g, " ");
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
