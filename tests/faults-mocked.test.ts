/**
 * The output faults of faults.test.ts with an injected file-system error instead of a
 * tmpfs mount, so they run anywhere (no root) and hit exact points: the disk filling up
 * in the middle of the second file, a read-only device, an I/O error on flush.
 */
import type * as Fs from "node:fs";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { runInProcess, scratchProject } from "./helpers/cli.js";
import { docxSchemaProblems } from "./helpers/ooxml-schema.js";

type Fault = { at: "open" | "write" | "sync"; code: string; message: string; file: RegExp } | undefined;
const fault = vi.hoisted(() => ({ current: undefined as Fault }));

// The build writes through node:fs's callback API (src/cli/atomic-write.ts).
vi.mock("node:fs", async (importOriginal) => {
  const real = await importOriginal<typeof Fs>();
  const fail = (f: NonNullable<Fault>) => Object.assign(new Error(`${f.code}: ${f.message}`), { code: f.code });
  /** The fault for this file descriptor, remembered from the path it was opened with. */
  const faultyFds = new Map<number, NonNullable<Fault>>();
  type Callback = (error: NodeJS.ErrnoException | null, value?: unknown) => void;
  const open = (path: Fs.PathLike, flags: Fs.OpenMode, mode: Fs.Mode, done: Callback) => {
    const f = fault.current;
    if (f && f.file.test(String(path)) && f.at === "open") return process.nextTick(done, fail(f));
    real.open(path, flags, mode, (error, fd) => {
      if (!error && f && f.file.test(String(path))) faultyFds.set(fd, f);
      done(error, fd);
    });
  };
  const write = (fd: number, bytes: Uint8Array, offset: number, length: number, position: null, done: Callback) => {
    const f = faultyFds.get(fd);
    if (f?.at !== "write") return real.write(fd, bytes, offset, length, position, done);
    // Half of the bytes go to disk, then the device is full.
    real.write(fd, bytes, offset, Math.floor(length / 2), position, () => done(fail(f)));
  };
  const fsync = (fd: number, done: Callback) => {
    const f = faultyFds.get(fd);
    if (f?.at === "sync") return process.nextTick(done, fail(f));
    real.fsync(fd, done);
  };
  const close = (fd: number, done: Callback) => {
    faultyFds.delete(fd);
    real.close(fd, done);
  };
  const mocked = { ...real, open, write, fsync, close };
  return { ...mocked, default: mocked };
});

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = scratchProject()));
afterEach(() => {
  fault.current = undefined;
  cleanup();
});

const build = () => runInProcess(["build", "2023"], { cwd: dir });
const snapshot = () => readdirSync(join(dir, "out")).sort().map((f) => [f, readFileSync(join(dir, "out", f))]);

const CASES: Array<[string, NonNullable<Fault>, RegExp]> = [
  ["the disk fills up while the .md (the second file) is written", { at: "write", code: "ENOSPC", message: "no space left on device, write", file: /2023\.md\./ }, /cannot write out\/2023\.md: ENOSPC \(no space left on device\)/],
  ["the disk is full when the .docx is written", { at: "write", code: "ENOSPC", message: "no space left on device, write", file: /2023\.docx\./ }, /cannot write out\/2023\.docx: ENOSPC/],
  ["the device is read-only", { at: "open", code: "EROFS", message: "read-only file system, open", file: /\.tmp$/ }, /cannot write out\/2023\.docx: EROFS \(read-only file system\)/],
  ["permission is denied", { at: "open", code: "EACCES", message: "permission denied, open", file: /\.tmp$/ }, /cannot write out\/2023\.docx: EACCES \(permission denied\)/],
  ["flushing to disk fails (EIO)", { at: "sync", code: "EIO", message: "i/o error, fsync", file: /2023\.docx\./ }, /cannot write out\/2023\.docx: EIO/],
];

describe("output faults, injected: exit 2, a clear message, the previous output intact, no temp files", () => {
  /** The .docx of each first build, validated against the ECMA-376 schemas in one run at the end. */
  const built: { label: string; bytes: Uint8Array }[] = [];
  afterAll(async () => expect(await docxSchemaProblems(built)).toEqual([]));

  for (const [name, f, message] of CASES) {
    it(name, async () => {
      expect((await build()).code).toBe(0);
      built.push({ label: name, bytes: readFileSync(join(dir, "out/2023.docx")) });
      const before = snapshot();
      const data = join(dir, "data/2023.yaml");
      writeFileSync(data, readFileSync(data, "utf8").replace("organization: 云溪县科学技术局", "organization: 新单位"));
      fault.current = f;
      const result = await build();
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(result.stdout).toBe("");
      expect(snapshot()).toEqual(before);
    });
  }
});
