import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fillTranslation } from "./translation.js";

const en = {
  and: " and ",
  title: "Decisions",
  lower: false,
  count: { one: "decision", other: "decisions" },
  status: { done: "done", open: "open" },
  quarters: ["Q1", "Q2"] as readonly string[],
};

describe("fillTranslation", () => {
  it("keeps every translated key when the translation is complete", () => {
    const ro = {
      and: " și ",
      title: "Decizii",
      lower: true,
      count: { one: "decizie", few: "decizii", other: "de decizii" },
      status: { done: "îndeplinită", open: "deschisă" },
      quarters: ["T1", "T2"],
    };
    const filled = fillTranslation(en, ro, { referenceLang: "en", pluralCategories: ["one", "few", "other"] });
    expect(filled.messages).toEqual(ro);
    expect(filled.missing).toEqual([]);
  });

  it("marks and lists each missing key when the translation is partial", () => {
    const filled = fillTranslation(
      en,
      { title: "Decizii", status: { done: "îndeplinită" } },
      { referenceLang: "en", path: "report" },
    );
    expect(filled.messages).toEqual({
      and: " [en] and ",
      title: "Decizii",
      lower: false,
      count: { one: "[en] decision", other: "[en] decisions" },
      status: { done: "îndeplinită", open: "[en] open" },
      quarters: ["[en] Q1", "[en] Q2"],
    });
    expect(filled.missing).toEqual([
      "report.and",
      "report.lower",
      "report.count",
      "report.status.open",
      "report.quarters",
    ]);
  });

  it("lists the plural categories a language needs when its forms lack them", () => {
    const filled = fillTranslation(
      en,
      { count: { one: "рашэнне", other: "рашэння" } },
      { referenceLang: "en", pluralCategories: ["one", "few", "many", "other"] },
    );
    expect(filled.missing).toContain("count.few");
    expect(filled.missing).toContain("count.many");
  });

  it("marks every string and lists every leaf when there is no translation", () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.string({ minLength: 1 }).filter((key) => !key.includes(".")),
          fc.string(),
        ),
        (reference) => {
          const filled = fillTranslation(reference, undefined, { referenceLang: "en" });
          expect([...filled.missing].sort()).toEqual(Object.keys(reference).sort());
          for (const [key, value] of Object.entries(filled.messages)) {
            expect(value).toContain("[en] ");
            expect(value.trim().endsWith(reference[key]?.trim() ?? "")).toBe(true);
          }
        },
      ),
    );
  });
});
