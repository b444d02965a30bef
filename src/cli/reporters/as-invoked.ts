/**
 * Hints name our commands as `report validate --fix`; someone who ran `node bin/report.js`
 * gets "command not found" from that. The core does not know how it was run, so the
 * command name is put in here, where text meets the terminal.
 */
import type { Diagnostic } from "../../core/diagnostics.js";

const OUR_COMMAND = /\breport (?=(?:validate|build|init|import|new|diff|schema|doctor)\b)/g;

export function textAsInvoked(text: string, invoked: string): string {
  return invoked === "report" ? text : text.replace(OUR_COMMAND, `${invoked} `);
}

export function asInvoked(d: Diagnostic, invoked: string): Diagnostic {
  if (invoked === "report") return d;
  return { ...d, message: textAsInvoked(d.message, invoked), ...(d.hint ? { hint: textAsInvoked(d.hint, invoked) } : {}) };
}
