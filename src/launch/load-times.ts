/**
 * WORK_REPORT_LOAD_TIMES=1: how long each chunk of the bundle took to load, printed to
 * stderr when the process exits — reading and compiling it (through the code cache), and
 * running its top level without the chunks it loaded in turn. How docs/performance.md
 * times the start-up, chunk by chunk, without a profiler's overhead.
 */
import { writeSync } from "node:fs";
import { basename } from "node:path";

export interface ChunkTimer {
  /** The chunk is compiled; its top level runs next. */
  compiled(): void;
  /** Its top level has run. */
  done(): void;
}

export type LoadTimes = (file: string) => ChunkTimer;

export function loadTimes(env: Record<string, string | undefined>): LoadTimes | undefined {
  if (!env.WORK_REPORT_LOAD_TIMES) return undefined;
  const rows: Array<{ chunk: string; compile: number; run: number }> = [];
  /** Time spent in the chunks each loading chunk required, innermost last. */
  const nested: number[] = [];
  process.on("exit", () => {
    const total = (key: "compile" | "run") => rows.reduce((sum, row) => sum + row[key], 0).toFixed(2);
    const lines = rows.map((r) => `${r.chunk.padEnd(28)} ${r.compile.toFixed(2).padStart(7)} ${r.run.toFixed(2).padStart(7)}`);
    const text = ["load times (ms)              compile     run", ...lines, `${"all".padEnd(28)} ${total("compile").padStart(7)} ${total("run").padStart(7)}`];
    writeSync(2, `${text.join("\n")}\n`);
  });
  return (file) => {
    const start = performance.now();
    let compiled = start;
    nested.push(0);
    return {
      compiled: () => {
        compiled = performance.now();
      },
      done: () => {
        const end = performance.now();
        const inner = nested.pop() ?? 0;
        if (nested.length) nested[nested.length - 1] += end - start;
        rows.push({ chunk: basename(file), compile: compiled - start, run: end - compiled - inner });
      },
    };
  };
}
