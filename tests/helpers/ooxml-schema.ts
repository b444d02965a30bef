/**
 * Validates every XML part of .docx packages against the ECMA-376 Transitional schemas
 * (tests/ooxml-xsd, see its README) with xmllint (Debian: libxml2-utils; .ci/run installs
 * it). Word refuses or "repairs" a document whose elements are out of schema order, and
 * neither LibreOffice nor a well-formedness check notices, so this is the check that does.
 *
 * Fast by batching: the parts of all the packages given are written to one temporary
 * folder and each schema is loaded once, by one xmllint call over all its parts.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { unzipSync } from "fflate";

const XSD = fileURLToPath(new URL("../ooxml-xsd/", import.meta.url));

/** The schema of a part, as the README of tests/ooxml-xsd maps them; undefined for one it does not know. */
export function schemaFor(part: string): string | undefined {
  if (part === "[Content_Types].xml") return "opc-xsd/opc-contentTypes.xsd";
  if (part.endsWith(".rels")) return "opc-xsd/opc-relationships.xsd";
  if (part === "docProps/core.xml") return "opc-xsd/opc-coreProperties.xsd";
  if (part === "docProps/app.xml") return "shared-documentPropertiesExtended.xsd";
  if (/^word\/theme\/[^/]+\.xml$/.test(part)) return "dml-main.xsd";
  if (/^word\/[^/]+\.xml$/.test(part)) return "wml.xsd";
  return undefined;
}

/** One XML part to validate: `label` names the package it came from in messages. */
export interface XmlPart {
  label: string;
  name: string;
  data: Uint8Array | string;
}

/**
 * A temporary folder, in memory where Linux has one: the property test writes ~2,200 parts,
 * which took ~0.6 s on disk and ~25 ms in /dev/shm.
 */
function tempDir(): string {
  try {
    return mkdtempSync("/dev/shm/ooxml-");
  } catch {
    return mkdtempSync(join(tmpdir(), "ooxml-"));
  }
}

function xmllint(schema: string, files: string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    const args = ["--noout", "--nonet", "--schema", join(XSD, schema), ...files];
    execFile("xmllint", args, { maxBuffer: 64 * 1024 * 1024 }, (error, _stdout, stderr) => {
      if (error && (error as NodeJS.ErrnoException).code === "ENOENT") {
        reject(new Error("xmllint not found: install libxml2-utils (apt-get install libxml2-utils; .ci/run does)"));
      } else resolve({ code: error ? Number(error.code) : 0, stderr });
    });
  });
}

/**
 * The schema errors of the given parts, as "label: part:line: message" lines; empty when
 * every part is valid. An XML part no schema is known for is an error too, so a new kind
 * of part cannot go unchecked.
 */
export async function schemaProblems(parts: readonly XmlPart[]): Promise<string[]> {
  const problems: string[] = [];
  const dir = tempDir();
  try {
    const bySchema = new Map<string, string[]>();
    const labels = new Map<string, string>();
    parts.forEach((part, i) => {
      const schema = schemaFor(part.name);
      if (!schema) return void problems.push(`${part.label}: ${part.name}: no schema for this part`);
      // One flat folder, names without ":" or spaces so that xmllint's messages parse.
      const file = join(dir, `${i}-${part.name.replace(/[^\w.-]/g, "_")}`);
      writeFileSync(file, part.data);
      labels.set(file, `${part.label}: ${part.name}`);
      if (!bySchema.has(schema)) bySchema.set(schema, []);
      bySchema.get(schema)!.push(file);
    });
    const runs = await Promise.all([...bySchema].map(async ([schema, files]) => ({ schema, files, ...(await xmllint(schema, files)) })));
    // xmllint says "FILE validates" or "FILE fails to validate" for each file, after "FILE:LINE: …" errors.
    const fileOf = (line: string) => /^(\S+?)(?::\d+:| validates$| fails to validate$)/.exec(line)?.[1];
    for (const { schema, files, code, stderr } of runs) {
      // 0: all valid; 1: a part is not XML; 3: a part is invalid (both reported per part below).
      // Anything else (the schema did not compile, a file could not be read) is reported whole.
      if (![0, 1, 3].includes(code)) problems.push(`xmllint --schema ${schema} exited with ${code}: ${stderr.slice(0, 2000)}`);
      const lines = stderr.split("\n").filter(Boolean);
      const said = new Set(lines.map(fileOf));
      for (const line of lines) {
        if (line.endsWith(" validates")) continue;
        const file = fileOf(line);
        problems.push(file && labels.has(file) ? labels.get(file) + line.slice(file.length) : line);
      }
      for (const file of files) if (!said.has(file)) problems.push(`${labels.get(file)}: xmllint did not report on it`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return problems;
}

/** The XML parts of a .docx (those ending .xml or .rels), for schemaProblems. */
export function docxXmlParts(bytes: Uint8Array, label = "docx"): XmlPart[] {
  return Object.entries(unzipSync(bytes))
    .filter(([name]) => /\.(xml|rels)$/.test(name))
    .map(([name, data]) => ({ label, name, data }));
}

/** Schema errors of every XML part of these .docx packages (one xmllint call per schema for all). */
export function docxSchemaProblems(docs: readonly { label: string; bytes: Uint8Array }[]): Promise<string[]> {
  return schemaProblems(docs.flatMap(({ label, bytes }) => docxXmlParts(bytes, label)));
}
