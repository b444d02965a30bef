#!/usr/bin/env node
// The only place that sets the process exit code; everything else returns it.
// The CLI is bundled into dist/cli/ (npm run build) and loaded through a V8 code cache.
import { fileURLToPath } from "node:url";
import { loadBundle } from "../dist/launch.js";

const argv = process.argv.slice(2);
const { exports, save } = loadBundle(fileURLToPath(new URL("../dist/cli/main.cjs", import.meta.url)), argv);

process.exitCode = await exports.main(argv);
save();
