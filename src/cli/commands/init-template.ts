/**
 * The data file `report init` writes: every key an office needs, with Chinese comments,
 * valid as it stands (report validate exits 0 on it) and ready to be filled in.
 */
export function scaffoldYaml(year: number, schemaRef: string): string {
  const next = year + 1;
  return `# yaml-language-server: $schema=${schemaRef}
# ${year}年工作总结及${next}年工作计划的数据文件
#
# 填写说明：
#   · 把“示例”内容换成本单位的实际情况；带“可选”的项不需要时可整段删除。
#   · 不要手写序号（一、（一）1.（1））：工具自动编号，调整顺序、增删条目都不用改号。
#   · 一段文字写一个字符串；多段时写成列表（每段以“- ”开头），或在段与段之间空一行。
#   · 填好后运行 report validate 检查，再运行 report build ${year} 生成 Word 和 Markdown 文件。
#   · 用 VS Code 并安装 YAML 扩展，输入时有键名补全，鼠标悬停可看中文说明。

year: ${year}                   # 总结的年度；计划部分是下一年（${next}年）
# period: first-half            # 半年报告（可选）：first-half 上半年、second-half 下半年；文件名相应为 ${year}-h1.yaml、${year}-h2.yaml
organization: 示例单位          # 单位名称（必填）
# title: 示例单位${year}年工作总结及${next}年工作计划   # 标题（可选），默认按此格式生成
date: ${year}-12-31             # 成文日期，落款处写作“${year}年12月31日”

# 导语（可选）：“一、”之前的开头段落
intro: ${year}年，我单位围绕年度目标任务，扎实推进各项工作。现将全年工作总结如下。

# 主要指标（可选）：id 跨年度保持不变，下一年的计划目标可以引用它
metrics:
  - { id: example_metric, label: 示例指标, value: 10, unit: 项 }

# 一、${year}年工作开展情况（必填）
summary:
  items:
    - id: example-work          # 稳定标识（可选），跨年度比对时用它匹配同一事项
      title: 示例重点工作       # 标题，不写序号
      body: 写明做了什么、取得了什么成效，尽量用数据说话。
      points:                   # 段内列举（可选），生成“一是……。二是……。”
        - 示例举措一
        - 示例举措二

# 存在的问题与不足（必填）：标题与正文在同一段
# 也可不分条目写成一段：intro 写引导句，points 列出“一是……；二是……”（同 summary 事项的 points）
problems:
  items:
    - title: 示例问题
      body: 写明问题的表现和原因。

# ${next}年工作打算（必填）
plan:
  targets:                      # 目标任务（可选），生成“（一）目标任务”段落
    - { text: 示例指标达到12项, metric: example_metric, value: 12, unit: 项 }
  items:                        # 重点工作
    - title: 示例工作安排
      body: 写明下一年的具体措施。

# 结尾段落（可选）
closing: ${next}年，我单位将继续……
`;
}
