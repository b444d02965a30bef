/**
 * Edits to a built .docx the way Word writes them: tracked insertions and deletions
 * (w:ins / w:del with w:id, w:author and w:date, the deleted text in w:delText, the run's
 * properties repeated), and plain edits of a run's text (track changes off).
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

let nextId = 900;
const stamp = (author: string) => `w:id="${nextId++}" w:author="${author}" w:date="2024-01-05T09:30:00Z"`;

/** The run holding `text` in one w:t: [whole run, run properties, the w:t's text]. */
function runWith(xml: string, text: string): RegExpExecArray {
  const re = /<w:r>(<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)?<w:t(?: xml:space="preserve")?>([^<]*)<\/w:t><\/w:r>/g;
  for (const m of xml.matchAll(re)) if (m[2].includes(text)) return m as RegExpExecArray;
  throw new Error(`no run holds ${text}`);
}

const run = (rPr: string, text: string, tag = "w:t") => (text ? `<w:r>${rPr}<${tag} xml:space="preserve">${text}</${tag}></w:r>` : "");

/** Replace `old` (inside one run) by `next` as a tracked change: a deletion then an insertion, either may be empty. */
export function trackedReplace(xml: string, old: string, next: string, author = "张科长"): string {
  const m = runWith(xml, old);
  const rPr = m[1] ?? "";
  const at = m[2].indexOf(old);
  const del = old ? `<w:del ${stamp(author)}>${run(rPr, old, "w:delText")}</w:del>` : "";
  const ins = next ? `<w:ins ${stamp(author)}>${run(rPr, next)}</w:ins>` : "";
  const replacement = run(rPr, m[2].slice(0, at)) + del + ins + run(rPr, m[2].slice(at + old.length));
  return xml.slice(0, m.index) + replacement + xml.slice(m.index + m[0].length);
}

/** A tracked insertion right after `anchorText` (inside one run). */
export function trackedInsertAfter(xml: string, anchorText: string, inserted: string, author = "王局长"): string {
  const m = runWith(xml, anchorText);
  const rPr = m[1] ?? "";
  const cut = m[2].indexOf(anchorText) + anchorText.length;
  const replacement = run(rPr, m[2].slice(0, cut)) + `<w:ins ${stamp(author)}>${run(rPr, inserted)}</w:ins>` + run(rPr, m[2].slice(cut));
  return xml.slice(0, m.index) + replacement + xml.slice(m.index + m[0].length);
}

/** An edit with track changes off: the run's text changed in place. */
export function plainReplace(xml: string, old: string, next: string): string {
  const m = runWith(xml, old);
  return xml.slice(0, m.index) + m[0].replace(old, next) + xml.slice(m.index + m[0].length);
}

/** The .docx with its word/document.xml passed through `edit`. */
export function editDocx(bytes: Uint8Array, edit: (xml: string) => string): Uint8Array {
  const files = unzipSync(bytes);
  files["word/document.xml"] = strToU8(edit(strFromU8(files["word/document.xml"])));
  return zipSync(files);
}

/**
 * A Word comment (批注) on the run holding `onText`, as Word writes one: the range marks
 * and the reference run in word/document.xml, the comment in word/comments.xml, its
 * content type and its relationship.
 */
export function withComment(bytes: Uint8Array, onText: string, author: string, text: string): Uint8Array {
  const files = unzipSync(bytes);
  const xml = strFromU8(files["word/document.xml"]);
  const m = runWith(xml, onText);
  const marked =
    `<w:commentRangeStart w:id="0"/>${m[0]}<w:commentRangeEnd w:id="0"/>` +
    `<w:r><w:commentReference w:id="0"/></w:r>`;
  files["word/document.xml"] = strToU8(xml.slice(0, m.index) + marked + xml.slice(m.index + m[0].length));
  files["word/comments.xml"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
      `<w:comment w:id="0" w:author="${author}" w:date="2024-01-05T09:30:00Z" w:initials="局"><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:comment></w:comments>`,
  );
  const types = strFromU8(files["[Content_Types].xml"]);
  files["[Content_Types].xml"] = strToU8(
    types.replace("</Types>", '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>'),
  );
  const rels = strFromU8(files["word/_rels/document.xml.rels"]);
  files["word/_rels/document.xml.rels"] = strToU8(
    rels.replace("</Relationships>", '<Relationship Id="rIdComments" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>'),
  );
  return zipSync(files);
}
