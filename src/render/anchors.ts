/**
 * Anchors: the names of the invisible bookmarks the Word writer puts around each part's
 * and topic's own paragraphs, so `report import --into` can map an edited paragraph back
 * to its place in the data (issue 21).
 *
 * A name is built from the topic's `id` ("rpt_talent"), else from its data path
 * ("rpt__summary_1_0" for summary.items[1].items[0]; parts "rpt__plan"; a metric's value
 * cell in the table "rpt__m_<metric id>"). The double
 * underscore keeps the two kinds apart: an id starts with a letter. Word allows letters,
 * digits and "_" in a bookmark name, starting with a letter, at most 40 characters, and
 * treats names starting with "_" as hidden ones it may drop, so every name starts "rpt".
 */

export const ANCHOR_PREFIX = "rpt_";
/** Word's limit on a bookmark name. */
export const ANCHOR_MAX = 40;

export type DataPath = ReadonlyArray<string | number>;

/** FNV-1a, 32 bits, as 8 hex digits: stable across runs and platforms. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

/** Within 40 characters: a name too long keeps its start and ends with a hash of the whole. */
function fit(name: string): string {
  return name.length <= ANCHOR_MAX ? name : `${name.slice(0, ANCHOR_MAX - 9)}_${hash(name)}`;
}

/** summary.items[1].items[0] → "summary_1_0": the keys "items" are implied. */
function pathPart(path: DataPath): string {
  return path.filter((key) => key !== "items").join("_");
}

/** The bookmark name of a part (id null) or topic. */
export function anchorName(id: string | null | undefined, path: DataPath): string {
  if (id) return fit(ANCHOR_PREFIX + id.replace(/[^a-z0-9]/gi, "_"));
  return fit(`${ANCHOR_PREFIX}_${pathPart(path)}`);
}

/** The bookmark name of a metric's value cell in the 主要指标完成情况 table: "rpt__m_rd_spending". */
export function metricAnchorName(id: string): string {
  return fit(`${ANCHOR_PREFIX}_m_${id.replace(/[^a-z0-9_]/gi, "_")}`);
}

/** "summary.items[1].title": a data path as the messages print it. */
export function pathText(path: DataPath): string {
  return path.map((key, i) => (typeof key === "number" ? `[${key}]` : i ? `.${key}` : key)).join("");
}
