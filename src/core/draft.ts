/**
 * `report build --draft`: a report that still holds placeholders may be printed, but
 * never so that it could pass for the final one. The title says 草稿 (draft), in the
 * place a reader looks first; a custom title keeps its words and gets the same mark.
 */
import type { Report } from "./schema.js";

export const DRAFT_MARK = "（草稿）";

export function markedAsDraft(report: Report, defaultTitle: (organization: string, year: number, period?: Report["period"]) => string): Report {
  const title = report.title ?? defaultTitle(report.organization, report.year, report.period);
  return { ...report, title: title.endsWith(DRAFT_MARK) ? title : `${title}${DRAFT_MARK}` };
}
