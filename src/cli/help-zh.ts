/**
 * The help in Chinese: each command's, argument's and option's description, keyed as
 * command-spec.ts writes them (a test checks that none is missing). English stays in
 * command-spec.ts, the one place the commands are defined.
 */
export const PROGRAM_ZH = "work-report：把 YAML 数据生成公文格式的年度工作总结及工作计划（Word 和 Markdown）";

/** Option flags → description; shared by every command that has the option. */
export const OPTIONS_ZH: Record<string, string> = {
  "--lang <lang>": "提示信息的语言：zh 或 en（默认依次取 LC_ALL/LC_MESSAGES/LANG、配置文件的 lang、系统语言）",
  "--debug": "内部错误时显示调用栈",
  "--no-color": "输出不带颜色",
  "--max-size <MB>": "读取文件的大小上限，单位 MB（默认 10）",
  "--data-dir <dir>": "数据目录（默认 data）",
  "--data <file>": "数据文件（默认 <数据目录>/<年份>.yaml）",
  "--out-dir <dir>": "输出目录（默认 out）",
  "--format <list>": "输出格式，逗号分隔：docx、md、pdf（pdf 需要 LibreOffice；默认 docx,md）",
  "--template <file>": "自定义 Handlebars 模板（默认用内置模板）",
  "--no-metrics-table": "不加“主要指标完成情况”表（默认有指标时自动加）",
  "-o, --output <file>": "把 YAML 写入此文件（默认输出到屏幕）",
  "--force": "-o 指定的文件已存在时覆盖；与 --into 同用时，即使部分修改无法归位也写入",
  "--check": "不输出 YAML，而是给出往返一致率（导入 → 生成 Markdown → 比对）",
  "--into <file>": "把由 report build 生成、经修改的 .docx 中的改动（文字、段落、新增/移动/删除的事项、数字）就地写回此数据文件",
  "--changes <mode>": "与 --into 同用：修订的处理方式，accept（接受，默认）或 reject（拒绝）",
  "--comments": "与 --into 同用：把 Word 批注作为 YAML 注释写在对应事项上方",
  "--strict": "有警告也以退出码 1 结束",
  "--fix": "就地修正半角标点和手写序号",
  "--dry-run": "与 --fix 或 --into 同用：只以 diff 形式显示改动，不写文件",
  "--year <year>": "数据文件的年份（默认今年）",
  "--a <file>": "较早一年的数据文件（代替 yearA）",
  "--b <file>": "较晚一年的数据文件（代替 yearB）",
  "--section <list>": "只比较这些部分，逗号分隔：metrics、summary、highlights、problems、outlook、plan、follow-through",
  "--exit-code": "有差异时以退出码 1 结束（同 git diff --exit-code）",
  "--verbose": "列出全部警告（默认每条规则只列前 3 处并给出总数）",
  "--draft": "仍有占位文字（请填写……、XX）时也生成，标题标注“（草稿）”",
};

/** Per command; `options` for a flag whose meaning differs between commands. */
export const COMMANDS_ZH: Record<string, { description: string; args: Record<string, string>; options?: Record<string, string> }> = {
  build: { description: "生成报告：data/<年份>.yaml → out/<年份>.docx 和 out/<年份>.md", args: { "<year>": "总结的年度，如 2023；半年：2024-h1、2024-h2" } },
  schema: { description: "输出数据格式的 JSON Schema（draft-07），供编辑器自动补全", args: {} },
  import: { description: "导入已有报告（.docx、.md、.txt；UTF-8 或 GBK）→ YAML 数据", args: { "<file>": "要导入的报告：.docx、.md 或 .txt" } },
  validate: { description: "检查数据文件（默认检查数据目录中所有 *.yaml；- 表示从标准输入读取）", args: { "[files...]": "要检查的数据文件" },
    options: { "--format <format>": "输出形式：text、json 或 github（默认 text）" },
  },
  init: { description: "新建项目：生成带注释的 data/<今年>.yaml 及其 JSON Schema", args: { "[dir]": "项目目录（默认当前目录）" } },
  diff: {
    description: "对比两年：指标、目标完成、问题是否重复出现、文字改动",
    args: { "[yearA]": "较早的年份或半年，如 2024-h1（只写一个时与它之前的那份报告比较）", "[yearB]": "较晚的年份" },
    options: { "--format <format>": "输出形式：text、md 或 json（默认 text）" },
  },
  doctor: { description: "检查本机：生成时会用哪个配置文件、模板和字体，以及版式所需字体是否已安装", args: {} },
  new: { description: "根据上一年的文件新建 data/<年份>.yaml（不会覆盖已有文件）", args: { "<year>": "要新建的年份，如 2024；半年：2024-h2（根据 2024-h1）" } },
  template: { description: "template eject：把内置模板复制到 templates/，并让 report.config.yaml 指向它们", args: { "<action>": "eject" } },
};

/** commander's own words. */
export const COMMANDER_ZH = {
  titles: { "Usage:": "用法：", "Options:": "选项：", "Commands:": "命令：", "Arguments:": "参数：", "Global Options:": "全局选项：" } as Record<string, string>,
  help: "显示帮助",
  version: "显示版本号",
  helpCommand: "显示某个命令的帮助",
};
