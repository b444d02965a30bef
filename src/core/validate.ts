/** Validate stage: YAML source → typed Report + diagnostics (schema, then rules). */
import { hasErrors, sortDiagnostics, type Diagnostic } from "./diagnostics.js";
import type { Lang } from "./lang.js";
import { hint, message } from "./messages.js";
import { RULES, type ValidateOptions } from "./rules/index.js";
import { explainMistakes } from "./mistakes/explain.js";
import { reportSchema, type Report } from "./schema.js";
import { keysAt } from "./schema-walk.js";
import { issuesToDiagnostics } from "./schema-issues.js";
import { parseYaml, type SourceFile } from "./yaml-source.js";

export type { ValidateOptions } from "./rules/index.js";

export interface ValidationResult {
  /** Present when there are no errors (warnings allowed). */
  report?: Report;
  diagnostics: Diagnostic[];
}

/**
 * Every problem of one file in one pass: YAML, then the schema, then the rules. The
 * rules run even when the schema failed (they check the shape of what they read), so
 * a user fixing a file does not discover its problems one run at a time.
 */
export function validateSource(source: SourceFile, lang: Lang, options: ValidateOptions = {}): ValidationResult {
  const parsed = parseYaml(source, lang);
  const diagnostics = [...parsed.diagnostics];
  // Syntax errors, alias bombs, excessive nesting: there is no data to check.
  if (parsed.data === undefined) return { diagnostics: explained(source, diagnostics, lang) };

  if (parsed.data == null) {
    diagnostics.push({
      severity: "error",
      code: "yaml/empty",
      message: message("yaml/empty", lang),
      file: source.file,
      line: 1,
      column: 1,
      path: [],
      hint: hint("start-from-template", lang),
    });
    return { diagnostics: sortDiagnostics(diagnostics) };
  }

  const schema = reportSchema();
  const result = schema.safeParse(parsed.data);
  if (!result.success) diagnostics.push(...issuesToDiagnostics(result.error.issues, parsed, schema, lang));

  const context = { data: parsed.data, parsed, lang, options };
  for (const rule of RULES) diagnostics.push(...rule(context));
  const sorted = explained(source, diagnostics, lang);
  return { report: result.success && !hasErrors(sorted) ? result.data : undefined, diagnostics: sorted };
}

/** Keyboard mistakes named as what was typed, each taking over the errors it caused (mistakes/). */
function explained(source: SourceFile, diagnostics: Diagnostic[], lang: Lang): Diagnostic[] {
  return sortDiagnostics(explainMistakes({ file: source.file, text: source.text, diagnostics, lang, keysAt: (path) => keysAt(reportSchema(), path) }));
}
