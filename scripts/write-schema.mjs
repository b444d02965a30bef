// Regenerate schema/report.schema.json, the JSON Schema for editors, from the zod schema
// through the built CLI (tests/schema.test.ts fails while it is stale).
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";

const text = execFileSync(process.execPath, ["bin/report.js", "schema"], { encoding: "utf8" });
writeFileSync("schema/report.schema.json", text);
console.log("wrote schema/report.schema.json");
