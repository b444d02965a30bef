/**
 * The quick command-line reader (src/cli/quick-argv.ts) must give exactly what commander's
 * action receives — arguments, options, global options — or nothing; and it must read
 * the usual invocations.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { COMMANDS, PROGRAM } from "../src/cli/command-spec.js";
import { commanderProgram } from "../src/cli/main.js";
import { quickArgv, type ParsedCommand } from "../src/cli/quick-argv.js";
import { FC_SETTINGS, holds } from "./helpers/arbitraries.js";

/** What commander hands the action for `argv`, or undefined when it stops first (an error, help, version). */
async function commanderParse(argv: string[]): Promise<ParsedCommand | undefined> {
  let parsed: ParsedCommand | undefined;
  const program = await commanderProgram({ stdout: () => {}, stderr: () => {} }, async (p) => {
    parsed = p;
  });
  try {
    await program.parseAsync(argv, { from: "user" });
  } catch {
    return undefined;
  }
  return parsed;
}

/** The quick reader gives commander's result, or gives up; true when it read the line. */
async function sameOrNothing(argv: string[]): Promise<boolean> {
  const quick = quickArgv(argv, PROGRAM, COMMANDS);
  if (quick) expect(quick, JSON.stringify(argv)).toEqual(await commanderParse(argv));
  return quick !== undefined;
}

const USUAL = [
  ["build", "2023"],
  ["build", "2023", "--out-dir", "out", "--data", "data/2023.yaml"],
  ["build", "2023", "--format", "docx", "--no-metrics-table", "--template", "t.md.hbs", "--data-dir", "d"],
  ["--lang", "en", "build", "2023"],
  ["--debug", "--no-color", "--lang", "zh", "validate"],
  ["validate"],
  ["validate", "data/2023.yaml"],
  ["validate", "a.yaml", "b.yaml", "--strict", "--format", "json"],
  ["validate", "--data-dir", "many"],
  ["validate", "--fix", "--dry-run", "data/2022.yaml"],
  ["diff", "2022", "2023"],
  ["diff", "2023"],
  ["diff"],
  ["diff", "--a", "x.yaml", "--b", "y.yaml", "--section", "metrics,plan", "--format", "md", "--exit-code"],
  ["new", "2024", "--data-dir", "data"],
  ["init"],
  ["init", "proj", "--year", "2024"],
  ["import", "report.docx", "--output", "data/2022.yaml", "--force"],
  ["import", "report.md", "--check"],
  ["schema"],
];

describe("quickArgv reads what commander reads", () => {
  it("reads the usual invocations of every command", async () => {
    for (const argv of USUAL) expect(await sameOrNothing(argv), JSON.stringify(argv)).toBe(true);
  });

  it("leaves to commander what it does not read itself: help, version, errors and the less usual forms", async () => {
    const others = [
      [], ["--help"], ["-h"], ["-V"], ["--version"], ["help"], ["help", "build"], ["build", "--help"], ["build"], ["build", "2023", "2024"],
      ["build", "2023", "--out-dir"], ["build", "2023", "--out-dir=x"], ["build", "2023", "--out-dir", "-x"], ["build", "2023", "--nope"],
      ["build", "2023", "--data", "a", "--data", "b"], ["build", "2023", "--lang", "en"], ["--lang", "xx", "build", "2023"], ["--lang"],
      ["validate", "-"], ["validate", "--", "a.yaml"], ["import", "r.docx", "-o", "x.yaml"], ["diff", "1", "2", "3"], ["nope"], ["schema", "x"],
    ];
    for (const argv of others) {
      expect(quickArgv(argv, PROGRAM, COMMANDS), JSON.stringify(argv)).toBeUndefined();
      await sameOrNothing(argv);
    }
  });

  it("on command lines put together from the commands' words", async () => {
    const noise = ["help", "-", "--", "-h", "-o", "--help", "-V", "--x=y", "--nope", "--metrics-table", "--lang", "--debug"];
    const value = fc.oneof({ weight: 6, arbitrary: fc.constantFrom("x", "2023", "data/2023.yaml", "en", "zh") }, { weight: 1, arbitrary: fc.constantFrom("-", "--x", "fr") });
    const option = (o: { flags: string }) => {
      const [name, takes] = [o.flags.split(/[ ,]+/).filter((w) => w.startsWith("--"))[0]!, o.flags.includes("<")];
      return takes ? value.map((v) => [name, v]) : fc.constant([name]);
    };
    const line = fc.constantFrom(...COMMANDS).chain((command) =>
      fc
        .tuple(
          fc.array(fc.oneof(...PROGRAM.options.map(option)), { maxLength: 2 }),
          fc.array(fc.oneof(value.map((v) => [v]), ...(command.options.length ? [fc.oneof(...command.options.map(option))] : [])), { maxLength: 4 }),
          fc.option(fc.tuple(fc.constantFrom(...noise), fc.nat()), { freq: 4 }),
        )
        .map(([globals, rest, extra]) => {
          const argv = [...globals.flat(), command.name, ...rest.flat()];
          if (extra) argv.splice(extra[1] % (argv.length + 1), 0, extra[0]);
          return argv;
        }),
    );
    let read = 0;
    await holds(
      fc.asyncProperty(line, async (argv) => {
        if (await sameOrNothing(argv)) read++;
      }),
      5,
    );
    // About one line in twelve is a valid, usual one.
    expect(read).toBeGreaterThan(FC_SETTINGS.numRuns / 4);
  });
});
