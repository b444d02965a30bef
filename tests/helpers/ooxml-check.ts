/**
 * Structural checks of a .docx package with a real XML parser: every part well-formed
 * XML 1.0 (tags, entities and the Char production, which xmldom does not check),
 * every internal relationship pointing at a part that exists, every part with a
 * content type. Returns the problems found (empty when the package is sound).
 */
import { DOMParser } from "@xmldom/xmldom";
import { strFromU8, unzipSync } from "fflate";
import { posix } from "node:path";

/** Characters outside XML 1.0's Char production (lone surrogates included, thanks to /u). */
const NOT_XML_CHAR = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

export function parseXml(xml: string, name: string, problems: string[]): Document | undefined {
  const report = (level: string) => (msg: string) => problems.push(`${name}: XML ${level}: ${String(msg).split("\n")[0]}`);
  const bad = NOT_XML_CHAR.exec(xml);
  if (bad) problems.push(`${name}: character U+${bad[0].codePointAt(0)!.toString(16).toUpperCase()} at offset ${bad.index} is not allowed in XML 1.0`);
  const doc = new DOMParser({ errorHandler: { warning: report("warning"), error: report("error"), fatalError: report("fatal error") } }).parseFromString(xml, "application/xml");
  return doc as unknown as Document;
}

export interface PackageCheck {
  problems: string[];
  parts: Record<string, string>;
}

export function checkDocxPackage(bytes: Uint8Array): PackageCheck {
  const problems: string[] = [];
  const entries = unzipSync(bytes);
  const parts: Record<string, string> = {};
  const names = Object.keys(entries);
  for (const name of names) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    parts[name] = strFromU8(entries[name]);
    parseXml(parts[name], name, problems);
  }
  for (const needed of ["[Content_Types].xml", "_rels/.rels", "word/document.xml"]) {
    if (!entries[needed]) problems.push(`missing part ${needed}`);
  }

  // Relationship targets are relative to the folder of the part the .rels file belongs to.
  for (const name of names.filter((n) => n.endsWith(".rels"))) {
    const base = posix.dirname(posix.dirname(name));
    const doc = parseXml(parts[name], name, []);
    const rels = doc ? Array.from(doc.getElementsByTagName("Relationship")) : [];
    for (const rel of rels) {
      if (rel.getAttribute("TargetMode") === "External") continue;
      const target = rel.getAttribute("Target") ?? "";
      const path = target.startsWith("/") ? target.slice(1) : posix.normalize(posix.join(base === "." ? "" : base, target));
      if (!entries[path]) problems.push(`${name}: relationship ${rel.getAttribute("Id")} points at missing part ${path}`);
    }
  }

  // Every part needs a content type: an Override for its name or a Default for its extension.
  const types = parseXml(parts["[Content_Types].xml"] ?? "<Types/>", "[Content_Types].xml", []);
  const overrides = new Set(Array.from(types?.getElementsByTagName("Override") ?? []).map((o) => (o.getAttribute("PartName") ?? "").replace(/^\//, "")));
  const defaults = new Set(Array.from(types?.getElementsByTagName("Default") ?? []).map((d) => (d.getAttribute("Extension") ?? "").toLowerCase()));
  for (const name of names) {
    if (name === "[Content_Types].xml" || name.endsWith("/")) continue;
    const ext = name.slice(name.lastIndexOf(".") + 1).toLowerCase(); // "_rels/.rels" → "rels"
    if (!overrides.has(name) && !defaults.has(ext)) problems.push(`${name}: no content type`);
  }
  return { problems, parts };
}

/** The text of every <w:t> of the main document, in document order. */
export function documentText(parts: Record<string, string>): string {
  const doc = parseXml(parts["word/document.xml"] ?? "", "word/document.xml", []);
  return Array.from(doc?.getElementsByTagName("w:t") ?? [])
    .map((t) => t.textContent ?? "")
    .join("");
}
