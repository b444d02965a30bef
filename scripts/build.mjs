// Bundle the CLI with esbuild: dist/cli/main.cjs plus chunks that load when a command
// needs them, all minified, compiled at run time through a V8 code cache by the loader
// bin/report.js requires (src/launch/code-cache.ts → dist/launch.cjs). Type checking is
// `npm run typecheck`. Why this shape (docs/performance.md):
// - Node 20 has no code cache for ES modules (module.enableCompileCache came in 22.1),
//   but vm.Script takes `cachedData`: so esbuild splits the code as ES modules (one chunk
//   per command, shared code in shared chunks) and each chunk is then turned into a
//   CommonJS script, its `import()` into `require()`, which the loader answers.
// - One file for everything was slower for light commands: every function of every
//   module is declared at its top level, so each run paid for all of them.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build, transform } from "esbuild";

const OUT = "dist/cli";
/** BUILD_NO_MINIFY=1 keeps names readable in `node --cpu-prof` profiles. */
const MINIFY = !process.env.BUILD_NO_MINIFY;
/** Files of older builds are removed once this old: a test run may still be using them. */
const STALE_MS = 10 * 60 * 1000;

/**
 * dist/ is shared by test runs that spawn the CLI at any moment: each file is written to
 * a temporary name and renamed, so a reader sees the old file or the new one, never half.
 */
function writeAtomically(file, text) {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, file);
}

mkdirSync(OUT, { recursive: true });

// The loader (small, Node built-ins only; CommonJS like bin/report.js, as Node starts
// ~9 ms faster when it never sets up its ES module loader). Written first, so a bundle
// that fails to build leaves a loader that still finds the previous bundle.
const launcher = await build({
  entryPoints: ["src/launch/code-cache.ts"],
  write: false,
  outfile: "dist/launch.cjs",
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  logLevel: "warning",
});
writeAtomically("dist/launch.cjs", launcher.outputFiles[0].text);

const esm = await build({
  entryPoints: { main: "src/cli.ts" },
  outdir: OUT,
  write: false,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  minify: MINIFY,
  legalComments: "none",
  chunkNames: "[name]-[hash]",
  // yaml's ES module build (its "default" export; Node resolution picks the CommonJS one):
  // calls into it are then direct, not through CommonJS interop getters, which was 5-8%
  // of `validate` over many files. Same code; warnings go to console.warn.
  // fflate's browser build: the same code without the worker_threads it loads for its
  // asynchronous API, which the Word writer does not use (zipSync only).
  alias: {
    yaml: "./node_modules/yaml/browser/index.js",
    fflate: "./node_modules/fflate/esm/browser.js",
  },
  // import.meta does not exist in CommonJS: the chunk's own path stands in for it.
  define: {
    "import.meta.url": "__chunkUrl",
    "import.meta.dirname": "__dirname",
    "import.meta.filename": "__filename",
  },
  logLevel: "warning",
});

const chunks = [];
for (const file of esm.outputFiles) {
  // ESM → CommonJS; import("./x.js") becomes require("./x.js") behind a promise.
  const { code } = await transform(file.text, {
    format: "cjs",
    platform: "node",
    target: "node20",
    minify: MINIFY,
    legalComments: "none",
    supported: { "dynamic-import": false },
  });
  const banner = code.includes("__chunkUrl") ? "var __chunkUrl=require('node:url').pathToFileURL(__filename).href;\n" : "";
  // The chunks are .cjs files: so named in their requires, Node's own require finds them too
  // (src/launch/code-cache.ts requires them as they are where Node has its compile cache).
  const requiresCjs = code.replace(/require\("\.\/([\w-]+)\.js"\)/g, 'require("./$1.cjs")');
  chunks.push({ path: file.path.replace(/\.js$/, ".cjs"), code: banner + requiresCjs });
}

// The build's id names the content of every chunk: the code cache is kept per build, so
// a new build never meets the cache of an older one (V8 itself only compares lengths).
const hash = createHash("sha256");
for (const c of [...chunks].sort((a, b) => (a.path < b.path ? -1 : 1))) hash.update(`${c.path}\0${c.code}\0`);
const buildId = hash.digest("hex").slice(0, 16);

// The chunks first, the entry last: the new entry only appears once all it needs is there.
const entry = join(process.cwd(), OUT, "main.cjs");
for (const c of chunks) if (c.path !== entry) writeAtomically(c.path, c.code);
writeAtomically(entry, `// work-report bundle ${buildId}\n${chunks.find((c) => c.path === entry).code}`);

// Chunks of older builds (and the single-file bundle this replaced), once surely unused.
const keep = new Set(chunks.map((c) => c.path));
const old = [
  ...readdirSync(OUT).map((n) => join(process.cwd(), OUT, n)),
  ...readdirSync("dist").filter((n) => n === "cli.cjs" || /\.js$/.test(n)).map((n) => join(process.cwd(), "dist", n)),
];
for (const file of old) {
  try {
    if (!keep.has(file) && statSync(file).isFile() && Date.now() - statSync(file).mtimeMs > STALE_MS) unlinkSync(file);
  } catch {
    // removed by a concurrent build
  }
}

// The built-in templates, compiled now rather than at every run (src/render/precompiled.ts).
// The compiler is bundled into a temporary module inside dist/, where it finds templates/.
const precompiler = join(process.cwd(), "dist", `.precompile.${process.pid}.tmp.mjs`);
await build({
  stdin: { contents: 'export { precompileTemplates } from "./src/render/precompile-templates.ts";', resolveDir: process.cwd(), loader: "ts" },
  bundle: true,
  format: "esm",
  platform: "node",
  outfile: precompiler,
  logLevel: "warning",
});
try {
  const { precompileTemplates } = await import(pathToFileURL(precompiler).href);
  writeAtomically(join("dist", "precompiled-templates.json"), JSON.stringify(precompileTemplates()));
} finally {
  unlinkSync(precompiler);
}
