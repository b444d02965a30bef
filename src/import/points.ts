/**
 * Inline enumerations → `points`: "一是…。二是…。", "（1）…；（2）…。", "①…②…". A
 * lead sentence before the first marker stays as the paragraph's text (the renderer
 * puts the points right after it). Only enumerations whose points end a sentence
 * (。；！？) are taken: "一是A，二是B" would come back as "一是A，。二是B。".
 */
import type { PointStyle } from "../core/ordinals.js";
import { chineseNumeral } from "./markers.js";

export interface Enumeration {
  lead: string;
  points: string[];
  style: PointStyle;
}

const STYLES: Array<{ style: PointStyle; marker: (n: number) => RegExp }> = [
  { style: "一是", marker: (n) => new RegExp(`${chineseNumeral(n)}是`, "g") },
  { style: "（1）", marker: (n) => new RegExp(`[（(]\\s*${n}\\s*[）)]${n <= 20 ? `|${String.fromCodePoint(0x2474 + n - 1)}` : ""}`, "g") },
  { style: "①", marker: (n) => (n <= 20 ? new RegExp(String.fromCodePoint(0x2460 + n - 1), "g") : /(?!)/g) },
];

/** The first point may follow a colon or comma of the lead; later ones must follow a sentence end. */
const BEFORE_FIRST = /[：:。；;！？!?，,]$/;
const BEFORE_NEXT = /[。；;！？!?]$/;

function findMarker(text: string, re: RegExp, from: number, before: RegExp): { index: number; length: number } | undefined {
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // Only the character before counts: testing the whole text before it made a long paragraph quadratic.
    if (m.index === 0 || before.test(text.slice(m.index - 1, m.index))) return { index: m.index, length: m[0].length };
  }
  return undefined;
}

export function findEnumeration(text: string): Enumeration | undefined {
  for (const { style, marker } of STYLES) {
    const first = findMarker(text, marker(1), 0, BEFORE_FIRST);
    if (!first) continue;
    const starts = [first];
    for (let n = 2; ; n++) {
      const prev = starts[starts.length - 1];
      const next = findMarker(text, marker(n), prev.index + prev.length, BEFORE_NEXT);
      if (!next) break;
      starts.push(next);
    }
    if (starts.length < 2) continue;
    const points = starts.map((s, i) => text.slice(s.index + s.length, i + 1 < starts.length ? starts[i + 1].index : text.length).trim());
    if (points.some((p) => !p)) continue;
    return { lead: text.slice(0, first.index).trim(), points, style };
  }
  return undefined;
}
