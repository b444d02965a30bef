/**
 * The built-in template written out as code (src/render/built-in-template.ts) must print
 * what Handlebars prints from the template files, and be used for those texts only.
 */
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { settingsFrom, type ConfigFile } from "../src/core/config.js";
import type { Report } from "../src/core/schema.js";
import { validateSource } from "../src/core/validate.js";
import { renderMarkdown } from "../src/pipeline.js";
import { isBuiltInTemplateSet, MIRRORED_FINGERPRINT, templateFingerprint } from "../src/render/built-in-template.js";
import { loadRendererFor } from "../src/render/renderers.js";
import { readTemplateSet, type TemplateSet } from "../src/render/template-files.js";
import { holds, report } from "./helpers/arbitraries.js";
import { ROOT } from "./helpers/cli.js";

const builtIn = readTemplateSet();

/** The same templates with a comment added: they print the same, but through Handlebars. */
const throughHandlebars: TemplateSet = {
  main: { ...builtIn.main, text: `${builtIn.main.text}{{!-- --}}` },
  partials: Object.fromEntries(Object.entries(builtIn.partials).map(([name, source]) => [name, { ...source, text: `${source.text}{{!-- --}}` }])),
};

function sample(year: number): Report {
  const file = join(ROOT, `data/${year}.yaml`);
  return validateSource({ file, text: readFileSync(file, "utf8") }, "en").report!;
}

/** Both ways, with the given settings and last year's report; the Markdown of each. */
function bothWays(data: Report, previous?: Report, config: ConfigFile = {}): [string | undefined, string | undefined] {
  expect(isBuiltInTemplateSet(builtIn)).toBe(true);
  const settings = settingsFrom(config);
  const direct = renderMarkdown(data, builtIn, settings, "en", { previous });
  const handlebars = renderMarkdown(data, throughHandlebars, settings, "en", { previous });
  expect(direct.diagnostics).toEqual(handlebars.diagnostics);
  return [direct.markdown, handlebars.markdown];
}

describe("the built-in template as code", () => {
  it("mirrors the template files as they are now (update built-in-template.ts with them, then its fingerprint)", () => {
    const texts = [builtIn.main.text, builtIn.partials.node!.text, builtIn.partials.signature!.text];
    expect(templateFingerprint(texts)).toBe(MIRRORED_FINGERPRINT);
    expect(isBuiltInTemplateSet(builtIn)).toBe(true);
  });

  it("is used for those texts only: any other main template or partial goes through Handlebars", () => {
    expect(isBuiltInTemplateSet(throughHandlebars)).toBe(false);
    expect(isBuiltInTemplateSet({ ...builtIn, main: { ...builtIn.main, text: `${builtIn.main.text} ` } })).toBe(false);
    for (const name of ["node", "signature"]) {
      const partials = { ...builtIn.partials, [name]: { file: "user.hbs", text: `${builtIn.partials[name]!.text}x` } };
      expect(isBuiltInTemplateSet({ ...builtIn, partials }), name).toBe(false);
      const { [name]: _, ...without } = builtIn.partials;
      expect(isBuiltInTemplateSet({ ...builtIn, partials: without }), `${name} missing`).toBe(false);
    }
  });

  it("prints the samples as Handlebars does, with and without last year's metrics, level 3 either way", async () => {
    await loadRendererFor(throughHandlebars);
    for (const config of [{}, { ordinals: { level3: "1、" as const } }]) {
      const [direct, handlebars] = bothWays(sample(2023), sample(2022), config);
      expect(direct).toContain("表1");
      expect(direct).toBe(handlebars);
      const [direct2022, handlebars2022] = bothWays(sample(2022), undefined, config);
      expect(direct2022).toBeTruthy();
      expect(direct2022).toBe(handlebars2022);
    }
  });

  it("prints edge cases as Handlebars does: titles that are only an ordinal or a space, empty parts, no date", async () => {
    await loadRendererFor(throughHandlebars);
    const edge: Report = {
      year: 2023,
      organization: "1. 某局",
      summary: { heading: "一、", items: [{ title: "（一）", body: "正文。" }, { title: "2.", points: ["甲", "乙。"] }, { title: "　", body: "标题只有空格。" }, { body: "" }] },
      problems: { items: [{ title: "（二）", runIn: true, body: "说明。" }] },
      plan: { targets: [{ text: "目标；" }], items: [] },
    };
    const [direct, handlebars] = bothWays(edge);
    expect(direct).toBe(handlebars);
  });

  it("prints generated reports as Handlebars does", async () => {
    await loadRendererFor(throughHandlebars);
    await holds(
      fc.property(report(), (data) => {
        const [direct, handlebars] = bothWays(data);
        expect(direct).toBe(handlebars);
      }),
    );
  });
});
