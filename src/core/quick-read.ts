/**
 * quickLoad (quick-yaml.ts) as the CLI runs it: js-yaml is loaded only for a file the
 * block reader leaves to it, so a run over files in the usual style never loads it
 * (README, "Performance").
 */
import { readBlockYaml } from "./block-yaml.js";

export type QuickRead = { data: unknown } | undefined;

export async function quickRead(text: string): Promise<QuickRead> {
  return readBlockYaml(text) ?? (await import("./quick-yaml.js")).jsYamlLoad(text);
}
