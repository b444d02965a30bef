/**
 * The built-in templates are compiled when the package is built (npm test builds first);
 * a run takes them from dist/precompiled-templates.json only for the exact same text.
 */
import Handlebars from "handlebars";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { settingsFrom } from "../src/core/config.js";
import { validateSource } from "../src/core/validate.js";
import { createRenderer } from "../src/render/environment.js";
import { precompileTemplates } from "../src/render/precompile-templates.js";
import { PRECOMPILED_FILE, precompiledTemplate } from "../src/render/precompiled.js";
import { readTemplateSet, type TemplateSet } from "../src/render/template-files.js";
import { ROOT } from "./helpers/cli.js";

const builtIn = readTemplateSet();

describe("precompiled built-in templates", () => {
  it("the build wrote every built-in template, compiled, as it is now", () => {
    const written = JSON.parse(readFileSync(join(ROOT, PRECOMPILED_FILE), "utf8"));
    expect(written).toEqual(precompileTemplates());
    expect(written.map((e: { text: string }) => e.text)).toEqual([builtIn.main.text, ...Object.values(builtIn.partials).map((p) => p.text)]);
  });

  it("are used for the built-in texts only", () => {
    const hb = Handlebars.create();
    expect(precompiledTemplate(hb, builtIn.main.text)).toBeTypeOf("function");
    expect(precompiledTemplate(hb, `${builtIn.main.text} `)).toBeUndefined();
  });

  it("render the sample exactly as the templates compiled at run time do", () => {
    const text = readFileSync(join(ROOT, "data/2023.yaml"), "utf8");
    const { report } = validateSource({ file: "2023.yaml", text }, "en");
    // A trailing comment changes no output but makes a text unknown: compiled at run time.
    const comment = (s: { file: string; text: string }) => ({ ...s, text: `${s.text}{{!-- --}}` });
    const compiled: TemplateSet = {
      main: comment(builtIn.main),
      partials: Object.fromEntries(Object.entries(builtIn.partials).map(([k, v]) => [k, comment(v)])),
    };
    const options = { level3: settingsFrom({}).level3 };
    const a = createRenderer(builtIn, options)(report!, "zh");
    const b = createRenderer(compiled, options)(report!, "zh");
    expect(a.markdown).toBeTruthy();
    expect(a.markdown).toBe(b.markdown);
  });
});
