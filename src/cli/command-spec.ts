/**
 * The CLI's commands, arguments and options, as data: main.ts builds commander's program
 * from it. Flags are written in commander's syntax.
 */

export interface ArgumentSpec {
  /** "<year>" (required), "[dir]" (optional), "[files...]" (any number). */
  syntax: string;
  description: string;
}

export interface OptionSpec {
  /** "--data <file>" (takes a value), "--strict" (a switch), "--no-color" (on unless given), "-o, --output <file>". */
  flags: string;
  description: string;
}

export interface CommandSpec {
  name: string;
  description: string;
  args: readonly ArgumentSpec[];
  options: readonly OptionSpec[];
}

export const PROGRAM = {
  name: "report",
  version: "0.1.0",
  description: "work-report: 年度工作总结及工作计划 from YAML data to an official-format Word file",
  options: [
    { flags: "--lang <lang>", description: "message language: zh or en (default from LANG)" },
    { flags: "--debug", description: "print stack traces of internal errors" },
    { flags: "--no-color", description: "no colours in output" },
    { flags: "--max-size <MB>", description: "largest input file to read, in MB (default: 10)" },
  ],
} as const;

const dataDir: OptionSpec = { flags: "--data-dir <dir>", description: "data directory (default: data)" };

export const COMMANDS: readonly CommandSpec[] = [
  {
    name: "build",
    description: "build <year>: data/<year>.yaml → out/<year>.docx and out/<year>.md",
    args: [{ syntax: "<year>", description: "the year summarised, e.g. 2023; a half: 2024-h1, 2024-h2" }],
    options: [
      { flags: "--data <file>", description: "data file (default: <data-dir>/<year>.yaml)" },
      dataDir,
      { flags: "--out-dir <dir>", description: "output directory (default: out)" },
      { flags: "--format <list>", description: "output formats, comma-separated: docx, md, pdf (pdf needs LibreOffice; default: docx,md)" },
      { flags: "--template <file>", description: "Handlebars template of your own (default: built-in)" },
      { flags: "--no-metrics-table", description: "leave out the 主要指标完成情况 table (default: added when there are metrics)" },
      { flags: "--verbose", description: "list every warning (default: the first 3 of each rule and a count)" },
      { flags: "--draft", description: "print a report that still holds placeholders (请填写…, XX), its title marked （草稿）" },
    ],
  },
  {
    name: "schema",
    description: "print the JSON Schema (draft-07) of the data format, for editors",
    args: [],
    options: [],
  },
  {
    name: "import",
    description: "import <file>: an existing report (.docx, .md, .txt; UTF-8 or GBK) → YAML data",
    args: [{ syntax: "<file>", description: "the report to import: .docx, .md or .txt" }],
    options: [
      { flags: "-o, --output <file>", description: "write the YAML to this file (default: standard output)" },
      { flags: "--force", description: "overwrite the -o file when it exists; with --into, write even when some edits cannot be placed" },
      { flags: "--check", description: "print the round-trip score (import → build Markdown → compare) instead of the YAML" },
      { flags: "--into <file>", description: "bring the edits of a .docx built by report build (text, paragraphs, new, moved and deleted topics, figures) back into this data file, in place" },
      { flags: "--changes <mode>", description: "with --into: tracked changes accept (default) or reject" },
      { flags: "--dry-run", description: "with --into: print the diff of the data file, write nothing" },
      { flags: "--comments", description: "with --into: write Word comments (批注) into the data file as YAML comments above their topic" },
      { flags: "--verbose", description: "list every warning (default: the first 3 of each rule and a count)" },
    ],
  },
  {
    name: "validate",
    description: "check data files (default: every *.yaml in the data directory; - reads standard input)",
    args: [{ syntax: "[files...]", description: "data files to check" }],
    options: [
      dataDir,
      { flags: "--format <format>", description: "output: text, json or github (default: text)" },
      { flags: "--strict", description: "exit 1 on warnings too" },
      { flags: "--fix", description: "fix half-width punctuation and hand-written ordinals in place" },
      { flags: "--dry-run", description: "with --fix: print the changes as a diff, write nothing" },
    ],
  },
  {
    name: "init",
    description: "scaffold a project: data/<this year>.yaml (commented, valid) and its JSON Schema",
    args: [{ syntax: "[dir]", description: "project directory (default: the current directory)" }],
    options: [{ flags: "--year <year>", description: "the year of the data file (default: this year)" }],
  },
  {
    name: "diff",
    description: "diff <yearA> <yearB>: compare two years — metrics, targets, problems raised again, text changes",
    args: [
      { syntax: "[yearA]", description: "the earlier year or half, e.g. 2024-h1 (alone: compare it with the report before it)" },
      { syntax: "[yearB]", description: "the later year" },
    ],
    options: [
      dataDir,
      { flags: "--a <file>", description: "the earlier data file (instead of yearA)" },
      { flags: "--b <file>", description: "the later data file (instead of yearB)" },
      { flags: "--section <list>", description: "only these, comma-separated: metrics, summary, highlights, problems, outlook, plan, follow-through" },
      { flags: "--format <format>", description: "output: text, md or json (default: text)" },
      { flags: "--exit-code", description: "exit 1 when there are differences (like git diff --exit-code)" },
      { flags: "--verbose", description: "list every warning (default: the first 3 of each rule and a count)" },
    ],
  },
  {
    name: "template",
    description: "template eject: copy the built-in templates into templates/ and point report.config.yaml at them",
    args: [{ syntax: "<action>", description: "eject" }],
    options: [],
  },
  {
    name: "doctor",
    description: "what a build would use here (config, template, fonts) and whether this machine has the fonts",
    args: [],
    options: [],
  },
  {
    name: "new",
    description: "new <year>: start data/<year>.yaml from last year's file (never overwrites)",
    args: [{ syntax: "<year>", description: "the year to start, e.g. 2024; a half: 2024-h2 (from 2024-h1)" }],
    options: [dataDir],
  },
];
