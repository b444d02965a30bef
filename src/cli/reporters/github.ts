/**
 * GitHub Actions workflow commands: each diagnostic becomes an annotation on the
 * pull request's file view, `::error file=…,line=…,col=…,title=…::message`.
 * Escaping follows the runner's rules (actions/toolkit, command.ts): % \r \n in the
 * message, and also : and , in properties.
 */
import { formatPath } from "../../core/diagnostics.js";
import { summaryLine } from "./summary.js";
import { cut, type Reporter } from "./types.js";

const escapeData = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

export const formatGithub: Reporter = ({ diagnostics, summary }, { lang }) => {
  const zh = lang === "zh";
  const lines = diagnostics.map((d) => {
    const properties = [`file=${escapeProperty(d.file)}`, `line=${d.line}`, `col=${d.column}`, `title=${escapeProperty(d.code)}`].join(",");
    const details = [d.message];
    if (d.path.length) details.push(`${zh ? "位置" : "at"}: ${formatPath(d.path)}`);
    if (d.expected !== undefined) details.push(`${zh ? "应为" : "expected"}: ${cut(d.expected)}`);
    if (d.received !== undefined) details.push(`${zh ? "实际" : "received"}: ${cut(d.received)}`);
    if (d.hint) details.push(`${zh ? "提示" : "hint"}: ${d.hint}`);
    return `::${d.severity} ${properties}::${escapeData(details.join("\n"))}`;
  });
  return [...lines, summaryLine(summary, lang)].map((l) => `${l}\n`).join("");
};
