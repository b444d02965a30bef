/** The Word writer's text cleaning (src/writers/docx/sanitize.ts): only what XML 1.0 does not allow goes. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitControls, stripInvalidXmlChars } from "../src/writers/docx/sanitize.js";
import { holds } from "./helpers/arbitraries.js";

/** XML 1.0's Char production, code point by code point: the reference the regular expressions must match. */
function xmlChars(text: string): string {
  let out = "";
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const allowed = cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || cp >= 0x10000;
    if (allowed) out += ch;
  }
  return out;
}

describe("stripInvalidXmlChars", () => {
  it("drops controls, U+FFFE, U+FFFF and lone surrogates; keeps tab, line ends, astral characters and plain text", () => {
    expect(stripInvalidXmlChars("正文\u0000\u0008\u000b\u000c\u001f\ufffe\uffff。")).toBe("正文。");
    expect(stripInvalidXmlChars("a\tb\nc\rd")).toBe("a\tb\nc\rd");
    expect(stripInvalidXmlChars("𠀀😀 \ud800x\udc00y")).toBe("𠀀😀 xy");
    expect(stripInvalidXmlChars("全县科技创新能力稳步提升")).toBe("全县科技创新能力稳步提升");
  });

  it("agrees with XML 1.0's Char production on generated text", async () => {
    const unit = fc.oneof(
      fc.integer({ min: 0, max: 0x3f }),
      fc.integer({ min: 0x4e00, max: 0x4fff }),
      fc.integer({ min: 0xd7f0, max: 0xe010 }),
      fc.integer({ min: 0xfff0, max: 0xffff }),
    );
    const text = fc.array(unit, { maxLength: 40 }).map((units) => String.fromCharCode(...units));
    await holds(fc.property(text, (t) => stripInvalidXmlChars(t) === xmlChars(t)), 5);
  });
});

describe("splitControls", () => {
  it("splits at tabs and line ends after cleaning", () => {
    expect(splitControls("a\u0000\tb\r\nc")).toEqual([{ kind: "text", text: "a" }, { kind: "tab" }, { kind: "text", text: "b" }, { kind: "break" }, { kind: "text", text: "c" }]);
    expect(splitControls("\ufffe")).toEqual([]);
  });
});
