/**
 * A data file saved as GBK (Notepad's "ANSI" on a Chinese Windows, WPS's default for .txt)
 * is told apart from a binary: it is not UTF-8, but it reads as GB18030 without a
 * replacement character and with Han characters in it. Decided: such a file is named and
 * not read. `report validate --fix` writes UTF-8 back, editors and the JSON Schema expect
 * UTF-8, and a guessed encoding can turn text into other valid characters unseen;
 * `report import` does read GBK .txt reports, whose encoding it reports.
 */
import type { Diagnostic } from "./diagnostics.js";
import type { Lang } from "./lang.js";

const GB18030 = new TextDecoder("gb18030");

/** The GBK diagnostic, at the first line with a non-UTF-8 byte; undefined when the bytes are no GBK text. */
export function gbkDiagnostic(bytes: Uint8Array, file: string, lang: Lang): Diagnostic | undefined {
  const text = GB18030.decode(bytes);
  if (text.includes("\uFFFD") || !/\p{Script=Han}/u.test(text)) return undefined;
  const lines = text.split(/\r?\n/);
  // The first line that is not ASCII: where a UTF-8 reader fails.
  const index = Math.max(0, lines.findIndex((line) => /[^\x00-\x7f]/.test(line)));
  const column = lines[index].search(/[^\x00-\x7f]/) + 1;
  const zh = lang === "zh";
  return {
    severity: "error",
    code: "yaml/gbk",
    message: zh ? "此文件是 GBK 编码（中文 Windows 记事本的“ANSI”），数据文件应为 UTF-8 编码" : 'this file is saved as GBK (Notepad\'s "ANSI" on a Chinese Windows); a data file must be UTF-8',
    file,
    line: index + 1,
    column: Math.max(1, column),
    path: [],
    hint: zh
      ? "用记事本打开，点“文件 → 另存为”，编码选“UTF-8”后保存（VS Code：右下角编码 → 通过编码保存 → UTF-8）"
      : 'open it in Notepad, File → Save As, Encoding "UTF-8" (VS Code: the encoding in the status bar → Save with Encoding → UTF-8)',
    sourceLine: lines[index],
  };
}
