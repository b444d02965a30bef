// Bundle the CLI with esbuild: one ESM entry plus lazily loaded chunks per command,
// so start-up only pays for what the command uses. Type checking is `npm run typecheck`.
import { build } from "esbuild";

// dist/ is not emptied first: several test runs may share a checkout, and a spawned CLI
// must never find its chunks gone. Stale hashed chunks are harmless.
await build({
  entryPoints: { cli: "src/cli.ts" },
  outdir: "dist",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  minify: true,
  legalComments: "none",
  // CJS dependencies (commander, handlebars) call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  logLevel: "warning",
});
