// Types for compile.mjs, which tests/deflate-wasm.test.ts imports.
export declare const SOURCE: string;
export declare const GENERATED: string;
export declare function compileDeflate(): Promise<Uint8Array>;
export declare function generatedSource(bytes: Uint8Array): string;
