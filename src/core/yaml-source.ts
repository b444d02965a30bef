/**
 * Load stage: YAML text → plain data + a way to find where any value was written.
 * YAML problems become diagnostics; nothing here throws for bad input.
 */
import { Composer, isAlias, isMap, isPair, isScalar, LineCounter, Parser, YAMLParseError, type Document, type Node } from "yaml";
import type { Diagnostic, YamlPath } from "./diagnostics.js";
import type { Lang } from "./lang.js";
import { hint, message } from "./messages.js";
import { locate, nearestNode, positionAt, type Position } from "./yaml-position.js";
import { tooDeepOffset } from "./yaml-depth.js";
import { yamlErrorDetail } from "./yaml-error-text.js";
import { stringScalars, walkNodes, type StringScalar } from "./yaml-walk.js";

export { locate, positionAt, type Position } from "./yaml-position.js";

export interface SourceFile {
  /** Path as the user should see it in messages. */
  file: string;
  text: string;
}

export interface ParsedYaml {
  file: string;
  /** The source text, for rules that point inside a scalar. */
  text: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** undefined when the YAML could not be turned into data. */
  data: unknown;
  diagnostics: Diagnostic[];
  /** Every string value with its node and path (yaml-walk.ts), walked once and shared by the rules. */
  stringScalars: () => StringScalar[];
}

/** Aliases beyond this are an alias bomb, not a report. */
const MAX_ALIAS_COUNT = 100;

/** What aliases may add to a file's own text, in characters. */
const MAX_ALIAS_GROWTH = 1_000_000;

function firstAlias(doc: Document.Parsed) {
  for (const visit of walkNodes(doc)) if (isAlias(visit.node)) return visit;
  return undefined;
}

/** The characters of every string in the data, each alias counted again; stops counting past `stop`. */
function textLength(data: unknown, stop: number): number {
  let total = 0;
  const stack: unknown[] = [data];
  while (stack.length && total <= stop) {
    const value = stack.pop();
    if (typeof value === "string") total += value.length;
    else if (Array.isArray(value)) stack.push(...value);
    else if (value !== null && typeof value === "object") for (const [key, item] of Object.entries(value)) (total += key.length), stack.push(item);
  }
  return total;
}

/** A report nests about 15 levels at most; past this it is hostile or broken input. */
export const MAX_DEPTH = 64;

