#!/usr/bin/env node
// The only place that sets the process exit code; everything else returns it.
// The CLI is bundled into dist/cli/ (npm run build) and loaded through a V8 code cache.
// CommonJS (bin/package.json says so): Node starts faster when it never sets up its ES
// module loader.
"use strict";
const { writeSync } = require("node:fs");
const { join } = require("node:path");
const { loadBundle } = require("../dist/launch.cjs");

const IO_ERROR = 2;
let writeFailed = false;
// A reader that went away (`report … | head -1`, EPIPE): what is left has nowhere to go,
// so it is dropped quietly, as other command-line tools do. Any other write error
// (a full disk, /dev/full) is an I/O error: one line, exit 2, no stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code === "EPIPE" || error.code === "ERR_STREAM_DESTROYED" || writeFailed) return;
    writeFailed = true;
    try {
      if (stream !== process.stderr) writeSync(2, `${cannotWrite()} (${error.code ?? error.message})\n`);
    } catch {
      // stderr is gone too
    }
    process.exitCode = IO_ERROR;
  });
}

const argv = process.argv.slice(2);

// Said before the CLI has chosen its language (or after it failed): --lang, the locale
// variables, then the system's (a config's lang: is not read for one line).
function cannotWrite() {
  const flag = argv.find((a, i) => argv[i - 1] === "--lang" || a.startsWith("--lang="));
  const locale = flag ?? (process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || Intl.DateTimeFormat().resolvedOptions().locale);
  return /^(--lang=)?zh/i.test(locale) ? "report：无法写出输出" : "report: cannot write the output";
}
const bundle = loadBundle(join(__dirname, "../dist/cli/main.cjs"), argv);

bundle.exports.main(argv).then((code) => {
  process.exitCode = writeFailed && code === 0 ? IO_ERROR : code;
  bundle.save();
});
