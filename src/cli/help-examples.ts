/**
 * An example under each command's help, in the language of the help. Written as `report
 * …`; main.ts puts in the command the way the user ran it (`node bin/report.js …`).
 */
import type { Lang } from "../core/lang.js";

type Example = Record<Lang, string[]>;

export const EXAMPLES: Record<string, Example> = {
  build: {
    en: ["report build 2024                # data/2024.yaml → out/2024.docx and out/2024.md", "report build 2024 --format docx  # the Word file only"],
    zh: ["report build 2024                # data/2024.yaml → out/2024.docx 和 out/2024.md", "report build 2024 --format docx  # 只生成 Word 文件"],
  },
  schema: { en: ["report schema > schema/report.schema.json"], zh: ["report schema > schema/report.schema.json"] },
  import: {
    en: [
      "report import 2023年总结.docx -o data/2023.yaml",
      "report import 2023年总结.docx --check   # how faithfully it round-trips",
      "report import 审改稿.docx --into data/2023.yaml --dry-run   # the leaders' edits back into the data, as a diff",
    ],
    zh: [
      "report import 2023年总结.docx -o data/2023.yaml",
      "report import 2023年总结.docx --check   # 查看往返一致率",
      "report import 审改稿.docx --into data/2023.yaml --dry-run   # 把领导在 Word 中的修改写回数据（先看 diff）",
    ],
  },
  validate: {
    en: ["report validate                  # every data/*.yaml", "report validate data/2024.yaml --fix", "report validate --format github   # annotations in GitHub Actions"],
    zh: ["report validate                  # 检查 data/ 中所有 .yaml", "report validate data/2024.yaml --fix   # 自动修正标点和序号", "report validate --format github   # GitHub Actions 注释"],
  },
  init: { en: ["report init my-report            # then: cd my-report && report build <year>"], zh: ["report init 我的报告              # 然后：cd 我的报告，再 report build <年份>"] },
  diff: {
    en: ["report diff 2023 2024", "report diff 2024 --section metrics,follow-through"],
    zh: ["report diff 2023 2024", "report diff 2024 --section metrics,follow-through   # 只看指标和计划落实"],
  },
  template: {
    en: ["report template eject            # templates/report.md.hbs and partials/, to edit; report.config.yaml points at them"],
    zh: ["report template eject            # 复制出 templates/report.md.hbs 和 partials/ 供修改，report.config.yaml 指向它们"],
  },
  doctor: { en: ["report doctor                    # before printing: are the official fonts installed?"], zh: ["report doctor                    # 打印前检查：公文字体是否已安装"] },
  new: { en: ["report new 2024                  # from data/2023.yaml; then fill in the places marked 填写"], zh: ["report new 2024                  # 根据 data/2023.yaml 生成；然后在标有“填写”处填写"] },
};

export function examplesText(command: string, lang: Lang, invoked: string): string {
  const lines = EXAMPLES[command]?.[lang] ?? [];
  if (!lines.length) return "";
  const title = lang === "zh" ? "示例：" : "Examples:";
  return `\n${title}\n${lines.map((l) => `  ${l.replace(/^report /, `${invoked} `)}`).join("\n")}\n`;
}
