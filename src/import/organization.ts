/**
 * The organisation where the title's words before the year do not give it (year-
 * organization.ts reads those). Real reports name themselves in other places too:
 * - a title that opens with the year: "2022年武乡县图书馆年度工作总结…";
 * - the opening of a report with no title line, as 政府信息公开 annual reports begin:
 *   "现公布广州市人民政府办公厅2023年…年度报告", "现将<单位>2024年…报告如下", "由淮北市人民医院编制",
 *   "岐山县教育体育局现向社会公开《2023年…报告》", or "2023年，宜黄县图书馆在…".
 * Only words that end like a unit's name (局, 馆, 院, 办公室, 街道…) are taken: "2023年XX区
 * 卫生健康工作总结" names a field of work, not who wrote it, and gives nothing.
 */

/** How a unit's name ends. */
const UNIT = "(?:局|馆|院|校|学|中心|委员会|委|办公室|办|厅|公司|集团|街道|镇|乡|政府|所|站|队|处|会|社|部)";
const UNIT_END = new RegExp(`${UNIT}$`);

function unitName(words: string | undefined): string | undefined {
  const name = words?.replace(/^[\s“"《]+|[\s”"》]+$/g, "");
  return name && name.length >= 4 && UNIT_END.test(name) && !/^[本我全该]/.test(name) ? name : undefined;
}

/** "2022年武乡县图书馆年度工作总结及2023年工作计划" → 武乡县图书馆. */
export function organizationAfterYear(title: string): string | undefined {
  // Also after a school year and its term: "2023-2024学年上学期XX镇农村小学学校工作总结" → XX镇农村小学学校.
  const m = /^\s*\d{4}\s*(?:[-－—–~～至到]\s*\d{4}\s*)?(?:学年度?|年度?)\s*(?:上学期|下学期|第[一二]学期|秋季学期|春季学期)?\s*(.{2,30}?)(?:\d{4}\s*年|年度|上半年|下半年)?(?:工作)?(?:总结|计划|要点|报告)/u.exec(title);
  return unitName(m?.[1]);
}

const YEAR = "(?:\\d{4}|二〇[〇一二三四五六七八九]{2})\\s*年";
const OPENING_PATTERNS: RegExp[] = [
  // 现公布广州市人民政府办公厅2023年政府信息公开工作年度报告 / 特编制湛江市…办公室2023年… /
  // 现将乐山市金口河区文化广播电视体育和旅游局2024年政府信息公开工作年度报告如下
  new RegExp(`(?:公布|发布|编制|公开|报送|现将)\\s*《?([^《》，。,；;：:\\s]{4,40}?)${YEAR}[^《》，。,]{0,40}?(?:报告|总结)`),
  // 由淮北市人民医院编制
  /由([^《》，。,；;：:\s]{4,30}?)(?:编制|编写|制作)/,
  // 岐山县教育体育局现向社会公开《2023年…报告》
  new RegExp(`([^《》，。,；;：:\\s]{4,30}?)(?:现|特|今)(?:向社会)?(?:公开|公布|发布)《?${YEAR}`),
  // 2023年，宜黄县图书馆在上级领导的…
  new RegExp(`^${YEAR}(?:以来)?[，,]\\s*([^《》，。,；;：:\\s]{4,30}?${UNIT})(?=在|坚持|以|紧|围绕|认真|全面|深入|始终|按照|立足)`),
];

/** The organisation an opening names as its author, if it does (first paragraphs only). */
export function organizationInOpening(paragraphs: string[]): string | undefined {
  for (const text of paragraphs.slice(0, 4)) {
    for (const re of OPENING_PATTERNS) {
      const name = unitName(re.exec(text)?.[1]);
      if (name) return name;
    }
  }
  return undefined;
}


/**
 * A 政府信息公开 annual report, as the 国办 format has it: the text speaks of 政府信息公开 or
 * 政务公开, and either calls itself a 年度报告 or has the format's sections (主动公开 and
 * 依申请公开). Read on the text's opening (its first few thousand characters).
 */
export function isGovInfoAnnualReport(texts: string[]): boolean {
  const text = texts.join("").slice(0, 3000);
  return /政府信息公开|政务公开/.test(text) && (/年度报告/.test(text) || (/主动公开/.test(text) && /依申请公开/.test(text)));
}

/** The title such a report has when the copy lost it: "<单位>2024年政府信息公开工作年度报告". */
export const govInfoTitle = (organization: string, year: number) => `${organization}${year}年政府信息公开工作年度报告`;
