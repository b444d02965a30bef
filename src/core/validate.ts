/** Validate stage: YAML source → typed Report + diagnostics (schema, then rules). */
import { hasErrors, sortDiagnostics, type Diagnostic } from "./diagnostics.js";
import type { Lang } from "./lang.js";
import { message } from "./messages.js";
import { RULES } from "./rules/index.js";
import { ReportSchema, type Report } from "./schema.js";
import { issuesToDiagnostics } from "./schema-issues.js";
import { parseYaml, type ParsedYaml, type SourceFile } from "./yaml-source.js";

export interface ValidationResult {
  /** Present when there are no errors (warnings allowed). */
  report?: Report;
  parsed: ParsedYaml;
  diagnostics: Diagnostic[];
}

export function validateSource(source: SourceFile, lang: Lang): ValidationResult {
  const parsed = parseYaml(source, lang);
  const diagnostics = [...parsed.diagnostics];
  if (hasErrors(diagnostics)) return { parsed, diagnostics: sortDiagnostics(diagnostics) };

  if (parsed.data == null) {
    diagnostics.push({ severity: "error", code: "yaml/empty", message: message("yaml/empty", lang), file: source.file, line: 1, column: 1, path: [] });
    return { parsed, diagnostics };
  }

  const result = ReportSchema.safeParse(parsed.data);
  if (!result.success) {
    diagnostics.push(...issuesToDiagnostics(result.error.issues, parsed, ReportSchema, lang));
    return { parsed, diagnostics: sortDiagnostics(diagnostics) };
  }

  for (const rule of RULES) diagnostics.push(...rule({ report: result.data, parsed, lang }));
  const sorted = sortDiagnostics(diagnostics);
  return { report: hasErrors(sorted) ? undefined : result.data, parsed, diagnostics: sorted };
}
