/** A rule checks what the schema cannot express and returns diagnostics. */
import type { Diagnostic } from "../diagnostics.js";
import type { Lang } from "../lang.js";
import type { Report, Topic } from "../schema.js";
import type { ParsedYaml } from "../yaml-source.js";
import { PART_KEYS } from "../schema.js";
import type { YamlPath } from "../diagnostics.js";

export interface RuleContext {
  report: Report;
  parsed: ParsedYaml;
  lang: Lang;
}

export type Rule = (context: RuleContext) => Diagnostic[];

export interface TopicVisit {
  topic: Topic;
  path: YamlPath;
  /** Heading level the topic renders at: 2 for a part's items, 3 below them… */
  level: number;
  part: (typeof PART_KEYS)[number];
}

/** Every topic of every part, depth first, with its path and heading level. */
export function* walkTopics(report: Report): Generator<TopicVisit> {
  for (const part of PART_KEYS) {
    const items = report[part]?.items;
    // With targets, the plan's items sit under （二）重点工作, one level deeper.
    const firstLevel = part === "plan" && report.plan.targets?.length ? 3 : 2;
    if (items) yield* walk(items, [part, "items"], firstLevel, part);
  }
}

function* walk(items: Topic[], path: YamlPath, level: number, part: TopicVisit["part"]): Generator<TopicVisit> {
  for (const [index, topic] of items.entries()) {
    const here = [...path, index];
    yield { topic, path: here, level, part };
    if (topic.items) yield* walk(topic.items, [...here, "items"], level + 1, part);
  }
}
