/** Key figures: where last year's value and the target come from, and what is computed. */
import { describe, expect, it } from "vitest";
import { formatGrowth } from "../src/core/metric-format.js";
import { growthPercent, metricChange, resolveMetrics } from "../src/core/metrics.js";
import type { Report } from "../src/core/schema.js";
import { minimalReport } from "./helpers/report.js";

const lastYear: Report = minimalReport({
  year: 2022,
  metrics: [
    { id: "firms", label: "高新技术企业", value: 38, unit: "家" },
    { id: "spend", label: "研发经费", value: 2.1, unit: "亿元" },
    { id: "labs", label: "重点实验室", value: 0, unit: "家" },
    { id: "wan", label: "技术合同", value: 16000, unit: "万元" },
  ],
  plan: {
    targets: [
      { text: "高新技术企业达到45家", metric: "firms", value: 45, unit: "家" },
      { text: "研发经费达到2.5亿元", metric: "spend", value: 2.5, unit: "亿元" },
      { text: "技术合同2亿元", metric: "wan", value: 2, unit: "亿元" },
      { text: "建成实验室", metric: "labs" },
    ],
    items: [{ title: "计划" }],
  },
});

const thisYear = (metrics: Report["metrics"]): Report => minimalReport({ year: 2023, metrics });
const row = (metrics: Report["metrics"], last: Report | undefined = lastYear) => resolveMetrics(thisYear(metrics), last)[0];

describe("resolveMetrics", () => {
  it("takes last year's value and last year's plan target when the file has none", () => {
    expect(row([{ id: "firms", label: "高新技术企业", value: 43, unit: "家" }])).toEqual({
      id: "firms",
      label: "高新技术企业",
      unit: "家",
      value: 43,
      previous: 38,
      previousFrom: "previous-year",
      target: 45,
      targetFrom: "previous-plan",
      change: 5,
      growthPercent: 13.2,
      reached: false,
    });
  });

  it("prefers the file's own previous and target", () => {
    const r = row([{ id: "firms", label: "高新技术企业", value: 43, unit: "家", previous: 40, target: 42 }]);
    expect(r).toMatchObject({ previous: 40, previousFrom: "file", target: 42, targetFrom: "file", reached: true, growthPercent: 7.5 });
  });

  it("reaches a target exactly met, computes the change at the figures' precision", () => {
    const r = row([{ id: "spend", label: "研发经费", value: 2.5, unit: "亿元" }]);
    expect(r).toMatchObject({ previous: 2.1, change: 0.4, growthPercent: 19, reached: true });
  });

  it("gives no growth rate from a zero last year", () => {
    const r = row([{ id: "labs", label: "重点实验室", value: 1, unit: "家" }]);
    expect(r).toMatchObject({ previous: 0, change: 1, growthPercent: null, target: null, reached: null });
    expect(formatGrowth(r)).toBe("—");
  });

  it("does not compare figures in different units", () => {
    const r = row([{ id: "wan", label: "技术合同", value: 2.3, unit: "亿元" }]);
    expect(r).toMatchObject({ previous: null, previousFrom: null, growthPercent: null, target: 2, reached: true });
  });

  it("has nothing to resolve without last year's file, or with a file of another year", () => {
    const metric = { id: "firms", label: "高新技术企业", value: 43, unit: "家" };
    expect(resolveMetrics(thisYear([metric]))[0]).toMatchObject({ previous: null, target: null, change: null, growthPercent: null, reached: null });
    expect(row([metric], { ...lastYear, year: 2020 })).toMatchObject({ previous: null, target: null });
  });
});

describe("growth and change", () => {
  it("rounds growth to 0.1 % half away from zero", () => {
    expect(growthPercent(2.1, 2.6)).toBe(23.8);
    expect(growthPercent(8, 9)).toBe(12.5);
    expect(growthPercent(40, 39.95)).toBe(-0.1);
    expect(growthPercent(-2, -1)).toBe(50);
    expect(growthPercent(3, 3)).toBe(0);
    expect(growthPercent(null, 3)).toBeNull();
  });

  it("writes the change without binary noise", () => {
    expect(metricChange(2.1, 2.6)).toBe(0.5);
    expect(metricChange(1.86, 1.9)).toBe(0.04);
    expect(metricChange(96, 104)).toBe(8);
  });

  it("formats growth as the table and diff show it; % indicators change in points", () => {
    expect(formatGrowth({ unit: "亿元", change: 0.5, growthPercent: 23.8 })).toBe("23.8%");
    expect(formatGrowth({ unit: "亿元", change: 0.5, growthPercent: 23.8 }, { signed: true })).toBe("+23.8%");
    expect(formatGrowth({ unit: "家", change: -2, growthPercent: -5 }, { signed: true })).toBe("-5.0%");
    expect(formatGrowth({ unit: "%", change: 16, growthPercent: 38.1 })).toBe("16个百分点");
    expect(formatGrowth({ unit: "%", change: 3.5, growthPercent: 4.9 }, { signed: true, lang: "en" })).toBe("+3.5 pp");
  });
});
