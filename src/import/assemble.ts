/**
 * Frame + body tree → the report data, in the contract's key order. Parts come from
 * the section headings (parts.ts), topics from the numbered paragraphs (topics.ts),
 * targets from the plan's 目标任务 (targets.ts). Every guess is recorded as a note.
 */
import { type Metric, type Part, type PartKey, type PlanPart, type Report, type Topic } from "../core/schema.js";
import { periodStem } from "../core/period.js";
import { defaultHeading, defaultTitle } from "../render/outline.js";
import type { Frame } from "./header.js";
import { linkTargets } from "./metrics-table.js";
import type { Note } from "./notes.js";
import { govInfoTitle, isGovInfoAnnualReport, organizationInOpening } from "./organization.js";
import { assignParts, outOfOrder, partForHeading, partsForHeading } from "./parts.js";
import { isHeadingLike, topicTexts, type RawBody, type RawSection, type RawTopic } from "./structure.js";
import { KEY_WORK_TITLE, splitTargets, TARGETS_TITLE } from "./targets.js";
import { asText, flattenBeyond, partOpening, splitHead, toTopic } from "./topics.js";
import { findPeriod, findYear, isPlanOnlyTitle } from "./year-organization.js";

const CLOSING_START = /^(?:特此(?:报告|汇报)|以上(?:报告|汇报)|新的一年|新年度|新征程|新起点|站在新的起点|总之|总而言之|今后|展望\d{4}年?|\d{4}年，?(?:我们|我局|我委|我办|我单位|全局|全系统)(?:将|要)|我们(?:将|要|坚信)|我局将|下一步，?(?:我们|我局))/;

/** The section heading, and its first sentence's remainder when the heading runs into text. */
function headingOf(section: RawSection): { heading: string; rest?: string } {
  if (isHeadingLike(section.heading)) return { heading: section.heading };
  // Run in: the heading ends at the first full stop or colon; a colon stays with it.
  const stop = section.heading.search(/[。！？：]/);
  const heading = section.heading[stop] === "：" ? section.heading.slice(0, stop + 1) : section.heading.slice(0, stop);
  return { heading, rest: section.heading.slice(stop + 1).trim() || undefined };
}

/** The closing paragraphs (新的一年，我们将…) at the very end of the last section. */
function takeClosing(section: RawSection): string[] {
  let list = section.intro;
  let min = 1;
  if (section.topics.length) {
    let last: RawTopic = section.topics[section.topics.length - 1];
    while (last.children.length) last = last.children[last.children.length - 1];
    list = last.body;
    min = splitHead(last, false).first === undefined ? 1 : 0;
  }
  const at = list.findIndex((p, i) => i >= min && CLOSING_START.test(p));
  return at >= 0 ? list.splice(at) : [];
}

function planPart(section: RawSection, intro: string[], notes: Note[]): { part: PlanPart; flattened: number } {
  const part: PlanPart = {};
  const index = section.topics.findIndex((t) => TARGETS_TITLE.test(splitHead(t, false).title ?? ""));
  if (index < 0) {
    const flattened = flattenBeyond(section.topics, 3);
    return { part: { ...partOpening(intro), ...itemsOf(section.topics, false) }, flattened };
  }
  const targetTopic = section.topics[index];
  const head = splitHead(targetTopic, false);
  const split = splitTargets([...(head.first ? [head.first] : []), ...targetTopic.body, ...targetTopic.children.flatMap(topicTexts)]);
  const moveToIntro = (text: string) => {
    intro.push(text);
    notes.push({ code: "moved-to-intro", params: { text } });
  };
  if (split.lead) moveToIntro(split.lead);
  const items: RawTopic[] = [];
  section.topics.forEach((t, i) => {
    if (i === index) return;
    if (KEY_WORK_TITLE.test(splitHead(t, false).title ?? "")) {
      const keyHead = splitHead(t, false);
      for (const text of [...(keyHead.first ? [keyHead.first] : []), ...t.body]) moveToIntro(text);
      for (const child of t.children) items.push(child); // not push(...): a huge list overflows the stack
    } else items.push(t);
  });
  const flattened = flattenBeyond(items, 2);
  // Key order as the plan renders: intro (its points continuing it), 目标任务, 重点工作.
  Object.assign(part, partOpening(intro));
  if (split.targets.length) part.targets = split.targets;
  Object.assign(part, itemsOf(items, false));
  return { part, flattened };
}

