/** report.config.yaml's schema and its check (config.ts turns the result into settings). */
import * as z from "zod"; // not `{ z }`: that object holds all of zod's locales (~260 KB the bundle cannot drop)
import type { Diagnostic } from "./diagnostics.js";
import type { Lang } from "./lang.js";
import { explainMistakes } from "./mistakes/explain.js";
import { issuesToDiagnostics } from "./schema-issues.js";
import { allKeys, keysAt } from "./schema-walk.js";
import { isKeyName } from "./mistakes/key-names.js";
import { PART_KEYS } from "./schema-constants.js";
import { parseYaml, type SourceFile } from "./yaml-source.js";

/** The config file's schema, built on first use (configSchema()). */
function buildConfigSchema() {
  const presetName = z.enum(["official", "plain"]);
  // A font name goes into the Word file's XML and styles: no control characters, no line breaks.
  const fontName = z
    .string()
    .min(1)
    .refine((name) => !/[\p{Cc}\p{Cs}\uFFFE\uFFFF]/u.test(name), { params: { reason: "control-character" } });

  return z
    .object({
      fonts: z
        .union([
          presetName,
          z
            .object({
              preset: presetName.optional(),
              title: fontName.optional(),
              titleBold: z.boolean().optional(),
              body: fontName.optional(),
              heading1: fontName.optional(),
              heading2: fontName.optional(),
              heading3: fontName.optional(),
              heading4: fontName.optional(),
              pageNumber: fontName.optional(),
              latin: fontName.optional(),
            })
            .strict(),
        ])
        .meta({ description: "字体：official（仿宋_GB2312 等，默认）、plain（仿宋/楷体/宋体），或逐项指定" })
        .optional(),
      ordinals: z
        .object({ level3: z.enum(["1.", "1、"]).meta({ description: "三级序号写法：1.（标准）或 1、" }).optional() })
        .strict()
        .optional(),
      lang: z.enum(["zh", "en"]).meta({ description: "提示信息的语言：zh 或 en（--lang 和 LANG 等环境变量优先）" }).optional(),
      dataDir: z.string().meta({ description: "数据目录，默认 data" }).optional(),
      outDir: z.string().meta({ description: "输出目录，默认 out" }).optional(),
      template: z.string().meta({ description: "自定义模板文件（相对于本配置文件）" }).optional(),
      parts: z
        .array(z.enum(PART_KEYS))
        .min(1)
        .refine((keys) => new Set(keys).size === keys.length, { message: "a part is listed twice / 有部分重复列出" })
        .meta({ description: "印出的部分及其顺序（数据文件的 parts 优先）" })
        .optional(),
    })
    .strict();
}

let schema: ReturnType<typeof buildConfigSchema> | undefined;

export function configSchema(): ReturnType<typeof buildConfigSchema> {
  return (schema ??= buildConfigSchema());
}

export type ConfigFile = z.infer<ReturnType<typeof buildConfigSchema>>;

export interface ConfigResult {
  config?: ConfigFile;
  diagnostics: Diagnostic[];
}

export function parseConfig(source: SourceFile, lang: Lang): ConfigResult {
  const parsed = parseYaml(source, lang);
  // The data file's explanations of YAML mistakes (a tab, a full-width colon…) and its code frame.
  const keys = allKeys(configSchema());
  const isKey = (word: string) => keys.has(word) || isKeyName(word);
  const explained = (diagnostics: Diagnostic[]) => explainMistakes({ file: source.file, text: source.text, diagnostics, lang, keysAt: (path) => keysAt(configSchema(), path), isKey });
  if (parsed.diagnostics.length) return { diagnostics: explained(parsed.diagnostics) };
  const result = configSchema().safeParse(parsed.data ?? {});
  if (!result.success) return { diagnostics: explained(issuesToDiagnostics(result.error.issues, parsed, configSchema(), lang)) };
  return { config: result.data, diagnostics: [] };
}
