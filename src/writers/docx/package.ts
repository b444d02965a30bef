/**
 * The .docx package (OPC): the parts around document.xml, and the zip. Output is
 * byte-identical for identical input: core.xml's times come from the document's date,
 * and every zip entry is dated 1980-01-01 00:00, in the order Office writes them.
 *
 * The zip is fflate's zipSync: plain JavaScript, so its deflate gives the same bytes on
 * every machine. Node's zlib would not: it is Chromium's fork, whose output depends on the
 * CPU (its SIMD paths).
 */

import { zipSync, type Zippable } from "fflate";
import { escapeText, wordRoot, XML_DECLARATION } from "./xml.js";

const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const OFFICE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const WORDML = "application/vnd.openxmlformats-officedocument.wordprocessingml";
const FALLBACK_DATE = "2000-01-01";

export interface PackageParts {
  document: string;
  styles: string;
  fontTable: string;
  footers: { odd: string; even: string };
  metadata: { title: string; creator: string; date: string | undefined };
}

/** The W3CDTF time for the document's date: midnight UTC, 2000-01-01 when there is none or it is not YYYY-MM-DD. */
export function metadataTime(date: string | undefined): string {
  const day = date && /^\d{4}-\d{2}-\d{2}$/.test(date) && !Number.isNaN(Date.parse(date)) ? date : FALLBACK_DATE;
  return `${day}T00:00:00Z`;
}

/** The relationship ids document.xml's section refers to (sectPr's footerReference). */
export const FOOTER_REL = { odd: "rIdFooterOdd", even: "rIdFooterEven" } as const;

function relationships(rels: [id: string, type: string, target: string][]): string {
  const items = rels.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`).join("");
  return `${XML_DECLARATION}<Relationships xmlns="${RELS_NS}">${items}</Relationships>`;
}

const CONTENT_TYPES =
  `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
  `<Default Extension="xml" ContentType="application/xml"/>` +
  `<Override PartName="/word/document.xml" ContentType="${WORDML}.document.main+xml"/>` +
  `<Override PartName="/word/styles.xml" ContentType="${WORDML}.styles+xml"/>` +
  `<Override PartName="/word/settings.xml" ContentType="${WORDML}.settings+xml"/>` +
  `<Override PartName="/word/fontTable.xml" ContentType="${WORDML}.fontTable+xml"/>` +
  `<Override PartName="/word/footer1.xml" ContentType="${WORDML}.footer+xml"/>` +
  `<Override PartName="/word/footer2.xml" ContentType="${WORDML}.footer+xml"/>` +
  `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
  `<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>` +
  `</Types>`;

const PACKAGE_RELS = relationships([
  ["rId1", `${OFFICE_REL}/officeDocument`, "word/document.xml"],
  ["rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"],
  ["rId3", `${OFFICE_REL}/extended-properties`, "docProps/app.xml"],
]);

const DOCUMENT_RELS = relationships([
  ["rIdStyles", `${OFFICE_REL}/styles`, "styles.xml"],
  ["rIdSettings", `${OFFICE_REL}/settings`, "settings.xml"],
  ["rIdFontTable", `${OFFICE_REL}/fontTable`, "fontTable.xml"],
  [FOOTER_REL.odd, `${OFFICE_REL}/footer`, "footer1.xml"],
  [FOOTER_REL.even, `${OFFICE_REL}/footer`, "footer2.xml"],
]);

/** Even and odd pages have their own footers; Word 2013+ layout (compatibility mode 15). */
const SETTINGS =
  `${XML_DECLARATION}${wordRoot("w:settings")}<w:defaultTabStop w:val="720"/><w:evenAndOddHeaders/>` +
  `<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>` +
  `</w:settings>`;

const APP =
  `${XML_DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">` +
  `<Application>work-report</Application></Properties>`;

function coreXml(meta: PackageParts["metadata"]): string {
  const time = metadataTime(meta.date);
  return (
    `${XML_DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"` +
    ` xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"` +
    ` xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:title>${escapeText(meta.title)}</dc:title><dc:creator>${escapeText(meta.creator)}</dc:creator>` +
    `<cp:lastModifiedBy>${escapeText(meta.creator)}</cp:lastModifiedBy><cp:revision>1</cp:revision>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${time}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${time}</dcterms:modified></cp:coreProperties>`
  );
}

/**
 * The earliest time a zip can hold (DOS time), for every entry. fflate reads it with the
 * local-time getters, so it is built from local fields, anew on each call (the time zone
 * can change while the process runs): the same bytes in any time zone.
 */
const zipTime = () => new Date(1980, 0, 1, 0, 0, 0);

/** Zips the parts: [Content_Types].xml first and the package relationships next, as Office writes them. */
export function packDocx(parts: PackageParts): Uint8Array {
  const encoder = new TextEncoder();
  const files: [string, string][] = [
    ["[Content_Types].xml", CONTENT_TYPES],
    ["_rels/.rels", PACKAGE_RELS],
    ["docProps/app.xml", APP],
    ["docProps/core.xml", coreXml(parts.metadata)],
    ["word/_rels/document.xml.rels", DOCUMENT_RELS],
    ["word/document.xml", parts.document],
    ["word/fontTable.xml", parts.fontTable],
    ["word/footer1.xml", parts.footers.odd],
    ["word/footer2.xml", parts.footers.even],
    ["word/settings.xml", SETTINGS],
    ["word/styles.xml", parts.styles],
  ];
  // Entries keep the order of the object's keys (none is an integer-like string).
  const entries: Zippable = {};
  const mtime = zipTime();
  for (const [name, xml] of files) entries[name] = [encoder.encode(xml), { mtime }];
  return zipSync(entries, { level: 6 });
}
