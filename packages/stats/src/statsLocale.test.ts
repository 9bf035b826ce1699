import { NrmkitError, registerLocale, unregisterLocale } from "@nrmkit/core";
import { generateSyntheticCases } from "@nrmkit/core/synthetic";
import { afterEach, describe, expect, it } from "vitest";
import { aggregate } from "./aggregate.js";
import { crossTab } from "./crossTab.js";
import { be, en, ro, ru, uk } from "./locales/index.js";
import { missingStatsTranslations, periodLabel, resolveStatsLocale, statsMessagesOf } from "./statsLocale.js";

const records = generateSyntheticCases({ count: 300, seed: 11 });
const ALL = { en, ru, be, uk, ro };

/** Every string of a catalogue with its dotted path. */
function strings(value: unknown, path = ""): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => strings(inner, path === "" ? key : `${path}.${key}`));
}

describe("missingStatsTranslations", () => {
  it.each(Object.keys(ALL))("lists nothing when the language is the built-in %s", (code) => {
    expect(missingStatsTranslations(ALL[code as keyof typeof ALL])).toEqual([]);
  });

  it("lists the keys, dates and plural forms a partial catalogue lacks when given one", () => {
    const missing = missingStatsTranslations({
      code: "pl",
      stats: {
        dimensions: { gender: "Płeć" },
        notes: { unplacedRecords: { one: "{count} rekord … {within}", other: "{count} rekordu … {within}" } },
      },
    });
    expect(missing.slice(0, 2)).toEqual(["dateLocale", "dates.month"]);
    expect(missing).toContain("stats.dimensions.regionId");
    expect(missing).not.toContain("stats.dimensions.gender");
    expect(missing).toContain("stats.notes.unplacedRecords.few");
  });
});

describe("built-in catalogues", () => {
  const latin = /[A-Za-z]/;
  const cyrillic = /[\u0400-\u04FF]/;
  it.each(["ru", "be", "uk"])("writes no Latin letter when the language is %s", (code) => {
    for (const [path, text] of strings(ALL[code as keyof typeof ALL].stats)) {
      // Placeholders and Roman quarter numbers are not words.
      const words = text.replace(/\{\w+\}/g, "");
      expect(latin.test(words), `${code} ${path}: ${text}`).toBe(false);
    }
  });

  it("writes no Cyrillic letter and uses comma-below ș and ț when the language is ro", () => {
    const texts = strings(ro.stats).map(([, text]) => text);
    for (const text of texts) expect(cyrillic.test(text), text).toBe(false);
    expect(texts.join(" ")).not.toMatch(/[şţŞŢ]/);
    expect(texts.join(" ")).toMatch(/[șț]/);
  });

  it("uses each language's own letters when the language is be or uk", () => {
    const belarusian = strings(be.stats)
      .map(([, text]) => text)
      .join(" ");
    expect(belarusian).toMatch(/ў/);
    expect(belarusian).toMatch(/ʼ/);
    expect(belarusian).not.toMatch(/[иїєґщ]/);
    const ukrainian = strings(uk.stats)
      .map(([, text]) => text)
      .join(" ");
    expect(ukrainian).toMatch(/ї/);
    expect(ukrainian).toMatch(/є/);
    expect(ukrainian).not.toMatch(/[ыэёў]/);
  });

  it("keeps every placeholder of the English templates when a language translates a note", () => {
    const english = new Map(strings(en.stats));
    for (const locale of [ru, be, uk, ro]) {
      for (const [path, text] of strings(locale.stats)) {
        const reference = english.get(path) ?? english.get(path.replace(/\.(few|many|one)$/, ".other"));
        const placeholders = (value: string) => [...value.matchAll(/\{\w+\}/g)].map((match) => match[0]).sort();
        if (reference !== undefined && !path.startsWith("periods.")) {
          expect(placeholders(text), `${locale.code} ${path}`).toEqual(placeholders(reference));
        }
      }
    }
  });
});

describe("periodLabel", () => {
  it.each([
    ["en", "2023-Q1", "2023 Q1"],
    ["ro", "2023-Q1", "T1 2023"],
    ["ru", "2023-Q1", "1-й квартал 2023 г."],
    ["uk", "2023-Q1", "I кв. 2023"],
    ["be", "2023-Q4", "IV кв. 2023"],
    ["en", "2014-01", "Jan 2014"],
    ["ru", "2014-01", "Январь 2014"],
    ["be", "2014-05", "Май 2014"],
    ["uk", "2014-05", "Травень 2014"],
    ["ro", "2014-05", "Mai 2014"],
    ["ru", "2014", "2014"],
    ["ro", "summer", undefined],
  ])("writes %s %s as %s", (code, period, label) => {
    expect(periodLabel(period, statsMessagesOf(ALL[code as keyof typeof ALL]))).toBe(label);
  });
});

describe("resolveStatsLocale", () => {
  afterEach(() => {
    unregisterLocale("ro");
    unregisterLocale("ru");
  });

  it("finds en by tag when no locale is imported, and ru only once registered", () => {
    expect(resolveStatsLocale("en")).toBe(en);
    expect(() => resolveStatsLocale("ru-BY")).toThrowError(/@nrmkit\/stats\/locales/);
    registerLocale(ru);
    expect(resolveStatsLocale("ru-BY").stats).toEqual(ru.stats);
  });

  it("throws invalid_argument when the tag has no catalogue", () => {
    expect(() => resolveStatsLocale("fr")).toThrowError(NrmkitError);
    try {
      resolveStatsLocale("fr");
    } catch (error) {
      expect((error as NrmkitError).code).toBe("invalid_argument");
    }
  });

  it("names the module to import when the tag is a shipped language not loaded", () => {
    expect(() => resolveStatsLocale("ro")).toThrowError(/@nrmkit\/stats\/locales/);
    expect(() => aggregate(records, { dimensions: ["gender"], locale: "uk" })).toThrowError(/@nrmkit\/stats\/locales/);
  });

  it("finds a registered locale by its tag", () => {
    registerLocale(ro);
    expect(crossTab(records, "gender", "migration", { locale: "ro" }).dimensions[0]?.label).toBe("Sex");
    expect(crossTab(records, "regionId", "migration", { locale: "ro" }).dimensions[0]?.label).toBe("Regiune");
  });
});
