import { formatCount, pluralForm } from "@nrmkit/core";
import { describe, expect, it } from "vitest";
import { formatDatePhrase, formatLongDate } from "./datePhrase.js";
import { en } from "./en.js";
import { localizeText } from "./localize.js";
import { reportLocales, reportMessages } from "./reportMessages.js";
import { ru } from "./ru.js";

describe("formatDatePhrase", () => {
  it.each([
    ["2014-05-14", "en", "On the 14th of May, 2014"],
    ["2014-04-16", "en", "On the 16th of April, 2014"],
    ["2014-05-01", "en", "On the 1st of May, 2014"],
    ["2014-05-22", "en", "On the 22nd of May, 2014"],
    ["2014-05-14", "ru", "14 мая 2014 года"],
    ["2014-04-16", "ru-BY", "16 апреля 2014 года"],
    ["2014-03-08", "ru", "8 марта 2014 года"],
  ])("writes %s in %s as %j", (date, locale, expected) => {
    expect(formatDatePhrase(date, locale)).toBe(expected);
  });

  it("throws invalid_argument when the language has no locale instead of writing English", () => {
    expect(() => formatDatePhrase("2014-05-14", "de")).toThrow(expect.objectContaining({ code: "invalid_argument" }));
  });

  it("writes English after a marker when a locale has no date patterns", () => {
    expect(formatDatePhrase("2014-05-14", { code: "ro" })).toBe("[en] On the 14th of May, 2014");
  });

  it("throws invalid_date when the date is not YYYY-MM-DD", () => {
    expect(() => formatDatePhrase("14.05.2014", "en")).toThrow(expect.objectContaining({ code: "invalid_date" }));
  });
});

describe("formatLongDate", () => {
  it.each([
    ["2014-05-19", "en", "19 May 2014"],
    ["2014-05-19", "ru", "19 мая 2014 г."],
  ])("writes %s in %s as %j", (date, locale, expected) => {
    expect(formatLongDate(date, locale)).toBe(expected);
  });
});

describe("pluralForm", () => {
  const decisions = ru.decisionsCount;
  it.each([
    [0, "решений"],
    [1, "решение"],
    [2, "решения"],
    [4, "решения"],
    [5, "решений"],
    [11, "решений"],
    [14, "решений"],
    [21, "решение"],
    [22, "решения"],
    [25, "решений"],
    [101, "решение"],
    [111, "решений"],
  ])("picks the Russian form for %i", (count, expected) => {
    expect(pluralForm(count, decisions, "ru")).toBe(expected);
  });

  it("falls back to other when a category has no form", () => {
    expect(pluralForm(2, { one: "x", other: "y" }, "ru")).toBe("y");
  });
});

describe("formatCount", () => {
  it.each([
    [1, "en", en.decisionsCount, "1 decision"],
    [10, "en", en.decisionsCount, "10 decisions"],
    [10, "ru", ru.decisionsCount, "10 решений"],
    [3, "ru", ru.organisationsCount, "3 организации"],
    [1200, "ru", ru.organisationsCount, "1 200 организаций"],
  ] as const)("writes %i in %s", (count, locale, forms, expected) => {
    expect(formatCount(count, forms, locale).replace(/\s/g, " ")).toBe(expected);
  });
});

describe("localizeText", () => {
  it.each([
    [{ en: "Vitebsk", ru: "Витебск" }, "ru", "Витебск"],
    [{ en: "Vitebsk", ru: "Витебск" }, "ru-BY", "Витебск"],
    [{ en: "Youth Palace" }, "ru", { kind: "fallback", text: "Youth Palace", lang: "en" }],
    [{ ru: "Дворец молодёжи" }, "en", { kind: "fallback", text: "Дворец молодёжи", lang: "ru" }],
    [{}, "en", { kind: "fallback", text: "", lang: null }],
  ])("picks %j in %s", (text, locale, expected) => {
    expect(localizeText(text, locale)).toEqual(expected);
  });

  it("shows the placeholder when the value is missing", () => {
    expect(localizeText(undefined, "en", "org-x")).toEqual({ kind: "fallback", text: "org-x", lang: null });
  });
});

describe("reportMessages", () => {
  it("returns the catalogue of a known language", () => {
    expect(reportMessages("ru-BY")).toEqual(ru);
    expect(reportLocales).toEqual(["en", "ru"]);
  });

  it("throws invalid_argument when the language has no catalogue", () => {
    expect(() => reportMessages("de")).toThrow(expect.objectContaining({ code: "invalid_argument" }));
  });

  it("gives every message in Russian when English has it", () => {
    expect(Object.keys(ru).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries(ru)) {
      // Templates made only of placeholders and punctuation may be the same in both languages.
      if (typeof value === "string" && key !== "locale" && /\p{L}/u.test(value.replace(/\{\w+\}/g, ""))) {
        expect(value, key).not.toBe((en as unknown as Record<string, unknown>)[key]);
      }
    }
  });

  it("uses the same placeholders in both languages", () => {
    const placeholders = (value: unknown): string[] =>
      [...JSON.stringify(value).matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? "").sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect([...new Set(placeholders(ru[key]))], key).toEqual([...new Set(placeholders(en[key]))]);
    }
  });
});
