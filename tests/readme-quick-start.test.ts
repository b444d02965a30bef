/**
 * Issue 19, item 9: the README's quick start works when followed literally. The block
 * after the `<!-- quick-start` marker is run line by line through the built binary (as
 * `report`, the way an install puts it on PATH) in an empty folder; the output it shows in
 * its comments (created …, wrote …, … checked …) must appear, with … for what varies.
 *
 * Issue 21: so does the Chinese 修改稿导回 block (`<!-- review-loop`), in a copy of the
 * clone's sample data with Chinese messages: between its build and its first import the
 * .docx is edited as a reviewer does in Word (a tracked change, a title retyped) and saved
 * under the name the README uses; the edits must be in the data only after the import
 * without --dry-run, and in the next build.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runBinary, scratchProject } from "./helpers/cli.js";
import { editDocx, plainReplace, trackedReplace } from "./helpers/word-edits.js";

interface Step {
  line: string;
  expected: string[];
}

/** The command lines of the sh block after `<!-- marker`, each with the output its comments show (those matching `output`). */
function readmeBlock(marker: string, output: RegExp): Step[] {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const block = new RegExp(`<!-- ${marker}[^>]*-->\\n\`\`\`sh\\n([\\s\\S]*?)\`\`\``).exec(readme);
  if (!block) throw new Error(`no ${marker} block in README.md`);
  const steps: Step[] = [];
  for (const raw of block[1].split("\n")) {
    const [code, comment = ""] = raw.split(/\s+# /);
    const said = comment.trim();
    if (code.trim()) steps.push({ line: code.trim(), expected: [] });
    if (said && output.test(said)) steps.at(-1)!.expected.push(said);
  }
  return steps;
}

const quickStart = () => readmeBlock("quick-start", /^(created |wrote |\d+ files? checked|no config file)/);

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

describe("README 修改稿导回 (the review loop)", () => {
  it("runs as written, with the .docx edited between the build and the import", () => {
    const project = scratchProject();
    const env = { LANG: "zh_CN.UTF-8" };
    const data = () => readFileSync(join(project.dir, "data/2023.yaml"), "utf8");
    try {
      const before = data();
      const steps = readmeBlock("review-loop", /^(已生成 |已更新 )/);
      expect(steps.map((s) => s.line.split(" ").slice(0, 2).join(" "))).toEqual(["report build", "report import", "report import", "report build"]);
      expect(steps.flatMap((s) => s.expected)).not.toEqual([]);
      for (const { line, expected } of steps) {
        const args = line.split(/\s+/).slice(1);
        if (args[0] === "import" && !existsSync(join(project.dir, args[1]))) {
          // The reviewer's round: a tracked change in a body, a title retyped with tracking off.
          const built = readFileSync(join(project.dir, "out/2023.docx"));
          writeFileSync(join(project.dir, args[1]), editDocx(built, (xml) => plainReplace(trackedReplace(xml, "完成实体化注册", "正式挂牌运行"), "加强科技人才队伍建设", "加强科技人才引育")));
        }
        const result = runBinary(args, { cwd: project.dir, env });
        expect(result.code, `${line}\n${result.stderr}`).toBe(0);
        for (const text of expected) expect(result.stdout + result.stderr, line).toMatch(pattern(text));
        if (args.includes("--dry-run")) {
          expect(result.stdout).toContain("+      title: 加强科技人才引育");
          expect(data()).toBe(before);
        } else if (args[0] === "import") {
          expect(data()).toBe(before.replace("茶产业研究院完成实体化注册", "茶产业研究院正式挂牌运行").replace("title: 加强科技人才队伍建设", "title: 加强科技人才引育"));
        }
      }
      const md = readFileSync(join(project.dir, "out/2023.md"), "utf8");
      expect(md).toContain("（二）加强科技人才引育");
      expect(md).toContain("茶产业研究院正式挂牌运行");
    } finally {
      project.cleanup();
    }
  });
});
