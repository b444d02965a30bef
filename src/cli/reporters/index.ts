/** Validate reporters by --format name. A new format is one file and one line here. */
import { formatGithub } from "./github.js";
import { formatJson } from "./json.js";
import { formatText } from "./text.js";
import type { Reporter } from "./types.js";

export const REPORTERS = { text: formatText, json: formatJson, github: formatGithub } satisfies Record<string, Reporter>;
export type ReporterName = keyof typeof REPORTERS;
export const REPORTER_NAMES = Object.keys(REPORTERS) as ReporterName[];
