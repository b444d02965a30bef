// Regenerate what is derived from the zod schema (tests fail while either is stale):
// - schema/report.schema.json, the JSON Schema for editors (through the built CLI);
// - src/core/*-parser.generated.ts, the parsers of the quick path for valid files
//   (src/core/schema-codegen.ts), written from the TypeScript sources through esbuild.
import { execFileSync } from "node:child_process";
import { unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

const text = execFileSync(process.execPath, ["bin/report.js", "schema"], { encoding: "utf8" });
writeFileSync("schema/report.schema.json", text);
console.log("wrote schema/report.schema.json");

const generator = join(process.cwd(), "dist", `.generated-parsers.${process.pid}.tmp.mjs`);
await build({
  stdin: { contents: 'export * from "./src/core/generated-parsers.ts";', resolveDir: process.cwd(), loader: "ts" },
  bundle: true,
  format: "esm",
  platform: "node",
  packages: "external", // zod, yaml … from node_modules, as Node loads them
  outfile: generator,
  logLevel: "warning",
});
try {
  const { GENERATED_PARSERS } = await import(pathToFileURL(generator).href);
  for (const { file, source } of GENERATED_PARSERS) {
    writeFileSync(file, source());
    console.log(`wrote ${file}`);
  }
} finally {
  unlinkSync(generator);
}
