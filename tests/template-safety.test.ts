/**
 * Template safety (issue 7, item 4): a user's template cannot reach prototypes or run
 * code. Known Handlebars prototype-pollution and RCE payloads are fed as --template
 * (in-process and through the built binary) and as data; afterwards nothing was run, no
 * prototype was touched, and the report holds no function source or object dump.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Handlebars from "handlebars";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { runBinary, runInProcess, scratchProject } from "./helpers/cli.js";
import { docxSchemaProblems } from "./helpers/ooxml-schema.js";

const canary = mkdtempSync(join(tmpdir(), "wr-canary-"));
const PWNED = join(canary, "pwned");
afterAll(() => rmSync(canary, { recursive: true, force: true }));

/** The .docx of every payload that built, validated against the ECMA-376 schemas in one run at the end. */
const built: { label: string; bytes: Uint8Array }[] = [];
afterAll(async () => expect(await docxSchemaProblems(built)).toEqual([]));

/** Code a payload tries to run: create the canary file (process.getBuiltinModule exists on Node ≥ 20.16). */
const CODE = `return (process.getBuiltinModule ? process.getBuiltinModule('fs') : require('fs')).writeFileSync('${PWNED}', 'x');`;

const PAYLOADS: Array<[string, string]> = [
  ["constructor.constructor call", `{{constructor.constructor "${CODE}"}}`],
  ["constructor.constructor via lookup", `{{#with (lookup this "constructor") as |c|}}{{#with (lookup c "constructor") as |f|}}{{f "${CODE}"}}{{/with}}{{/with}}`],
  [
    "the classic string.sub.apply chain",
    `{{#with "s" as |string|}}{{#with "e"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub "constructor")}}{{this.pop}}` +
      `{{#with string.split as |codelist|}}{{this.pop}}{{this.push "${CODE}"}}{{this.pop}}` +
      `{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}`,
  ],
  ["__proto__ read", `{{__proto__}}{{this.__proto__}}{{#with __proto__}}{{polluted}}{{/with}}`],
  ["__proto__ through lookup", `{{#with (lookup this "__proto__") as |p|}}{{p.constructor}}{{/with}}{{lookup (lookup this "constructor") "prototype"}}`],
  ["__defineGetter__ / __lookupGetter__", `{{#with this as |o|}}{{o.__defineGetter__ "polluted" o.valueOf}}{{o.__lookupGetter__ "__proto__"}}{{/with}}`],
  ["prototype methods", `{{this.hasOwnProperty "year"}}{{this.toString}}{{this.valueOf}}{{organization.constructor}}{{organization.toString}}`],
  ["Array and String prototype", `{{#with summary.items as |a|}}{{a.constructor.prototype}}{{a.push "x"}}{{/with}}{{#with "x" as |s|}}{{s.constructor.prototype.polluted}}{{/with}}`],
  ["pollution through a helper's result", `{{#with (outline this) as |o|}}{{o.__proto__}}{{o.constructor.assign}}{{/with}}`],
];

/** Everything a payload could have changed, looked at after each run. */
function intact(): void {
  expect(existsSync(PWNED)).toBe(false);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTO_BEFORE);
  expect(Object.getOwnPropertyNames(Array.prototype).includes("polluted")).toBe(false);
  expect(Object.getOwnPropertyNames(String.prototype).includes("polluted")).toBe(false);
}
const PROTO_BEFORE = Object.getOwnPropertyNames(Object.prototype).sort();

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = scratchProject()));
afterEach(() => cleanup());

describe("template safety", () => {
  it("uses a Handlebars without the known compile-time RCE (≥ 4.7.9)", () => {
    const [major, minor, patch] = Handlebars.VERSION.split(".").map(Number);
    expect(major * 10000 + minor * 100 + patch).toBeGreaterThanOrEqual(40709);
  });

  for (const [name, payload] of PAYLOADS) {
    it(`${name}: no code runs, no prototype changes, no function or object in the report`, async () => {
      writeFileSync(join(dir, "evil.md.hbs"), `# {{organization}}\n\n${payload}\n`);
      const result = await runInProcess(["build", "2023", "--template", "evil.md.hbs"], { cwd: dir });
      expect(result.code === 0 || result.code === 1, `exit ${result.code}: ${result.stderr}`).toBe(true);
      expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
      intact();
      if (result.code === 0) {
        const md = readFileSync(join(dir, "out/2023.md"), "utf8");
        expect(md).not.toMatch(/function|native code|\[object |=>|process/);
        built.push({ label: name, bytes: readFileSync(join(dir, "out/2023.docx")) });
      }
    });
  }

  it("the same payloads through the built binary run nothing either", () => {
    for (const [, payload] of PAYLOADS) {
      writeFileSync(join(dir, "evil.md.hbs"), `# {{organization}}\n\n${payload}\n`);
      const result = runBinary(["build", "2023", "--template", "evil.md.hbs", "--format", "md"], { cwd: dir });
      expect([0, 1]).toContain(result.code);
      expect(existsSync(PWNED)).toBe(false);
    }
  });

  it("template syntax in the data is text, never compiled", async () => {
    const data = join(dir, "data/2023.yaml");
    const evil = `{{constructor.constructor '${CODE.replace(/'/g, "\\\\'")}'}}{{#each this}}{{/each}}`;
    writeFileSync(data, readFileSync(data, "utf8").replace("organization: 云溪县科学技术局", `organization: ${JSON.stringify(evil)}`));
    const result = await runInProcess(["build", "2023", "--format", "md"], { cwd: dir });
    expect(result.code).toBe(0);
    intact();
    expect(readFileSync(join(dir, "out/2023.md"), "utf8")).toContain("{{constructor.constructor");
  });

  it("a __proto__ key in the data is refused as an unknown key, and pollutes nothing", async () => {
    const data = join(dir, "data/2023.yaml");
    writeFileSync(data, readFileSync(data, "utf8").replace("year: 2023", "year: 2023\n__proto__:\n  polluted: yes\n  title: injected"));
    const result = await runInProcess(["build", "2023", "--format", "md"], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/2023\.yaml:\d+:\d+ error unknown key "__proto__"/);
    intact();
  });
});
