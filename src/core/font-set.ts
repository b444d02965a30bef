/** A font set as people talk about it: its preset's name (or "custom") and the fonts it names. */
import { FONT_PRESETS, type FontSet } from "./fonts.js";

const NAMED: Array<keyof FontSet> = ["title", "body", "heading1", "heading2", "heading3", "heading4", "pageNumber", "latin"];

/** "official", "plain", or "custom" when a config changed a font of its preset. */
export function fontSetName(fonts: FontSet): string {
  for (const [name, preset] of Object.entries(FONT_PRESETS)) {
    if (NAMED.every((key) => fonts[key] === preset[key]) && fonts.titleBold === preset.titleBold) return name;
  }
  return "custom";
}

/** Every font the layout names, once each, in the order of the elements. */
export function fontNames(fonts: FontSet): string[] {
  return [...new Set(NAMED.map((key) => String(fonts[key])))];
}
