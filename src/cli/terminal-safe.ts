/**
 * Text bound for a terminal, made harmless: a data file's key, an imported paragraph or a
 * file name can hold escape sequences that retitle the window, clear the screen or hide
 * what follows (`unknown key "\x1b]0;PWNED\x07\x1b[2J"`). Every escape sequence but a
 * colour change (SGR, what chalk writes) is shown in caret notation instead of acting, as
 * are the other C0 and C1 controls; tab and line feed stay. Output that is not a terminal
 * (a pipe, a file) is data and is left as it is.
 */

/**
 * An escape sequence (CSI: ESC [ … final; OSC: ESC ] … BEL or ESC \; else ESC and one
 * character), or any other C0 control but tab and line feed, DEL, or a C1 control.
 */
const UNSAFE = /\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[\s\S]?)|[\x00-\x08\x0b-\x1a\x1c-\x1f\x7f-\x9f]/g;

/** SGR: colours and text attributes only. */
const SGR = /^\x1b\[[0-9;]*m$/;

const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;

/** ^[ for ESC, ^G for BEL, ^? for DEL, <U+009B> for a C1 control. */
function caret(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x20) return `^${String.fromCharCode(code + 0x40)}`;
  if (code === 0x7f) return "^?";
  return `<U+${code.toString(16).toUpperCase().padStart(4, "0")}>`;
}

export function terminalSafe(text: string): string {
  if (!/[\x00-\x08\x0b-\x1f\x7f-\x9f]/.test(text)) return text;
  return text.replace(UNSAFE, (found) => (SGR.test(found) ? found : found.replace(CONTROL, caret)));
}
