/** The one line that says what a build used: which config, which template, which fonts. */
import { fontNames, fontSetName } from "../core/font-set.js";
import type { Lang } from "../core/lang.js";
import type { LoadedSettings } from "./config-file.js";
import { doctorMessages } from "./doctor-messages.js";

/** `template`: the --template file, when given (it wins over the config's). */
export function usedLine(loaded: LoadedSettings, template: string | undefined, lang: Lang, shown: (path: string) => string): string {
  const fonts = loaded.settings.fonts;
  const file = template ?? loaded.settings.template;
  return doctorMessages(lang).used(loaded.file && shown(loaded.file), file && shown(file), fontSetName(fonts), fontNames(fonts).join(lang === "zh" ? "、" : ", "));
}
