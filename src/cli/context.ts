/** What every command gets: the outside world, the message language and colours. */
import type { ChalkInstance } from "chalk";
import type { Lang } from "../core/lang.js";
import type { CliIO } from "./io.js";

export interface CommandContext {
  io: CliIO;
  lang: Lang;
  /** For stderr (diagnostics, progress). */
  colors: ChalkInstance;
  /** For stdout (a command's own output, e.g. validate's report); defaults to `colors`. */
  outColors?: ChalkInstance;
  debug: boolean;
  /** The largest input file read, in bytes (10 MB; --max-size). */
  maxBytes?: number;
}
