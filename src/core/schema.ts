/**
 * The data contract (shared/spec/data-format.md) as a zod schema: the one source of the
 * TypeScript types, the JSON Schema for editors (schema/report.schema.json) and the
 * validation messages. Keys are public: never rename one or change its meaning.
 * Descriptions are Chinese because editors show them to the office staff on hover.
 */
import * as z from "zod"; // not `{ z }`: that object holds all of zod's locales (~260 KB the bundle cannot drop)
import { ONE_LINE, PART_KEYS, PERIODS, POINT_STYLES, YEARS } from "./schema-constants.js";
import { isRealDate } from "./text.js";

export { PART_KEYS, PERIODS, POINT_STYLES, YEARS, type PartKey, type Period } from "./schema-constants.js";

export interface Topic {
  id?: string;
  title?: string;
  runIn?: boolean;
  body?: string | string[];
  points?: Array<string | string[]>;
  pointStyle?: (typeof POINT_STYLES)[number];
  items?: Topic[];
}

/** The schemas, built on first use (reportSchema()): commands that never check data skip the cost. */
function buildSchemas() {
  /** A string printed as one line (schema-constants.ts, ONE_LINE); the pattern reaches editors through the JSON Schema. */
  const line = () => z.string().regex(ONE_LINE);

  /** A string or a list of strings; blank lines split paragraphs. */
  const TextSchema = z
    .union([z.string(), z.array(z.string())])
    .meta({ description: "文字：一段写一个字符串，多段用列表或空行分隔；不解释 Markdown" });

  /** A topic's or a part's points: the same type and description for both (rendered alike, outline.ts). */
  const pointsField = (before: "正文" | "导语") =>
    z
      .array(TextSchema)
      .meta({ description: `段内列举：“一是……。二是……。”；有${before}时接在${before}最后一段之后` })
      .optional();
  const pointStyleField = () =>
    z
      .enum(POINT_STYLES)
      .meta({ description: "列举序号样式：一是 / （1） / ①，默认“一是”" })
      .optional();

  const topicId = z
    .string()
    .regex(/^[a-z][a-z0-9-]*$/)
    .meta({ description: "稳定标识（小写字母开头，可含数字和连字符），全文件唯一；跨年度比对（report diff）用它匹配同一事项" });

  const TopicSchema: z.ZodType<Topic> = z
    .object({
      id: topicId.optional(),
      title: line()
        .meta({ description: "标题，不写序号（序号由工具自动编排）；省略时本条为带序号的段落" })
        .optional(),
      runIn: z
        .boolean()
        .meta({ description: "标题是否与正文同段（“（一）标题。正文……”）；默认否，“存在的问题”部分默认是" })
        .optional(),
      body: TextSchema.meta({ description: "正文段落" }).optional(),
      points: pointsField("正文"),
      pointStyle: pointStyleField(),
      get items() {
        return z
          .array(TopicSchema)
          .meta({ description: "下一级事项，自动编号（（一）→ 1. →（1））" })
          .optional();
      },
    })
    .strict()
    .meta({ id: "Topic", description: "一个事项：可有标题、正文、列举和下一级事项（最多四级）" });

  const partShape = {
    heading: line().meta({ description: "替换默认标题（不写序号）" }).optional(),
    intro: TextSchema.meta({ description: "标题下的导语段落" }).optional(),
    points: pointsField("导语"),
    pointStyle: pointStyleField(),
    items: z.array(TopicSchema).meta({ description: "本部分的事项，编号（一）（二）……" }).optional(),
  };

  const PartSchema = z
    .object(partShape)
    .strict()
    .meta({ id: "Part", description: "报告的一个部分，编号一、二、三……" });

  const metricId = z
    .string()
    .regex(/^[a-z][a-z0-9_]*$/);

  const TargetSchema = z
    .object({
      text: z.string().meta({ description: "目标原文，如“全社会研发经费投入总量达到2.5亿元”" }),
      metric: metricId.meta({ description: "对应的指标 id（metrics 中的 id），用于次年核对是否完成" }).optional(),
      value: z.number().meta({ description: "目标值（数字）" }).optional(),
      unit: line().meta({ description: "单位，如 亿元、家、%" }).optional(),
    })
    .strict()
    .meta({ id: "Target", description: "一项目标任务" });

  const PlanPartSchema = z
    .object({
      ...partShape,
      targets: z
        .array(TargetSchema)
        .meta({ description: "目标任务；填写后计划部分分为（一）目标任务、（二）重点工作" })
        .optional(),
    })
    .strict()
    .meta({ id: "PlanPart", description: "下一年度（上半年报告：下半年）工作计划" });

  const MetricSchema = z
    .object({
      id: metricId.meta({ description: "指标标识，跨年度相同即同一指标" }),
      label: line().meta({ description: "指标名称，如 全社会研发经费支出" }),
      value: z.number().meta({ description: "本年数值" }),
      unit: line().meta({ description: "单位：亿元、万元、家、项、人、% 等" }),
      previous: z.number().meta({ description: "上年数值（不填则取上年数据文件）" }).optional(),
      target: z.number().meta({ description: "本年目标值（不填则取上年计划中的目标）" }).optional(),
      note: z.string().meta({ description: "口径或来源，如 月报" }).optional(),
    })
    .strict()
    .meta({ id: "Metric", description: "一项主要指标" });

  const AttachmentSchema = z
    .object({
      title: line().min(1).meta({ description: "附件名称，不写“附件1”等序号，末尾不加标点；列入附件说明，并作为附件页的标题" }),
      body: TextSchema.meta({ description: "附件正文；填写后附件在落款之后另起一页排印（“附件1”、标题、正文）" }).optional(),
      file: z.string().min(1).meta({ description: "另附的附件文件名（如 附件2.xlsx）：只列入附件说明，工具不读取它" }).optional(),
    })
    .strict()
    .meta({ id: "Attachment", description: "一个附件" });

  const isoDate = z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    // "2023-02-30" matches the pattern but is no day of the calendar. Messages come from
    // messages.ts by issue code; params name the case for it.
    .refine(isRealDate, { params: { reason: "invalid-date" } });

  const ReportSchema = z
    .object({
      year: z.number().int().min(YEARS.min).max(YEARS.max).meta({ description: "总结的年度 N（计划为 N+1 年）" }),
      period: z
        .enum(PERIODS)
        .meta({ description: "总结的时段：year（全年，默认）、first-half（上半年，计划为下半年）、second-half（下半年，计划为 N+1 年）；决定标题和各部分默认标题的写法" })
        .optional(),
      organization: line().min(1).meta({ description: "单位名称，如 示例县科技局" }),
      title: line()
        .meta({ description: "公文标题；默认“{单位}{N}年工作总结及{N+1}年工作计划”（上半年：“{单位}{N}年上半年工作总结及下半年工作计划”）" })
        .optional(),
      date: isoDate.meta({ description: "成文日期 YYYY-MM-DD，落款处写作 2022年12月30日" }).optional(),
      intro: TextSchema.meta({ description: "开头导语（“一、”之前的段落）" }).optional(),
      metrics: z.array(MetricSchema).meta({ description: "本年主要指标" }).optional(),
      parts: z
        .array(z.enum(PART_KEYS))
        .min(1)
        .meta({ description: "本报告印出的部分及其顺序（覆盖 report.config.yaml 的 parts）：summary、highlights、problems、outlook、plan；编号按所选顺序连续" })
        .optional(),
      summary: PartSchema.meta({ description: "一、{N}年工作开展情况（上半年报告：上半年工作开展情况）" }),
      highlights: PartSchema.meta({ description: "主要成效及亮点工作（可选）" }).optional(),
      problems: PartSchema.meta({ description: "存在的问题与不足" }),
      outlook: PartSchema.meta({ description: "形势分析（可选）" }).optional(),
      plan: PlanPartSchema.meta({ description: "{N+1}年工作打算（上半年报告：下半年工作打算）" }),
      closing: TextSchema.meta({ description: "结尾段落（计划之后）" }).optional(),
      attachments: z
        .array(AttachmentSchema)
        .meta({ description: "附件：正文之后、落款之前列出附件说明；有正文的附件在落款之后各起一页" })
        .optional(),
      extra: z
        .record(
          // Names a template can write as {{extra.name}}: checked by rules/extra.ts, with a message that says so.
          z.string(),
          z.union([z.string(), z.number(), z.array(z.string())]).meta({ description: "文字、数字或文字列表" }),
        )
        .meta({ description: "本单位模板自用的字段（键为英文字母、数字和下划线），原样交给模板，如 extra.cc（抄送）；内置模板不使用" })
        .optional(),
      signature: z
        .object({
          organization: line().meta({ description: "落款单位，默认 organization" }).optional(),
          date: isoDate.meta({ description: "落款日期，默认 date" }).optional(),
        })
        .strict()
        .meta({ description: "落款；默认取 organization 和 date" })
        .optional(),
    })
    .strict()
    .meta({ title: "work-report 年度工作总结及计划数据", description: "一年的工作总结及下一年工作计划（report build 的输入）" });
  return { ReportSchema, PartSchema, PlanPartSchema, TargetSchema, MetricSchema, AttachmentSchema };
}

type Schemas = ReturnType<typeof buildSchemas>;
let schemas: Schemas | undefined;

/** The report schema: the data contract. */
export function reportSchema(): Schemas["ReportSchema"] {
  return (schemas ??= buildSchemas()).ReportSchema;
}

export type Report = z.infer<Schemas["ReportSchema"]>;
export type Part = z.infer<Schemas["PartSchema"]>;
export type PlanPart = z.infer<Schemas["PlanPartSchema"]>;
export type Target = z.infer<Schemas["TargetSchema"]>;
export type Metric = z.infer<Schemas["MetricSchema"]>;
export type Attachment = z.infer<Schemas["AttachmentSchema"]>;


/** Draft-07 JSON Schema for editors (yaml-language-server supports draft-07 reliably). */
export function reportJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(reportSchema(), { target: "draft-07", io: "input" }) as Record<string, unknown>;
}
