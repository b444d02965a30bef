/**
 * Byte-identical output for identical input. docx writes the current time into
 * docProps/core.xml and the zip entries; everything else it writes depends only on the
 * input (and its deflate, fflate, is pure JavaScript: the same bytes on every machine).
 * So the package is rewritten with a fixed entry time and a fixed entry order, and
 * core.xml's created/modified times set to the document's date. The other entries keep
 * their compressed bytes (zip-repack.ts): unzipping and zipping the whole package again
 * took longer than writing the document.
 */

import { entryData, readZip, storedEntry, writeZip } from "./zip-repack.js";

const CORE = "docProps/core.xml";
const FALLBACK_DATE = "2000-01-01";
const encoder = new TextEncoder();
const decoder = new TextDecoder();

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
function rank(name: string): number {
  return name === "[Content_Types].xml" ? 0 : name === "_rels/.rels" ? 1 : 2;
}

/** Rewrites a .docx package so that its bytes depend only on its content and `date`. */
export function makeDeterministic(docx: Uint8Array, date: string | undefined): Uint8Array {
  const entries = readZip(docx)
    .filter((e) => !e.name.endsWith("/"))
    .map((e) => (e.name === CORE ? storedEntry(CORE, encoder.encode(setCoreTimes(decoder.decode(entryData(e)), metadataTime(date)))) : e))
    .sort((a, b) => rank(a.name) - rank(b.name) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return writeZip(entries);
}
