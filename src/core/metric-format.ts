/**
 * Figures as text, the same in the report's table and in `report diff`: numbers as the
 * data wrote them, growth to 0.1 %, and "—" where there is nothing to show. An indicator
 * measured in % changes by percentage points (42% → 58% is 提高16个百分点, not 38.1 %).
 */
import type { Lang } from "./lang.js";

export const DASH = "—";

export function formatNumber(n: number | null | undefined): string {
  return n == null ? DASH : String(n);
}

/** "+0.5", "-2", "0". */
export function formatSigned(n: number | null | undefined): string {
  if (n == null) return DASH;
  return n > 0 ? `+${n}` : String(n);
}

export function isPercentUnit(unit: string): boolean {
  return /^\s*[%％]\s*$/.test(unit);
}

export interface GrowthInput {
  unit: string;
  change: number | null;
  growthPercent: number | null;
}

/**
 * The growth cell: "23.8%" (or "+23.8%" when `signed`), percentage points for % units,
 * "—" when there is no rate (no last-year value, or last year was 0).
 */
export function formatGrowth(row: GrowthInput, options: { signed?: boolean; lang?: Lang } = {}): string {
  const sign = (n: number, text: string) => (options.signed && n > 0 ? `+${text}` : text);
  if (isPercentUnit(row.unit)) {
    if (row.change == null) return DASH;
    const points = options.lang === "en" ? " pp" : "个百分点";
    return `${sign(row.change, String(row.change))}${points}`;
  }
  if (row.growthPercent == null) return DASH;
  return `${sign(row.growthPercent, row.growthPercent.toFixed(1))}%`;
}
