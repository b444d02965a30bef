/**
 * A list of strings (a topic's points, paragraphs kept as a list) or a Text field whose
 * number of paragraphs changed → the edits that make it say the new list: strings that
 * stayed are kept as they are, a string replaced in place becomes a scalar edit of that
 * item, and the list itself is rewritten (yaml-lists.ts) only when items come or go.
 */
import { diffArrays } from "diff";
import type { Text } from "../../core/text.js";
import { paragraphsOf } from "../../core/text.js";
import type { DataPath } from "../../render/anchors.js";
import type { FieldEdit } from "./apply-yaml.js";
import type { KeyOp, ListItem, ListOp } from "./yaml-lists.js";

export interface ListChanges {
  edits: FieldEdit[];
  lists: ListOp[];
  keys: KeyOp[];
  added: number;
  removed: number;
}

export const noChanges = (): ListChanges => ({ edits: [], lists: [], keys: [], added: 0, removed: 0 });

export function merge(into: ListChanges, more: ListChanges): ListChanges {
  into.edits.push(...more.edits);
  into.lists.push(...more.lists);
  into.keys.push(...more.keys);
  into.added += more.added;
  into.removed += more.removed;
  return into;
}

/** The list of strings at `path` (old items `old`) made to say `next`. */
export function stringListChanges(path: DataPath, old: readonly string[], next: readonly string[]): ListChanges {
  const out = noChanges();
  const items: ListItem[] = [];
  let at = 0;
  let removed: number[] = [];
  const flush = (added: readonly string[]) => {
    // Removed then added: the first ones are the same items, edited; the rest come or go.
    added.forEach((text, i) => {
      if (i < removed.length) {
        items.push({ ref: [...path, removed[i]] });
        out.edits.push({ path: [...path, removed[i]], value: text });
      } else {
        items.push({ fresh: text });
        out.added++;
      }
    });
    out.removed += Math.max(0, removed.length - added.length);
    removed = [];
  };
  for (const part of diffArrays([...old], [...next])) {
    const count = part.count ?? part.value.length;
    if (part.removed) {
      flush([]);
      removed = Array.from({ length: count }, (_, i) => at + i);
      at += count;
    } else if (part.added) flush(part.value);
    else {
      flush([]);
      for (let i = 0; i < count; i++) items.push({ ref: [...path, at + i] });
      at += count;
    }
  }
  flush([]);
  if (out.added || out.removed) out.lists.push({ path, items });
  return out;
}

/**
 * A Text field (`body`, `intro`) made to say the paragraphs `next`: a list of one-paragraph
 * strings as a list; a string as one scalar (paragraphs separated by a blank line); a key
 * the map does not have yet added after `after`.
 */
export function textChanges(parent: DataPath, key: string, raw: Text | undefined, next: readonly string[], after?: string): ListChanges {
  const path = [...parent, key];
  const old = paragraphsOf(raw);
  const out = noChanges();
  out.added = Math.max(0, next.length - old.length);
  out.removed = Math.max(0, old.length - next.length);
  if (old.join("\n\n") === next.join("\n\n")) return noChanges();
  if (raw === undefined) {
    if (next.length) out.keys.push({ path: parent, key, value: next.join("\n\n"), ...(after ? { after } : {}) });
    return out;
  }
  if (!next.length) {
    out.keys.push({ path: parent, key, value: undefined }); // every paragraph deleted: the key goes
    return out;
  }
  if (Array.isArray(raw) && raw.every((item) => paragraphsOf(item).length === 1)) return stringListChanges(path, old, next);
  out.edits.push({ path, value: next.join("\n\n"), ...(old.length !== next.length ? { paragraphs: true as const } : {}) });
  return out;
}
