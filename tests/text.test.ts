import { describe, expect, it } from "vitest";
import { chineseDate, closeSentence, paragraphsOf } from "../src/core/text.js";

describe("Text → paragraphs", () => {
  it("one string is one paragraph; a list is one paragraph each", () => {
    expect(paragraphsOf("甲。")).toEqual(["甲。"]);
    expect(paragraphsOf(["甲。", "乙。"])).toEqual(["甲。", "乙。"]);
    expect(paragraphsOf(undefined)).toEqual([]);
  });
  it("a blank line splits paragraphs; single line breaks are joined without spaces in Chinese", () => {
    expect(paragraphsOf("第一行\n接着写。\n\n第二段。")).toEqual(["第一行接着写。", "第二段。"]);
  });
  it("joins Latin words with a space", () => expect(paragraphsOf("use the\nYAML file")).toEqual(["use the YAML file"]));
  it("removes the space YAML folded style puts between Chinese lines", () => {
    expect(paragraphsOf("核心地位， 围绕目标 推进")).toEqual(["核心地位，围绕目标推进"]);
    expect(paragraphsOf("发布 2023 年")).toEqual(["发布 2023 年"]);
  });
});

describe("sentences and dates", () => {
  it("closes a sentence with 。 unless it already ends in punctuation", () => {
    expect(closeSentence("企业创新能力不强")).toBe("企业创新能力不强。");
    expect(closeSentence("企业创新能力不强？")).toBe("企业创新能力不强？");
    expect(closeSentence("要点：")).toBe("要点：");
  });
  it("writes dates without leading zeros", () => {
    expect(chineseDate("2022-12-30")).toBe("2022年12月30日");
    expect(chineseDate("2023-01-05")).toBe("2023年1月5日");
  });
});
