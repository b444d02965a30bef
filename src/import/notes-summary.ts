/**
 * The importer's notes on stderr, each kind once: like the validate summary (three of a
 * rule and a count), at most three notes of a code are printed and the rest counted —
 * a web page with forty furniture lines or a text with many merged headings would
 * otherwise bury the one note that matters. The YAML's head keeps every note in full,
 * and --verbose prints them all.
 */
import type { Lang } from "../core/lang.js";
import { noteText, type Note } from "./notes.js";

export const NOTES_SHOWN_PER_CODE = 3;

export function summarizedNotes(notes: readonly Note[], lang: Lang, verbose = false): string[] {
  if (verbose) return notes.map((n) => noteText(n, lang));
  const counts = new Map<string, number>();
  for (const n of notes) counts.set(n.code, (counts.get(n.code) ?? 0) + 1);
  const seen = new Map<string, number>();
  const out: string[] = [];
  for (const n of notes) {
    const k = (seen.get(n.code) ?? 0) + 1;
    seen.set(n.code, k);
    if (k > NOTES_SHOWN_PER_CODE) continue;
    out.push(noteText(n, lang));
    const total = counts.get(n.code)!;
    if (k === NOTES_SHOWN_PER_CODE && total > k) {
      const hidden = total - k;
      out.push(
        lang === "zh"
          ? `  … 同类说明共 ${total} 条（另有 ${hidden} 条未列出；YAML 开头的注释列出全部，或加 --verbose）`
          : `  … ${total} notes of this kind in all (${hidden} more not listed; the YAML's head lists them all, as does --verbose)`,
      );
    }
  }
  return out;
}
