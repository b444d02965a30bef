/**
 * What reaches a terminal cannot act on it (issue 17, item 12): escape sequences and
 * control characters from a data file, an imported text or a file name are shown in caret
 * notation; our own colours stay, and TERM=dumb gets none. The binary runs on a real
 * pseudo-terminal through script(1); a pipe gets the bytes as they are.
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { terminalSafe } from "../src/cli/terminal-safe.js";
import { BIN, runBinary, scratchProject } from "./helpers/cli.js";

const HOSTILE_KEY = "\x1b]0;PWNED\x07\x1b[2J";

describe("terminalSafe", () => {
  it("shows escape sequences and controls in caret notation, and keeps colours, tabs and line feeds", () => {
    expect(terminalSafe(`unknown key "${HOSTILE_KEY}"`)).toBe('unknown key "^[]0;PWNED^G^[[2J"');
    expect(terminalSafe("\x1b[31merror\x1b[39m\tok\n")).toBe("\x1b[31merror\x1b[39m\tok\n");
    expect(terminalSafe("a\rb\x00c\x9bd\x7f\x1b")).toBe("a^Mb^@c<U+009B>d^?^[");
    expect(terminalSafe("普通文字，没有控制字符。")).toBe("普通文字，没有控制字符。");
  });
});

const hasScript = spawnSync("script", ["--version"]).status === 0;

describe.runIf(hasScript && process.platform === "linux")("the built binary on a terminal", () => {
  const project = scratchProject();
  afterAll(project.cleanup);
  const file = join(project.dir, "hostile.yaml");
  writeFileSync(file, `year: 2023\norganization: 示例县\n"${HOSTILE_KEY.replace("\x1b", "\\e").replace("\x1b", "\\e").replace("\x07", "\\a")}": 1\nsummary: {}\nproblems: {}\nplan: {}\n`);

  /** The command's output as a terminal receives it (script(1) gives it a pseudo-terminal). */
  const onTerminal = (env: Record<string, string>) =>
    spawnSync("script", ["-qec", `"${process.execPath}" "${BIN}" validate hostile.yaml`, "/dev/null"], {
      cwd: project.dir,
      env: { PATH: process.env.PATH, LANG: "en_US.UTF-8", ...env },
      encoding: "utf8",
    }).stdout;

  it("an unknown key made of escape sequences is printed, not obeyed", () => {
    const out = onTerminal({ TERM: "xterm" });
    expect(out).toContain('unknown key "^[]0;PWNED^G^[[2J"');
    expect(out).not.toContain("\x1b]0;");
    expect(out).not.toContain("\x1b[2J");
    expect(out).toContain("\x1b[31m"); // our own colour is kept
  });

  it("TERM=dumb gets no colour at all", () => {
    const out = onTerminal({ TERM: "dumb" });
    expect(out).toContain('unknown key "^[]0;PWNED^G^[[2J"');
    expect(out).not.toContain("\x1b");
  });

  it("a pipe gets the text as it is (JSON escapes it itself)", () => {
    const result = runBinary(["validate", "hostile.yaml", "--format", "json"], { cwd: project.dir });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).diagnostics[0].message).toContain(HOSTILE_KEY);
  });
});
