// Bundle the CLI with esbuild into ONE minified CommonJS file, dist/cli.cjs, that
// bin/report.js compiles through a V8 code cache (src/launch/code-cache.ts, built to
// dist/launch.js). Type checking is `npm run typecheck`.
//
// Why one CommonJS file and not ESM chunks (measured, see README "Performance"):
// - Node 20 has no code cache for ES modules (module.enableCompileCache came in 22.1),
//   while vm.Script takes `cachedData`: with the cache, loading the build command's
//   code drops from ~100 ms of parsing and compiling to a few ms of deserializing.
// - Start-up still pays only for what the command uses: esbuild wraps every module that
//   is reached through `await import()` in a lazy initializer, and V8 compiles functions
//   lazily, so `report validate` never runs (or compiles) the docx writer.
import { createHash } from "node:crypto";
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { build } from "esbuild";

/**
 * dist/ is shared by test runs that spawn the CLI at any moment (it is never emptied):
 * each file is written to a temporary name and renamed, so a reader sees the old file
 * or the new one, never half of one.
 */
function writeAtomically(file, text) {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, file);
}

mkdirSync("dist", { recursive: true });

// The loader bin/report.js imports (small, ESM, Node built-ins only). Written first, so a
// bundle that fails to build leaves a loader that still finds the previous bundle.
const launcher = await build({
  entryPoints: ["src/launch/code-cache.ts"],
  write: false,
  outfile: "dist/launch.js",
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  logLevel: "warning",
});
writeAtomically("dist/launch.js", launcher.outputFiles[0].text);

const cli = await build({
  entryPoints: ["src/cli.ts"],
  write: false,
  outfile: "dist/cli.cjs",
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  minify: true,
  legalComments: "none",
  // import.meta does not exist in CommonJS: the bundle's own path stands in for it.
  define: {
    "import.meta.url": "__bundleUrl",
    "import.meta.dirname": "__dirname",
    "import.meta.filename": "__filename",
  },
  banner: { js: "var __bundleUrl=require('node:url').pathToFileURL(__filename).href;" },
  logLevel: "warning",
});

const code = cli.outputFiles[0].text;
// The first line names the bundle's content: the code cache is keyed by it, so a rebuilt
// bundle never meets the cache of an older one (V8 itself only compares source lengths).
const hash = createHash("sha256").update(code).digest("hex").slice(0, 16);
writeAtomically("dist/cli.cjs", `// work-report bundle ${hash}\n${code}`);