function itemsOf(topics: RawTopic[], inProblems: boolean): { items?: Topic[] } {
  return topics.length ? { items: topics.map((t) => toTopic(t, inProblems)) } : {};
}

export interface Assembled {
  report: Report;
  notes: Note[];
  /**
   * The part headings the build prints that the original did not have, set only when no
   * printed part came from a heading of the original (a plan alone's generated
   * "2024年工作打算", a report with no 一、 whose text became the summary): `--check`
   * discounts them (structure-check.ts). Not when the original has part headings of its
   * own: there its work headings one level below them are a real change of shape.
   */
  generatedHeadings?: string[];
}

export function assemble(frame: Frame, body: RawBody, published: string | undefined, metrics: Metric[] | undefined, notes: Note[]): Assembled {
  const sections = body.sections;
  const wanted = sections.map((s) => partForHeading(headingOf(s).heading));
  const placements = assignParts(sections.map((s) => partsForHeading(headingOf(s).heading)));
  const closing = sections.length ? takeClosing(sections[sections.length - 1]) : [];

  const yearInput = {
    titleYear: frame.year,
    opening: body.intro,
    headings: sections.map((s, i) => ({ text: s.heading, plan: wanted[i] === "plan" })),
    date: frame.date,
  };
  // A report that opens with its first heading ("一、总体情况" and no title): the first
  // section's text is its opening, when nothing else gives a year.
  let found = findYear(yearInput);
  if (found.value === undefined && sections.length) found = findYear({ ...yearInput, opening: [...sections[0].intro, ...sections[0].topics.flatMap(topicTexts)] });
  // No default year: without one the data has no `year` and validation asks for it.
  const year = found.value ?? Number.NaN;
  // A half keeps its period, so the build's default title and headings say 上半年/下半年.
  const period = frame.period ?? findPeriod({ opening: body.intro, headings: sections.map((s, i) => ({ text: s.heading, plan: wanted[i] === "plan" })) }) ?? "year";
  // The file name is how build, new and diff find a half (data/2024-h1.yaml): say it.
  if (period !== "year" && found.value !== undefined) notes.push({ code: "half-year", params: { half: period, stem: periodStem({ year, period }) } });
  if (found.value === undefined) notes.push({ code: "no-year", params: {} });
  else if (found.from !== "title") notes.push({ code: "year-from", params: { year, from: found.from! } });
  const named = frame.organization ?? frame.signatureOrganization;
  const opened = named ? undefined : organizationInOpening(body.intro);
  const organization = named ?? opened ?? "（请填写单位名称）";
  if (opened) notes.push({ code: "organization-from-opening", params: { organization: opened } });
  else if (!named) notes.push({ code: "no-organization", params: {} });
  // A 政府信息公开 annual report copied without its title line has the format's title, not
  // the build's default "…工作总结及…工作计划": composed, and said (a placeholder organisation still flags it).
  let title = frame.title;
  const texts = [...body.intro, ...sections.flatMap((s) => [s.heading, ...s.intro, ...s.topics.flatMap(topicTexts)])];
  if (!title && found.value !== undefined && isGovInfoAnnualReport(texts)) {
    title = govInfoTitle(organization, year);
    notes.push({ code: "title-composed", params: { title } });
  } else if (!title) notes.push({ code: "no-title", params: {} });

  // Sections without a part of their own become topics of the part before them (of the
  // summary, with its default heading, when they come first); a section naming a part an
  // earlier heading took becomes a topic of that part. Every heading's place is noted.
  const kept: Array<{ section: RawSection; part: PartKey; generated?: true }> = [];
  sections.forEach((section, i) => {
    const placement = placements[i];
    const { heading, rest } = headingOf(section);
    if ("part" in placement) {
      // "二、工作成效" after "一、主要做法": the summary is taken, the results are the highlights.
      if (wanted[i] !== placement.part) notes.push({ code: "second-reading", params: { heading, wanted: wanted[i]!, part: placement.part } });
      else notes.push({ code: "part-heading", params: { heading, part: placement.part } });
      kept.push({ section, part: placement.part });
      return;
    }
    if (!kept.length) {
      // A plan alone whose headings name only work ("XX局2024年工作要点"): they are the plan's topics.
      const key: PartKey = frame.title && isPlanOnlyTitle(frame.title) && wanted.every((w) => w === undefined) ? "plan" : "summary";
      kept.push({ section: { head: { text: "" }, heading: defaultHeading(key, year, period), intro: [], topics: [] }, part: key, generated: true });
    }
    const into = "topicOf" in placement ? kept.find((k) => k.part === placement.topicOf)! : kept[kept.length - 1];
    const body = [...(rest ? [rest] : []), ...section.intro];
    into.section.topics.push({ key: "merged", head: { text: heading, heading: 1 }, body, children: section.topics });
    if ("topicOf" in placement) notes.push({ code: "part-named-again", params: { heading, part: into.part, first: headingOf(into.section).heading } });
    else notes.push({ code: "merged-section", params: { heading, part: into.part } });
  });

  const parts: Partial<Record<PartKey, Part | PlanPart>> = {};
  for (const { section, part: key } of kept) {
    const { heading, rest } = headingOf(section);
    const intro = [...(rest ? [rest] : []), ...section.intro];
    let part: Part | PlanPart;
    let flattened: number;
    if (key === "plan") ({ part, flattened } = planPart(section, intro, notes));
    else {
      flattened = flattenBeyond(section.topics, 3);
      // "二、存在的问题" written as one paragraph "一是…；二是…": intro (the lead) and points.
      part = { ...partOpening(intro), ...itemsOf(section.topics, key === "problems") };
    }
    if (flattened) notes.push({ code: "too-deep", params: { count: flattened, part: key } });
    parts[key] = heading !== defaultHeading(key, year, period) ? { heading, ...part } : part;
  }
  if (!sections.length) {
    notes.push({ code: "no-sections", params: {} });
    parts.summary = partOpening(body.intro);
  }
  // A part the report does not have is absent: the data must hold summary, problems and
  // plan, so an empty one is kept and `parts:` lists only those with something in them,
  // which makes the build print no heading for the others.
  const missing = (["summary", "problems", "plan"] as const).filter((key) => !parts[key]);
  for (const key of missing) {
    parts[key] = {};
    notes.push({ code: "missing-part", params: { part: key } });
  }
  // Printed in the document's order: a report whose parts come in another order than the
  // contract's (形势 before 问题) lists them in `parts:`, so the build numbers them as the
  // original did; so does a report missing a part. Otherwise no `parts:`.
  const order = sections.length ? kept.map((k) => k.part) : (["summary"] as PartKey[]);
  const reordered = outOfOrder(order);
  if (reordered) notes.push({ code: "parts-order", params: { parts: order.join(", ") } });
  const printed = missing.length || reordered ? order : [];

  const plan = parts.plan as PlanPart;
  if (metrics?.length && plan.targets) plan.targets = linkTargets(plan.targets, metrics);
  // The page's 发布时间 is when the site published it, not the report's date: never used.
  const date = frame.date;
  if (!frame.date && published) notes.push({ code: "published-ignored", params: { date: published } });
  const intro = sections.length ? asText(body.intro) : undefined;
  const report = {
    ...(found.value !== undefined ? { year } : {}),
    ...(period !== "year" ? { period } : {}),
    organization,
    ...(title && title !== defaultTitle(organization, year, period) ? { title } : {}),
    ...(date ? { date } : {}),
    ...(intro ? { intro } : {}),
    ...(metrics?.length ? { metrics } : {}),
    ...(printed.length ? { parts: printed } : {}),
    summary: parts.summary!,
    ...(parts.highlights ? { highlights: parts.highlights } : {}),
    problems: parts.problems!,
    ...(parts.outlook ? { outlook: parts.outlook } : {}),
    plan: parts.plan!,
    ...(closing.length ? { closing: asText(closing) } : {}),
    ...(frame.signatureOrganization && frame.signatureOrganization !== organization
      ? { signature: { organization: frame.signatureOrganization } }
      : {}),
  } as Report;
  // The parts printed are the kept ones (or the summary alone): all made up, or none discounted.
  const generated = !sections.length ? [defaultHeading("summary", year, period)] : kept.every((k) => k.generated) ? kept.map((k) => k.section.heading) : [];
  return { report, notes, ...(generated.length ? { generatedHeadings: generated } : {}) };
}
