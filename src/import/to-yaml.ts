/**
 * The imported data as a YAML file a person will edit: the schema comment first (editor
 * completion), then what the importer noted; long text as block scalars, never folded
 * (lineWidth 0: a folded Chinese line would get spaces); targets as one-line flow maps;
 * keys already in contract order (assemble.ts builds them so). Text that could not be
 * placed ends the file as comments.
 */
import { Document, isScalar, isSeq, visit, type Scalar } from "yaml";
import type { Report } from "../core/schema.js";

export const SCHEMA_COMMENT = " yaml-language-server: $schema=../schema/report.schema.json";

const FLOW_LISTS = new Set(["targets", "metrics"]);

/** Longer than this, text goes into a block scalar on lines of its own. */
const LONG = 40;

export interface YamlComments {
  /** Lines for the head of the file, after the schema line. */
  head: string[];
  /** Lines for the end of the file (unplaced text). */
  tail: string[];
}

const commentLines = (lines: string[]) => lines.map((line) => ` ${line.replace(/\r?\n/g, " ")}`).join("\n");

export function toYaml(report: Report, comments: YamlComments): string {
  const doc = new Document(report);
  visit(doc, {
    Map(_key, node, path) {
      // targets[i] and metrics[i]: { text: …, value: 2.5, unit: 亿元 } on one line, as in the samples.
      const parent = path[path.length - 1];
      const grand = path[path.length - 2];
      if (isSeq(parent) && grand && "key" in grand && isScalar(grand.key) && FLOW_LISTS.has(String(grand.key.value))) node.flow = true;
    },
    Scalar(key, node: Scalar) {
      if (key === "key" || typeof node.value !== "string" || node.value.length <= LONG) return;
      node.type = "BLOCK_LITERAL";
    },
  });
  // Flow maps cannot hold block scalars: keep their strings plain (or quoted).
  visit(doc, {
    Map(_key, node) {
      if (!node.flow) return;
      for (const item of node.items) if (isScalar(item.value)) item.value.type = undefined;
    },
  });
  doc.commentBefore = [SCHEMA_COMMENT, ...(comments.head.length ? [commentLines(comments.head)] : [])].join("\n");
  if (comments.tail.length) doc.comment = commentLines(comments.tail);
  return doc.toString({ lineWidth: 0, blockQuote: "literal", flowCollectionPadding: true });
}