export function parseYaml(source: SourceFile, lang: Lang): ParsedYaml {
  const lineCounter = new LineCounter();
  const { doc, tooDeepAt } = parseDepthChecked(source.text, lineCounter);
  const diagnostics: Diagnostic[] = [];
  const at = (offset: number) => positionAt(lineCounter, offset);
  if (tooDeepAt !== undefined) {
    diagnostics.push({ severity: "error", code: "yaml/nesting-limit", message: message("yaml/nesting-limit", lang, { limit: MAX_DEPTH }), file: source.file, ...at(tooDeepAt), path: [] });
  }

  const keyPaths = doc.errors.some((error) => error.code === "DUPLICATE_KEY") ? pathsOfKeys(doc) : new Map<number, YamlPath>();
  for (const error of doc.errors) {
    const code = error.code === "DUPLICATE_KEY" ? "yaml/duplicate-key" : error.code === "RESOURCE_EXHAUSTION" ? "yaml/nesting-limit" : "yaml/syntax";
    // One deep structure can exhaust the parser several times over: say it once.
    if (code === "yaml/nesting-limit" && diagnostics.some((d) => d.code === code)) continue;
    diagnostics.push({
      severity: "error",
      code,
      message:
        code === "yaml/duplicate-key"
          ? message(code, lang, { key: duplicateKeyName(source.text, error.pos[0]) })
          : code === "yaml/nesting-limit"
            ? message(code, lang, { limit: MAX_DEPTH })
            : message(code, lang, { detail: yamlErrorDetail(error.code, firstLine(error.message), lang) }),
      file: source.file,
      ...at(error.pos[0]),
      path: keyPaths.get(error.pos[0]) ?? [],
      ...(code === "yaml/duplicate-key" ? { hint: hint("merge-duplicate", lang) } : {}),
    });
  }

  // Duplicate keys leave a usable document (the later value wins), so checking goes on
  // and the user sees every problem in one run. Syntax errors stop here.
  const fatal = tooDeepAt !== undefined || doc.errors.some((error) => error.code !== "DUPLICATE_KEY");
  const strings = fatal ? [] : stringScalars(doc);

  let data: unknown;
  if (!fatal) {
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
      // Aliases share their anchor's value in the data, but every print repeats it: one
      // 9 MB anchor aliased 99 times printed 900 MB. Bounded here, before anything prints.
      if (source.text.includes("&") && textLength(data, source.text.length + MAX_ALIAS_GROWTH) > source.text.length + MAX_ALIAS_GROWTH) {
        data = undefined;
        const alias = firstAlias(doc);
        diagnostics.push({
          severity: "error",
          code: "yaml/alias-growth",
          message: message("yaml/alias-growth", lang, { limit: MAX_ALIAS_GROWTH.toLocaleString("en") }),
          file: source.file,
          ...at(alias?.node.range?.[0] ?? 0),
          path: alias?.path ?? [],
          hint: hint("expand-aliases", lang),
        });
      }
    } catch (error) {
      // An alias bomb throws ReferenceError from toJS: it is the user's file, not our bug.
      diagnostics.push({
        severity: "error",
        code: "yaml/alias-limit",
        message: message("yaml/alias-limit", lang),
        file: source.file,
        line: 1,
        column: 1,
        path: [],
        received: error instanceof Error ? firstLine(error.message) : undefined,
      });
    }
  }
  return { file: source.file, text: source.text, doc, lineCounter, data, diagnostics, stringScalars: () => strings };
}

/**
 * yaml's parseDocument in its two steps, its Parser and its Composer, with the nesting
 * checked in between (yaml-depth.ts): a text nested too deep is not composed at all.
 */
function parseDepthChecked(text: string, lineCounter: LineCounter): { doc: Document.Parsed; tooDeepAt?: number } {
  const tokens = [...new Parser(lineCounter.addNewLine).parse(text)];
  const tooDeepAt = tooDeepOffset(tokens, MAX_DEPTH);
  const composer = new Composer({ prettyErrors: false, uniqueKeys: true });
  let doc: Document.Parsed | undefined;
  for (const next of composer.compose(tooDeepAt === undefined ? tokens : [], true, text.length)) {
    if (!doc) doc = next;
    else {
      // As parseDocument says it: a data file is one document.
      doc.errors.push(new YAMLParseError(next.range.slice(0, 2) as [number, number], "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
      break;
    }
  }
  return { doc: doc!, tooDeepAt };
}

/** Where each mapping key starts → its data path (to name the path of a duplicate key). */
function pathsOfKeys(doc: Document.Parsed): Map<number, YamlPath> {
  const paths = new Map<number, YamlPath>();
  for (const { node, path, isKey } of walkNodes(doc)) if (isKey && node.range) paths.set(node.range[0], path);
  return paths;
}

function firstLine(text: string): string {
  return text.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
}

/** The key text at a DUPLICATE_KEY error offset ("title: …" → "title"). */
function duplicateKeyName(text: string, offset: number): string {
  const rest = text.slice(offset, offset + 200);
  const m = /^\s*["']?([^"':\n]+)/.exec(rest);
  return m ? m[1].trim() : "?";
}

/** Where the key (not the value) at `path` was written: for unknown keys and ids. */
export function locateKey(parsed: ParsedYaml, path: YamlPath): Position {
  const parent = nearestNode(parsed, path.slice(0, -1));
  const key = path.at(-1);
  if (parent && isMap(parent)) {
    const pair = parent.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
    const keyNode = pair?.key as Node | undefined;
    if (keyNode?.range) return positionAt(parsed.lineCounter, keyNode.range[0]);
  }
  return locate(parsed, path);
}
