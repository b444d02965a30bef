/**
 * Every rule has a passing and a failing fixture (tests/fixtures/validate/<rule>-ok and
 * <rule>-bad), run in-process and through the built binary, with the exact line:column
 * of each diagnostic and the exit code.
 */
import { describe, expect, it } from "vitest";
import { RULES } from "../src/core/rules/index.js";
import { runBinary, runInProcess } from "./helpers/cli.js";
import { compact, validateCases } from "./helpers/validate-cases.js";

const cases = validateCases().filter((c) => c.name !== "ten-mistakes");

describe("validate fixtures, in-process", () => {
  for (const c of cases) {
    it(c.name, async () => {
      const result = await runInProcess(["validate", c.file, "--format", "json", ...c.args], { cwd: c.dir });
      expect(compact(result)).toEqual(c.diagnostics);
      expect(result.code).toBe(c.exit);
      expect(result.stderr).toBe("");
    });
  }
});

describe("validate fixtures, built binary", () => {
  for (const c of cases) {
    it(c.name, () => {
      const result = runBinary(["validate", c.file, "--format", "json", ...c.args], { cwd: c.dir });
      expect(compact(result)).toEqual(c.diagnostics);
      expect(result.code).toBe(c.exit);
    });
  }
});

describe("fixture coverage", () => {
  const RULE_CODES = [
    "rule/too-deep",
    "rule/hand-numbered-title",
    "rule/duplicate-id",
    "rule/control-character",
    "rule/unknown-metric",
    "rule/file-year",
    "rule/file-period",
    "rule/date-range",
    "rule/half-width-punctuation",
    "rule/mixed-quotes",
    "rule/duplicate-part",
    "rule/part-left-out",
    "rule/empty-part",
    "rule/placeholder",
    "rule/metric-change",
    "rule/extra-key",
  ];
  it("has one code per rule function", () => expect(RULES).toHaveLength(RULE_CODES.length));
  for (const code of RULE_CODES) {
    const name = code.slice("rule/".length);
    it(`${code} has a failing fixture that reports it and a passing one that does not`, () => {
      const bad = cases.find((c) => c.name === `${name}-bad`);
      const good = cases.filter((c) => c.name.startsWith(`${name}-ok`));
      expect(bad?.diagnostics.some((d) => d.endsWith(` ${code}`))).toBe(true);
      expect(good.length).toBeGreaterThan(0);
      for (const c of good) expect(c.diagnostics).toEqual([]);
    });
  }
});
