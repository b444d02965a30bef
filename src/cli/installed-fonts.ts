/**
 * Which fonts this machine has: fontconfig's list where there is one (Linux, and macOS
 * with it installed), else the font folders of Windows and macOS, whose files are named
 * by their maker (SIMFANG.TTF is 仿宋), so a table maps each layout font to its files.
 * undefined when nothing can tell.
 */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";

/** The files the fonts of the two presets come in, lower case, on Windows and macOS. */
const FONT_FILES: Record<string, string[]> = {
  方正小标宋简体: ["fzxbsjw.ttf", "fzxbsjw--gb1-0.ttf", "方正小标宋简体.ttf"],
  仿宋_GB2312: ["fs_gb2312.ttf", "仿宋_gb2312.ttf", "simfang_gb2312.ttf"],
  楷体_GB2312: ["kaiti_gb2312.ttf", "楷体_gb2312.ttf", "simkai_gb2312.ttf"],
  仿宋: ["simfang.ttf", "仿宋.ttf", "stfangso.ttf", "fangsong.ttf"],
  楷体: ["simkai.ttf", "楷体.ttf", "stkaiti.ttf", "kaiti.ttc", "kaiti.ttf"],
  黑体: ["simhei.ttf", "黑体.ttf", "stheiti light.ttc", "stheiti medium.ttc"],
  宋体: ["simsun.ttc", "simsun.ttf", "宋体.ttc", "songti.ttc"],
  "Times New Roman": ["times.ttf", "times new roman.ttf"],
};

/** fc-list's families: each line holds a font's names (English and localised), comma-separated. */
function fontconfigFamilies(): Set<string> | undefined {
  const result = spawnSync("fc-list", [":", "family"], { encoding: "utf8", timeout: 10_000 });
  if (result.status !== 0 || typeof result.stdout !== "string") return undefined;
  return new Set(result.stdout.split("\n").flatMap((line) => line.split(",").map((name) => name.replace(/\\/g, "").trim())).filter(Boolean));
}

function folderFiles(dirs: string[]): Set<string> | undefined {
  const files = dirs.flatMap((dir) => {
    try {
      return readdirSync(dir).map((name) => name.toLowerCase());
    } catch {
      return [];
    }
  });
  return files.length ? new Set(files) : undefined;
}

function fontFolders(env: Record<string, string | undefined>, platform: string): string[] {
  if (platform === "win32") return [join(env.WINDIR ?? "C:\\Windows", "Fonts"), ...(env.LOCALAPPDATA ? [join(env.LOCALAPPDATA, "Microsoft", "Windows", "Fonts")] : [])];
  if (platform === "darwin") return ["/Library/Fonts", "/System/Library/Fonts", "/System/Library/Fonts/Supplemental", ...(env.HOME ? [join(env.HOME, "Library", "Fonts")] : [])];
  return [];
}

export interface FontCheck {
  /** How it was told: "fc-list", or the folders looked in. */
  source: string;
  has: (font: string) => boolean;
}

export function installedFonts(env: Record<string, string | undefined>, platform = process.platform): FontCheck | undefined {
  const families = fontconfigFamilies();
  if (families) return { source: "fc-list", has: (font) => families.has(font) };
  const folders = fontFolders(env, platform);
  const files = folderFiles(folders);
  if (!files) return undefined;
  return { source: folders.join(", "), has: (font) => (FONT_FILES[font] ?? [`${font.toLowerCase()}.ttf`, `${font.toLowerCase()}.ttc`]).some((file) => files.has(file)) };
}
