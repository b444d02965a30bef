/** `report schema`: print the draft-07 JSON Schema of the data format (for editors). */
import { reportJsonSchema } from "../../core/schema.js";
import type { CommandContext } from "../context.js";
import { EXIT, type ExitCode } from "../exit-codes.js";

export function schemaText(): string {
  return `${JSON.stringify(reportJsonSchema(), null, 2)}\n`;
}

export async function runSchema(ctx: CommandContext): Promise<ExitCode> {
  ctx.io.stdout(schemaText());
  return EXIT.ok;
}
