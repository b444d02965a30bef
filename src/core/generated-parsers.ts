/**
 * The parsers generated from our zod schemas (see schema-codegen.ts), for the quick
 * path of a valid file. `npm run schema` writes each to its file;
 * tests/generated-parsers.test.ts fails while one is stale.
 */
import { configSchema } from "./config-check.js";
import { parserModule } from "./schema-codegen.js";
import { reportSchema } from "./schema.js";
import { isRealDate } from "./text.js";

export const GENERATED_PARSERS = [
  {
    file: "src/core/report-parser.generated.ts",
    source: () =>
      parserModule({
        schema: reportSchema(),
        name: "parseReport",
        type: "Report",
        imports: ['import type { Report } from "./schema.js";', 'import { isRealDate } from "./text.js";'],
        refinements: new Map([[isRealDate, "isRealDate"]]),
        source: "src/core/schema.ts",
      }),
  },
  {
    file: "src/core/config-parser.generated.ts",
    source: () =>
      parserModule({
        schema: configSchema(),
        name: "parseConfigFile",
        type: "ConfigFile",
        imports: ['import type { ConfigFile } from "./config.js";'],
        refinements: new Map(),
        source: "src/core/config.ts",
      }),
  },
];
