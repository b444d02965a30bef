import { describe, expect, it } from "vitest";
import { chineseNumber, circledNumber, handOrdinal, ordinal, ordinalLevel, pointMarker, splitOrdinal, stripHandOrdinal } from "../src/core/ordinals.js";

describe("chinese numerals", () => {
  it.each([
    [1, "一"], [9, "九"], [10, "十"], [11, "十一"], [12, "十二"], [19, "十九"], [20, "二十"],
    [21, "二十一"], [99, "九十九"], [100, "一百"], [101, "一百零一"], [110, "一百一十"], [1001, "一千零一"], [2024, "二千零二十四"],
  ])("%i → %s", (n, text) => expect(chineseNumber(n)).toBe(text));
});

describe("ordinals of the four levels", () => {
  it("writes 一、 （一） 1. （1）", () => {
    expect([1, 2, 3, 4].map((l) => ordinal(l as 1 | 2 | 3 | 4, 1))).toEqual(["一、", "（一）", "1.", "（1）"]);
  });
  it("keeps counting past ten: 十一、 （十二） 13. （14）", () => {
    expect(ordinal(1, 11)).toBe("十一、");
    expect(ordinal(2, 12)).toBe("（十二）");
    expect(ordinal(3, 13)).toBe("13.");
    expect(ordinal(4, 14)).toBe("（14）");
  });
  it("writes level 3 as 1、 when configured", () => expect(ordinal(3, 2, "1、")).toBe("2、"));
  it("recognises the level of an ordinal and splits it off", () => {
    expect(ordinalLevel("（十二）加强")).toBe(2);
    expect(ordinalLevel("3.加强")).toBe(3);
    expect(ordinalLevel("3、加强")).toBe(3);
    expect(ordinalLevel("3.5亿元")).toBeUndefined();
    expect(splitOrdinal("十一、其他")).toEqual(["十一、", "其他"]);
    expect(splitOrdinal("没有序号")).toEqual(["", "没有序号"]);
  });
});

describe("point markers", () => {
  it("一是 二是 … 十一是", () => expect([1, 2, 11].map((n) => pointMarker("一是", n))).toEqual(["一是", "二是", "十一是"]));
  it("（1） and ①", () => {
    expect(pointMarker("（1）", 3)).toBe("（3）");
    expect(pointMarker("①", 3)).toBe("③");
  });
  it("circled numbers reach 50", () => {
    expect(circledNumber(20)).toBe("⑳");
    expect(circledNumber(21)).toBe("㉑");
    expect(circledNumber(50)).toBe("㊿");
    expect(circledNumber(51)).toBe("（51）");
  });
});

describe("hand-written ordinals in titles", () => {
  it.each([
    ["一、加强领导", "一、"],
    ["（二）加强领导", "（二）"],
    ["(二) 加强领导", "(二) "],
    ["3.加强领导", "3."],
    ["3、加强领导", "3、"],
    ["（4）加强领导", "（4）"],
    ["⑤加强领导", "⑤"],
  ])("%s starts with %s", (title, found) => {
    expect(handOrdinal(title)).toBe(found);
    expect(stripHandOrdinal(title)).toBe(title.slice(found.length));
  });
  it.each(["1.5亿元项目落地", "加强领导", "十分重要的工作", "一、"])("%s has none to strip", (title) => {
    expect(stripHandOrdinal(title)).toBe(title);
  });
});
