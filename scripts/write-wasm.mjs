// `npm run wasm`: regenerate src/writers/docx/deflate-wasm.generated.ts from
// wasm/deflate.ts (tests/deflate-wasm.test.ts fails while it is stale).
import { writeFileSync } from "node:fs";
import { compileDeflate, GENERATED, generatedSource } from "./wasm/compile.mjs";

const bytes = await compileDeflate();
writeFileSync(GENERATED, generatedSource(bytes));
console.log(`wrote ${GENERATED} (${bytes.length} bytes of WebAssembly)`);
