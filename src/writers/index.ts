/**
 * Writers by format. Each loads on demand, so `validate` never pays for docx.
 * A new format is one file and one line here.
 */
import type { Settings } from "../core/config.js";
import type { Document } from "../document/model.js";

export type Writer = (doc: Document, settings: Settings) => Promise<Uint8Array>;

export const WRITERS = {
  docx: async (): Promise<Writer> => {
    const { writeDocx } = await import("./docx/index.js");
    return (doc, settings) => writeDocx(doc, { fonts: settings.fonts });
  },
  md: async (): Promise<Writer> => {
    const { writeMarkdown } = await import("./markdown.js");
    return async (doc) => new TextEncoder().encode(writeMarkdown(doc));
  },
  /** The .docx, converted by LibreOffice (libreoffice.ts): what Word users would print. */
  pdf: async (): Promise<Writer> => {
    const [{ writeDocx }, { docxToPdf }] = await Promise.all([import("./docx/index.js"), import("./libreoffice.js")]);
    return async (doc, settings) => docxToPdf(await writeDocx(doc, { fonts: settings.fonts }));
  },
} as const satisfies Record<string, () => Promise<Writer>>;

export type Format = keyof typeof WRITERS;
export const FORMATS = Object.keys(WRITERS) as Format[];
/** What `report build` writes without --format: the PDF needs LibreOffice, so it is asked for. */
export const DEFAULT_FORMATS: readonly Format[] = ["docx", "md"];
