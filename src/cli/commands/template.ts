/**
 * `report template eject`: the built-in templates copied into the project's templates/
 * folder (report.md.hbs and partials/), and report.config.yaml pointed at them, so a
 * bureau's house style starts from the real thing. The project is the folder of the
 * report.config.yaml in effect, else the working directory. Nothing is overwritten: a
 * file that is already there is kept and said so; a `template:` the config already has is
 * left as it is, with a note.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseDocument } from "yaml";
import { defaultTemplateDir } from "../../render/template-files.js";
import { findConfig, CONFIG_NAME } from "../config-file.js";
import type { CommandContext } from "../context.js";
import { EXIT, ExitError, type ExitCode } from "../exit-codes.js";
import { writeError } from "../fs-errors.js";
import { shownFrom } from "../io.js";
import { writeFilesAtomicallyAsync } from "../atomic-write.js";
import { writeNewFile } from "../write-new-file.js";

const MAIN = "templates/report.md.hbs";

/** The built-in template files, as paths relative to the project ("templates/…") and their text. */
function builtInFiles(): Array<{ rel: string; text: string }> {
  const dir = defaultTemplateDir();
  const partials = readdirSync(join(dir, "partials")).filter((n) => n.endsWith(".hbs")).sort();
  return [
    { rel: MAIN, text: readFileSync(join(dir, "report.md.hbs"), "utf8") },
    ...partials.map((n) => ({ rel: `templates/partials/${n}`, text: readFileSync(join(dir, "partials", n), "utf8") })),
  ];
}

export async function runTemplate(action: string, ctx: CommandContext): Promise<ExitCode> {
  const zh = ctx.lang === "zh";
  if (action !== "eject") throw new ExitError(zh ? `未知的操作“${action}”：可用的是 eject` : `unknown action "${action}": the one there is, is eject`);
  const shown = shownFrom(ctx.io.cwd);
  const config = findConfig(ctx.io.cwd);
  const root = config ? dirname(config) : ctx.io.cwd;
  const say = (text: string) => ctx.io.stdout(`${text}\n`);

  for (const file of builtInFiles()) {
    const path = join(root, file.rel);
    let created: boolean;
    try {
      created = writeNewFile(path, new TextEncoder().encode(file.text));
    } catch (error) {
      throw writeError(error, shown(path), ctx.lang);
    }
    say(created ? (zh ? `已写入 ${shown(path)}` : `wrote ${shown(path)}`) : zh ? `${shown(path)} 已存在，保留原文件` : `kept ${shown(path)}: it exists`);
  }

  const configPath = config ?? join(root, CONFIG_NAME);
  if (!config) {
    writeNewFile(configPath, new TextEncoder().encode(`template: ${MAIN}\n`));
    say(zh ? `已写入 ${shown(configPath)}（template: ${MAIN}）` : `wrote ${shown(configPath)} (template: ${MAIN})`);
    return EXIT.ok;
  }
  // The config's own text, comments and all, with one key added.
  const doc = parseDocument(readFileSync(configPath, "utf8"));
  const current = doc.get("template");
  if (current !== undefined) {
    say(current === MAIN ? (zh ? `${shown(configPath)} 已指向 ${MAIN}` : `${shown(configPath)} already points at ${MAIN}`)
      : zh ? `${shown(configPath)} 的 template 是 ${String(current)}，未修改；要使用导出的模板，请改为 ${MAIN}` : `${shown(configPath)} names template ${String(current)}: left as it is; to use the copied one, change it to ${MAIN}`);
    return EXIT.ok;
  }
  doc.set("template", MAIN);
  try {
    await writeFilesAtomicallyAsync([{ path: configPath, bytes: new TextEncoder().encode(doc.toString()) }]);
  } catch (error) {
    throw writeError(error, shown(configPath), ctx.lang);
  }
  say(zh ? `已在 ${shown(configPath)} 中加入 template: ${MAIN}` : `added template: ${MAIN} to ${shown(configPath)}`);
  return EXIT.ok;
}
