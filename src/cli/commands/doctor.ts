/**
 * `report doctor`: what a build would use here — the config, the template, the font set —
 * and whether this machine has the fonts the layout names. The Word file only names its
 * fonts; a missing one is silently replaced when the file is opened, so the place to
 * learn about it is before printing. Exit 0 when all are installed, 1 when some are not.
 */
import { fontNames } from "../../core/font-set.js";
import { FONT_PRESETS } from "../../core/fonts.js";
import { CONFIG_NAME, loadedSettingsForCommand } from "../config-file.js";
import type { CommandContext } from "../context.js";
import { doctorMessages } from "../doctor-messages.js";
import { EXIT, type ExitCode } from "../exit-codes.js";
import { installedFonts } from "../installed-fonts.js";
import { shownFrom } from "../io.js";
import { usedLine } from "../used-line.js";

export async function runDoctor(ctx: CommandContext): Promise<ExitCode> {
  const { io, lang } = ctx;
  const m = doctorMessages(lang);
  const loaded = loadedSettingsForCommand(ctx);
  if (!loaded) return EXIT.invalid;
  const shown = shownFrom(io.cwd);
  const say = (text: string) => io.stdout(`${text}\n`);
  say(usedLine(loaded, undefined, lang, shown));

  const check = installedFonts(io.env);
  if (!check) {
    say(m.cannotTell);
    return EXIT.ok;
  }
  const fonts = fontNames(loaded.settings.fonts);
  say(m.fontsChecked(check.source));
  for (const font of fonts) say(`  ${check.has(font) ? m.installed : m.missing}  ${font}`);
  const missing = fonts.filter((font) => !check.has(font));
  if (!missing.length) {
    say(m.allThere);
    return EXIT.ok;
  }
  say(m.someMissing(missing.length, fonts.length));
  const plainHere = fontNames(FONT_PRESETS.plain).every((font) => check.has(font));
  const label = lang === "zh" ? "提示" : "hint";
  const config = shown(loaded.file ?? `${loaded.baseDir}/${CONFIG_NAME}`);
  say(`${label}${lang === "zh" ? "：" : ": "}${plainHere ? m.usePlain(config) : m.install}`);
  return EXIT.invalid;
}
