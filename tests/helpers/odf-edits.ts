/**
 * Edits to a flat OpenDocument text (.fodt, as `soffice --convert-to fodt` writes it), the
 * way LibreOffice itself records them: plain text changes, and tracked changes (修订) —
 * a text:changed-region in text:tracked-changes, pointed at from the text by
 * text:change-start/-end (an insertion) or text:change (a deletion, its text kept in the
 * region). Each edit throws when its text is not there: a miss must not pass for a lost edit.
 */

const once = (xml: string, old: string, next: string): string => {
  const at = xml.indexOf(old);
  if (at < 0) throw new Error(`not in the .fodt: ${old}`);
  return xml.slice(0, at) + next + xml.slice(at + old.length);
};

/** Plain edit (track changes off): the first `old` in a text node becomes `next`. */
export function odfReplace(xml: string, old: string, next: string): string {
  if (/[<>]/.test(old)) throw new Error("odfReplace edits text, not markup");
  return once(xml, old, next);
}

/** The figure in the table cell whose paragraph holds bookmark `name` (a metric's 本年 cell). */
export function odfCellFigure(xml: string, name: string, next: string): string {
  const re = new RegExp(`(<text:bookmark-start text:name="${name}"/>(?:<text:span [^>]*>)?)[^<]*`);
  if (!re.test(xml)) throw new Error(`no cell with bookmark ${name}`);
  return xml.replace(re, `$1${next}`);
}

let nextRegion = 1;
const info = (author: string) => `<office:change-info><dc:creator>${author}</dc:creator><dc:date>2024-01-05T09:30:00</dc:date></office:change-info>`;

function withRegion(xml: string, region: string): string {
  if (!xml.includes("<text:tracked-changes")) xml = xml.replace(/<office:text\b[^>]*>/, (open) => `${open}<text:tracked-changes text:track-changes="true"></text:tracked-changes>`);
  return once(xml, "</text:tracked-changes>", `${region}</text:tracked-changes>`);
}

/** A tracked insertion of `inserted` right after `after`. */
export function odfTrackedInsert(xml: string, after: string, inserted: string, author = "王局长"): string {
  const id = `ct${nextRegion++}`;
  const marked = `${after}<text:change-start text:change-id="${id}"/>${inserted}<text:change-end text:change-id="${id}"/>`;
  return withRegion(odfReplace(xml, after, marked), `<text:changed-region xml:id="${id}" text:id="${id}"><text:insertion>${info(author)}</text:insertion></text:changed-region>`);
}

/** A tracked deletion of `deleted` (the text leaves the paragraph and is kept in the region). */
export function odfTrackedDelete(xml: string, deleted: string, author = "张科长"): string {
  const id = `ct${nextRegion++}`;
  const region = `<text:changed-region xml:id="${id}" text:id="${id}"><text:deletion>${info(author)}<text:p>${deleted}</text:p></text:deletion></text:changed-region>`;
  return withRegion(odfReplace(xml, deleted, `<text:change text:change-id="${id}"/>`), region);
}

/** New paragraphs (ODF markup: text:p, text:h) right after the paragraph or heading holding `containing`. */
export function odfParagraphsAfter(xml: string, containing: string, paragraphs: string): string {
  const at = xml.indexOf(containing);
  if (at < 0) throw new Error(`not in the .fodt: ${containing}`);
  const end = /<\/text:(p|h)>/g;
  end.lastIndex = at;
  const close = end.exec(xml)!;
  const cut = close.index + close[0].length;
  return xml.slice(0, cut) + paragraphs + xml.slice(cut);
}

/** The paragraph holding bookmark `name` deleted, with its bookmark (as a whole paragraph selected and deleted). */
export function odfDeleteParagraph(xml: string, name: string): string {
  const re = new RegExp(`<text:(p|h) [^>]*><text:bookmark-start text:name="${name}"/>[\\s\\S]*?</text:\\1>`);
  if (!re.test(xml)) throw new Error(`no paragraph opens with bookmark ${name}`);
  return xml.replace(re, "");
}
