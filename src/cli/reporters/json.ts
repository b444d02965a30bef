/**
 * Machine-readable output: exactly one JSON document on stdout. Field names are a
 * public contract (docs/validate.md, "JSON output"): add fields, never rename or drop one.
 * Absent values are null, so every diagnostic has the same keys.
 */
import { formatPath } from "../../core/diagnostics.js";
import { cut, type Reporter } from "./types.js";

export const JSON_FORMAT_VERSION = 1;

export const formatJson: Reporter = ({ diagnostics, summary }) => {
  const document = {
    version: JSON_FORMAT_VERSION,
    ok: summary.errors === 0,
    summary,
    diagnostics: diagnostics.map((d) => ({
      severity: d.severity,
      code: d.code,
      message: d.message,
      file: d.file,
      line: d.line,
      column: d.column,
      path: d.path,
      pathText: formatPath(d.path),
      expected: cut(d.expected) ?? null,
      received: cut(d.received) ?? null,
      hint: d.hint ?? null,
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
};
