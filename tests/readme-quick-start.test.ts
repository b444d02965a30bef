/**
 * Issue 19, item 9: the README's quick start works when followed literally. The block
 * after the `<!-- quick-start` marker is run line by line through the built binary (as
 * `report`, the way an install puts it on PATH) in an empty folder; the output it shows in
 * its comments (created …, wrote …, … checked …) must appear, with … for what varies.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runBinary } from "./helpers/cli.js";

const OUTPUT = /^(created |wrote |\d+ files? checked|no config file)/;

interface Step {
  line: string;
  expected: string[];
}

function quickStart(): Step[] {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const block = /<!-- quick-start[^>]*-->\n```sh\n([\s\S]*?)```/.exec(readme);
  if (!block) throw new Error("no quick-start block in README.md");
  const steps: Step[] = [];
  for (const raw of block[1].split("\n")) {
    const [code, comment = ""] = raw.split(/\s+# /);
    const said = comment.trim();
    if (code.trim()) steps.push({ line: code.trim(), expected: [] });
    if (said && OUTPUT.test(said)) steps.at(-1)!.expected.push(said);
  }
  return steps;
}

const pattern = (text: string) => new RegExp(text.split("…").map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join(".*"));

describe("README quick start", () => {
  it("runs as written, printing what it says", () => {
    const dir = mkdtempSync(join(tmpdir(), "readme-"));
    try {
      let cwd = dir;
      const steps = quickStart();
      expect(steps.map((s) => s.line.split(" ")[0])).toContain("report");
      for (const { line, expected } of steps) {
        if (line.startsWith("cd ")) {
          cwd = join(cwd, line.slice(3));
          continue;
        }
        const result = runBinary(line.split(/\s+/).slice(1), { cwd });
        // doctor exits 1 where the official fonts are missing, as on most test machines.
        expect(result.code, `${line}\n${result.stderr}`).toBeLessThanOrEqual(line.startsWith("report doctor") ? 1 : 0);
        for (const text of expected) expect(result.stdout, line).toMatch(pattern(text));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
