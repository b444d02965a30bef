/**
 * word/fontTable.xml: every font the document names, described so that Word and WPS can
 * pick a substitute on a machine without it. Word matches a missing font by its charset
 * (86 = GB2312, Simplified Chinese), family, pitch and PANOSE number, and by `altName`.
 * Fonts are only named, never embedded (docs/word-layout.md): no `w:embed*` elements.
 */

import type { FontSet } from "../../core/fonts.js";
import { escapeAttr, wordRoot, XML_DECLARATION } from "./xml.js";

interface FontInfo {
  /** A font Word may use when this one is missing. */
  altName?: string;
  /** 20 hex digits; only where known from the font itself. */
  panose1?: string;
  /** ST_UcharHexNumber: "86" GB2312, "00" ANSI. */
  charset: string;
  family: "auto" | "roman" | "swiss" | "modern";
  pitch: "variable" | "fixed";
}

const CJK = { charset: "86", family: "modern", pitch: "fixed" } as const;

/**
 * What Word writes for these fonts (Windows' own for 宋体, 黑体, 仿宋, 楷体 and Times New
 * Roman; the GB2312 fonts as Office documents from government offices carry them).
 * altName: the English names of the Windows fonts; the GB2312 fonts point at their
 * Windows successors. 方正小标宋简体 points at 宋体: a Song (Ming) face like it and on
 * every Chinese Windows (华文中宋 is closer in weight but comes only with Office); the
 * `plain` preset makes the same choice. Its PANOSE number is not known, so none is given.
 */
const KNOWN: Readonly<Record<string, FontInfo>> = {
  "Times New Roman": { panose1: "02020603050405020304", charset: "00", family: "roman", pitch: "variable" },
  宋体: { altName: "SimSun", panose1: "02010600030101010101", charset: "86", family: "auto", pitch: "variable" },
  黑体: { altName: "SimHei", panose1: "02010609060101010101", ...CJK },
  仿宋: { altName: "FangSong", panose1: "02010609060101010101", ...CJK },
  楷体: { altName: "KaiTi", panose1: "02010609060101010101", ...CJK },
  仿宋_GB2312: { altName: "仿宋", panose1: "02010609030101010101", ...CJK },
  楷体_GB2312: { altName: "楷体", panose1: "02010609030101010101", ...CJK },
  方正小标宋简体: { altName: "宋体", charset: "86", family: "auto", pitch: "variable" },
};

/** A font the table does not know: GB2312 if it holds a Han character or fills a CJK role. */
function guess(name: string, cjkRole: boolean): FontInfo {
  const cjk = cjkRole || /\p{Script=Han}/u.test(name);
  return { charset: cjk ? "86" : "00", family: "auto", pitch: "variable" };
}

/** CT_Font's children in schema order: altName, panose1, charset, family, (notTrueType,) pitch. */
function fontXml(name: string, f: FontInfo): string {
  return (
    `<w:font w:name="${escapeAttr(name)}">` +
    (f.altName ? `<w:altName w:val="${escapeAttr(f.altName)}"/>` : "") +
    (f.panose1 ? `<w:panose1 w:val="${f.panose1}"/>` : "") +
    `<w:charset w:val="${f.charset}"/><w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/></w:font>`
  );
}

/** The fonts of a font set, each once, CJK roles first in the order of the layout's elements. */
export function documentFonts(fonts: FontSet): { name: string; cjkRole: boolean }[] {
  const cjk = [fonts.body, fonts.title, fonts.heading1, fonts.heading2, fonts.heading3, fonts.heading4, fonts.pageNumber];
  const seen = new Set<string>();
  const out: { name: string; cjkRole: boolean }[] = [];
  for (const [name, cjkRole] of [...cjk.map((n) => [n, true] as const), [fonts.latin, false] as const]) {
    if (seen.has(name)) continue;
    seen.add(name);
    out.push({ name, cjkRole });
  }
  return out;
}

export function fontTableXml(fonts: FontSet): string {
  const items = documentFonts(fonts).map(({ name, cjkRole }) => fontXml(name, KNOWN[name] ?? guess(name, cjkRole)));
  return `${XML_DECLARATION}${wordRoot("w:fonts")}${items.join("")}</w:fonts>`;
}
