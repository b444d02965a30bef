/**
 * Byte-identical output for identical input. docx writes the current time into
 * docProps/core.xml; everything else it writes depends only on the input. So the package
 * is unzipped, the created/modified times are set to the document's date, and it is zipped
 * again with a fixed entry time and a fixed entry order.
 */

import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";

const CORE = "docProps/core.xml";
const FALLBACK_DATE = "2000-01-01";

/**
 * The entry time of every zip entry. fflate writes DOS times from the Date's *local*
 * fields, so the Date is built from local fields too: the same bytes in every time zone.
 */
function entryTime(): Date {
  return new Date(1980, 0, 1, 0, 0, 0);
}

/** The W3CDTF time for the document's date: midnight UTC, 2000-01-01 when there is none or it is not YYYY-MM-DD. */
export function metadataTime(date: string | undefined): string {
  const day = date && /^\d{4}-\d{2}-\d{2}$/.test(date) && !Number.isNaN(Date.parse(date)) ? date : FALLBACK_DATE;
  return `${day}T00:00:00Z`;
}

function setCoreTimes(xml: string, time: string): string {
  return xml.replace(
    /(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g,
    (_m, open: string, _name: string, close: string) => `${open}${time}${close}`,
  );
}

/** [Content_Types].xml first and the package relationships next, as Office writes them; the rest by name. */
function entryOrder(names: string[]): string[] {
  const rank = (n: string) => (n === "[Content_Types].xml" ? 0 : n === "_rels/.rels" ? 1 : 2);
  return [...names].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

/** Rewrites a .docx package so that its bytes depend only on its content and `date`. */
export function makeDeterministic(docx: Uint8Array, date: string | undefined): Uint8Array {
  const entries = unzipSync(docx);
  if (entries[CORE]) entries[CORE] = strToU8(setCoreTimes(strFromU8(entries[CORE]), metadataTime(date)));
  const mtime = entryTime();
  const ordered: Zippable = {};
  for (const name of entryOrder(Object.keys(entries))) ordered[name] = [entries[name], { mtime }];
  return zipSync(ordered, { level: 6, mtime });
}
