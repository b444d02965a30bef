#!/usr/bin/env node
// The only place that sets the process exit code; everything else returns it.
// The CLI is bundled into dist/cli/ (npm run build) and loaded through a V8 code cache.
// CommonJS (bin/package.json says so): Node starts ~9 ms faster when it never sets up
// its ES module loader, and start-up is what this file is about.
"use strict";
const { join } = require("node:path");
const { loadBundle } = require("../dist/launch.cjs");

const argv = process.argv.slice(2);
const bundle = loadBundle(join(__dirname, "../dist/cli/main.cjs"), argv);

bundle.exports.main(argv).then((code) => {
  process.exitCode = code;
  bundle.save();
});
