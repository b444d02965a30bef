/** Messages of `report doctor` and of the line `report build` says what it used with. */
import { inLang, type Lang } from "../core/lang.js";

const M = {
  used: {
    en: (config: string | undefined, template: string | undefined, fonts: string, names: string) =>
      `${config ? `config: ${config}` : "no config file"} · template: ${template ?? "built-in"} · fonts: ${fonts} (${names})`,
    zh: (config: string | undefined, template: string | undefined, fonts: string, names: string) =>
      `${config ? `配置文件：${config}` : "未使用配置文件"} · 模板：${template ?? "内置"} · 字体：${fonts}（${names}）`,
  },
  fontsChecked: { en: (how: string) => `fonts the layout names (checked with ${how}):`, zh: (how: string) => `版式用到的字体（用 ${how} 检查）：` },
  installed: { en: "installed", zh: "已安装" },
  missing: { en: "missing  ", zh: "未安装" },
  cannotTell: {
    en: "cannot tell which fonts are installed here (no fc-list, no font folder found)",
    zh: "无法判断本机安装了哪些字体（没有 fc-list，也找不到字体目录）",
  },
  allThere: { en: "all fonts are installed", zh: "所需字体均已安装" },
  someMissing: {
    en: (n: number, all: number) => `${n} of ${all} fonts are missing: Word or WPS will show other fonts in their place, and the layout will not be the official one`,
    zh: (n: number, all: number) => `${all} 种字体中有 ${n} 种未安装：Word 或 WPS 会用其他字体代替，版式将不合公文要求`,
  },
  usePlain: {
    en: (file: string) => `put "fonts: plain" in ${file} to use 仿宋, 楷体 and 宋体, which this machine has, or install the missing fonts`,
    zh: (file: string) => `可在 ${file} 中写一行“fonts: plain”，改用本机已有的仿宋、楷体、宋体；或安装缺少的字体`,
  },
  install: {
    en: "install the missing fonts (they come with Windows, Microsoft Office or WPS), or name installed ones under fonts: in the config (docs/configuration.md)",
    zh: "请安装缺少的字体（Windows、Office 或 WPS 自带），或在配置文件的 fonts: 下改用已安装的字体（见 docs/configuration.md）",
  },
} as const;

export function doctorMessages(lang: Lang) {
  return inLang(M, lang);
}
