/**
 * Fonts per element of the official layout (docs/word-layout.md).
 * Offices have the GB2312 fonts installed; many other machines only have the plain
 * names, hence the `plain` preset. The output only names fonts, it never embeds them.
 */
export interface FontSet {
  /** 标题: 方正小标宋简体 */
  title: string;
  /** Bold the title: used when the plain 宋体 stands in for the heavier 小标宋. */
  titleBold: boolean;
  /** 正文: 仿宋_GB2312 */
  body: string;
  /** 一级标题 "一、": 黑体 */
  heading1: string;
  /** 二级标题 "（一）": 楷体_GB2312 */
  heading2: string;
  /** 三级标题 "1.": 仿宋_GB2312 (bold by practice) */
  heading3: string;
  /** 四级标题 "（1）": 仿宋_GB2312 */
  heading4: string;
  /** 页码: 宋体 */
  pageNumber: string;
  /** Latin letters and digits (ascii/hAnsi slots): Times New Roman */
  latin: string;
}

export const FONT_PRESETS = {
  official: {
    title: "方正小标宋简体",
    titleBold: false,
    body: "仿宋_GB2312",
    heading1: "黑体",
    heading2: "楷体_GB2312",
    heading3: "仿宋_GB2312",
    heading4: "仿宋_GB2312",
    pageNumber: "宋体",
    latin: "Times New Roman",
  },
  plain: {
    title: "宋体",
    titleBold: true,
    body: "仿宋",
    heading1: "黑体",
    heading2: "楷体",
    heading3: "仿宋",
    heading4: "仿宋",
    pageNumber: "宋体",
    latin: "Times New Roman",
  },
} as const satisfies Record<string, FontSet>;

export type FontPreset = keyof typeof FONT_PRESETS;
