/**
 * Create a file that must not exist yet (`report init` never overwrites). The bytes go
 * to a temporary file first and are hard-linked into place: link() fails when the
 * target exists, and the target never appears half-written.
 */
import { linkSync, mkdirSync, rmSync } from "node:fs";
import { dirname } from "node:path";
import { tempPathFor, writeFully } from "./atomic-write.js";

/** Returns false (and writes nothing) when `path` already exists. */
export function writeNewFile(path: string, bytes: Uint8Array): boolean {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = tempPathFor(path);
  writeFully(tmp, bytes, "wx");
  try {
    linkSync(tmp, path);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") return false;
    // File systems without hard links: exclusive create is still no-overwrite.
    if (code === "EPERM" || code === "ENOTSUP" || code === "EOPNOTSUPP") {
      try {
        writeFully(path, bytes, "wx");
        return true;
      } catch (inner) {
        if ((inner as NodeJS.ErrnoException).code === "EEXIST") return false;
        throw inner;
      }
    }
    throw error;
  } finally {
    rmSync(tmp, { force: true });
  }
}
