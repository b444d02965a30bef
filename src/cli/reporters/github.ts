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
    const label = (en: string, cn: string) => (zh ? `${cn}：` : `${en}: `);
    const details = [d.message];
    if (d.path.length) details.push(`${label("at", "位置")}${formatPath(d.path)}`);
    if (d.expected !== undefined) details.push(`${label("expected", "应为")}${cut(d.expected)}`);
    if (d.received !== undefined) details.push(`${label("received", "实际")}${cut(d.received)}`);
    if (d.hint) details.push(`${label("hint", "提示")}${d.hint}`);
    return `::${d.severity} ${properties}::${escapeData(details.join("\n"))}`;
  });
  return [...lines, summaryLine(summary, lang)].map((l) => `${l}\n`).join("");
};
