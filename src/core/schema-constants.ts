/** The constants of the data contract that code outside the schema needs (the schema itself is in schema.ts). */

/** The years a report can be for (1949, the first of the People's Republic, to 2100). */
export const YEARS = { min: 1949, max: 2100 } as const;

export const POINT_STYLES = ["一是", "（1）", "①"] as const;

/** The span a report summarises: the whole year (the default), or one of its halves (period.ts). */
export const PERIODS = ["year", "first-half", "second-half"] as const;
export type Period = (typeof PERIODS)[number];

/**
 * Text that is one line in print (the organization, titles, headings, labels, units):
 * no line break, which would split a heading into a heading and a body paragraph.
 */
export const ONE_LINE = /^[^\r\n\u2028\u2029]*$/;

/** The parts in the order they render (data-format.md, "Top level"). */
export const PART_KEYS = ["summary", "highlights", "problems", "outlook", "plan"] as const;
export type PartKey = (typeof PART_KEYS)[number];
