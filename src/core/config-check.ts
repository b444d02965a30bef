/**
 * report.config.yaml's schema and its full check (config.ts holds the settings and the
 * quick way through a valid file). Loaded only by a config with something to report, by
 * the library's parseConfig, and by `npm run schema`.
 */
import * as z from "zod"; // not `{ z }`: that object holds all of zod's locales (~260 KB the bundle cannot drop)
import { quickConfig } from "./config.js";
import { quickLoad } from "./quick-yaml.js";
import type { Diagnostic } from "./diagnostics.js";
import type { Lang } from "./lang.js";
import { issuesToDiagnostics } from "./schema-issues.js";
import { parseYaml, type SourceFile } from "./yaml-source.js";

/**
 * The config file's schema, built on first use (configSchema()): a valid file is read by
 * the parser generated from it (config-parser.generated.ts, see schema-codegen.ts).
 */
function buildConfigSchema() {
  const presetName = z.enum(["official", "plain"]);
  const fontName = z.string().min(1);

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
      dataDir: z.string().meta({ description: "数据目录，默认 data" }).optional(),
      outDir: z.string().meta({ description: "输出目录，默认 out" }).optional(),
      template: z.string().meta({ description: "自定义模板文件（相对于本配置文件）" }).optional(),
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
  // A valid file the quick way (as quick-validate.ts does for data); else with positions.
  const config = quickConfig(quickLoad(source.text));
  return config ? { config, diagnostics: [] } : checkConfig(source, lang);
}

/** The full check, with positions: for a file the quick way did not clear. */
export function checkConfig(source: SourceFile, lang: Lang): ConfigResult {
  const parsed = parseYaml(source, lang);
  if (parsed.diagnostics.length) return { diagnostics: parsed.diagnostics };
  const result = configSchema().safeParse(parsed.data ?? {});
  if (!result.success) return { diagnostics: issuesToDiagnostics(result.error.issues, parsed, configSchema(), lang) };
  return { config: result.data, diagnostics: [] };
}
