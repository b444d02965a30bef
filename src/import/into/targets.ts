/**
 * Anchor name → the part or topic of the data it marks: the same walk as the outline
 * (render/outline.ts) with the same names (render/anchors.ts), over the data file as it is
 * now, so a bookmark of the edited document finds its place even when ids were added.
 */
import { PART_KEYS, type PartKey } from "../../core/schema-constants.js";
import type { Part, Report, Target, Topic } from "../../core/schema.js";
import type { Text } from "../../core/text.js";
import { anchorName, metricAnchorName, type DataPath } from "../../render/anchors.js";

export type AnchorTarget =
  | { kind: "part"; path: DataPath; part: PartKey; node: Part }
  | { kind: "topic"; path: DataPath; part: PartKey; node: Topic }
  /** 导语 (intro) and 结尾 (closing): paragraphs of Text, no heading. */
  | { kind: "text"; path: DataPath; node: Text | undefined }
  /** The plan's （一）目标任务: its heading, then the targets joined with "；". */
  | { kind: "targets"; path: DataPath; node: Target[] };

/** A metric's 本年 cell → the path of its value. */
export function metricTargets(report: Report): Map<string, DataPath> {
  return new Map((report.metrics ?? []).map((metric, i) => [metricAnchorName(metric.id), ["metrics", i, "value"]]));
}

export function anchorTargets(report: Report): Map<string, AnchorTarget> {
  const targets = new Map<string, AnchorTarget>();
  const topics = (items: Topic[] | undefined, path: DataPath, part: PartKey) =>
    (items ?? []).forEach((topic, i) => {
      const at = [...path, "items", i];
      targets.set(anchorName(topic.id, at), { kind: "topic", path: at, part, node: topic });
      topics(topic.items, at, part);
    });
  for (const key of ["intro", "closing"] as const) targets.set(anchorName(null, [key]), { kind: "text", path: [key], node: report[key] });
  if (report.plan?.targets) targets.set(anchorName(null, ["plan", "targets"]), { kind: "targets", path: ["plan", "targets"], node: report.plan.targets });
  for (const key of PART_KEYS) {
    const part = report[key];
    if (!part) continue;
    targets.set(anchorName(null, [key]), { kind: "part", path: [key], part: key, node: part });
    topics(part.items, [key], key);
  }
  return targets;
}
