/**
 * LibreOffice in headless mode, for the PDF writer: where its `soffice` program is, and one
 * conversion of a .docx to PDF. Each run gets a private user profile
 * (-env:UserInstallation) in a temporary folder: a LibreOffice the user has open, or
 * another conversion running at the same time, would otherwise hold the profile's lock,
 * and soffice would hand the job to it or exit without converting.
 */
import { execFile } from "node:child_process";
import { accessSync, constants, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { pathToFileURL } from "node:url";

/** No LibreOffice to convert with: the build stops (exit 2) and says how to install it. */
export class LibreOfficeMissing extends Error {
  constructor(readonly named?: string) {
    super(named ? `LibreOffice not found at ${named}` : "LibreOffice not found");
  }
}

/** LibreOffice ran but gave no PDF (it crashed, timed out, or refused the file). */
export class LibreOfficeFailed extends Error {
  constructor(readonly detail: string) {
    super(`LibreOffice could not convert the document: ${detail}`);
  }
}

/** The conversion of a report takes seconds; past this, something is stuck. */
const TIMEOUT_MS = 180_000;

function executable(path: string): boolean {
  try {
    accessSync(path, process.platform === "win32" ? constants.F_OK : constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The usual install folders, after PATH: Linux packages, /opt tarballs, snap and flatpak; macOS; Windows. */
function installFolders(env: NodeJS.ProcessEnv): string[] {
  const opt = existsSync("/opt") ? readdirSync("/opt").filter((d) => /^libreoffice/i.test(d)).map((d) => `/opt/${d}/program/soffice`) : [];
  const windows = [env.ProgramFiles, env["ProgramFiles(x86)"], env.LOCALAPPDATA && join(env.LOCALAPPDATA, "Programs")]
    .filter((dir): dir is string => Boolean(dir))
    .map((dir) => join(dir, "LibreOffice", "program", "soffice.exe"));
  return [
    "/usr/bin/soffice",
    "/usr/lib/libreoffice/program/soffice",
    "/usr/lib64/libreoffice/program/soffice",
    "/usr/local/bin/soffice",
    ...opt,
    "/snap/bin/libreoffice",
    "/var/lib/flatpak/exports/bin/org.libreoffice.LibreOffice",
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
    join(homedir(), "Applications/LibreOffice.app/Contents/MacOS/soffice"),
    ...windows,
  ];
}

/**
 * The soffice program: REPORT_SOFFICE when set (and then only it), else `soffice` or
 * `libreoffice` on PATH, else the usual install folders. Throws LibreOfficeMissing.
 */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string {
  if (env.REPORT_SOFFICE) {
    if (executable(env.REPORT_SOFFICE)) return env.REPORT_SOFFICE;
    throw new LibreOfficeMissing(env.REPORT_SOFFICE);
  }
  const names = process.platform === "win32" ? ["soffice.exe", "soffice.com"] : ["soffice", "libreoffice"];
  const onPath = (env.PATH ?? "").split(delimiter).filter(Boolean).flatMap((dir) => names.map((name) => join(dir, name)));
  const found = [...onPath, ...installFolders(env)].find(executable);
  if (!found) throw new LibreOfficeMissing();
  return found;
}

function run(program: string, args: string[]): Promise<string> {
  return new Promise((resolve) => {
    execFile(program, args, { timeout: TIMEOUT_MS, windowsHide: true, maxBuffer: 4 * 1024 * 1024 }, (error, _stdout, stderr) => {
      resolve(error ? `${error.message.split("\n")[0]} ${stderr}`.trim() : "");
    });
  });
}

/** The PDF of a .docx, converted by LibreOffice in a temporary folder that is removed afterwards. */
export async function docxToPdf(docx: Uint8Array, soffice = findSoffice()): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), "work-report-pdf-"));
  try {
    const input = join(dir, "report.docx");
    writeFileSync(input, docx);
    const profile = pathToFileURL(join(dir, "profile")).href;
    const failure = await run(soffice, [`-env:UserInstallation=${profile}`, "--headless", "--norestore", "--nolockcheck", "--convert-to", "pdf", "--outdir", dir, input]);
    const pdf = join(dir, "report.pdf");
    if (!existsSync(pdf)) throw new LibreOfficeFailed(failure || "no PDF was written");
    return new Uint8Array(readFileSync(pdf));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
