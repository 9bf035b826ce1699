import { NrmkitError } from "@nrmkit/core";
import { generateSyntheticCases } from "@nrmkit/core/synthetic";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aggregate } from "./aggregate.js";
import { crossTab } from "./crossTab.js";
import type { DimensionName } from "./dimensions.js";
import { exploitationShares, shareOfChildren, transnationalShare } from "./indicators.js";
import { be, ro, ru, uk } from "./locales/index.js";
import { localizeTable } from "./localizeTable.js";
import { partialAggregate, partialTable } from "./partials.js";
import { protectTable } from "./protectTable.js";
import { ratePer100k } from "./rates.js";
import type { StatTable } from "./statTable.js";
import { trend } from "./trend.js";

const records = generateSyntheticCases({ count: 400, seed: 21 });

const DIMENSIONS: readonly DimensionName[] = [
  "regionId",
  "gender",
  "ageGroup",
  "ageBand",
  "exploitationGroup",
  "exploitation",
  "meansOfControl",
  "migration",
  "traffickingStatus",
  "caseStatus",
  "majorityStatusAtEntry",
];

/** What localisation must never change: everything but labels, notes and lang. */
function numbers(table: StatTable) {
  return {
    cells: table.cells,
    totals: table.totals,
    disclosure: { ...table.disclosure, note: undefined },
    codes: table.dimensions.map((dimension) => [
      dimension.name,
      dimension.kind,
      dimension.multiValued,
      dimension.categories.map((category) => [category.code, category.unknown, category.members]),
    ]),
  };
}

describe("localizeTable", () => {
  it("writes built-in labels in the language when the locale is a tag or an object", () => {
    const table = crossTab(records, "gender", "ageGroup");
    const russian = localizeTable(table, ru);
    expect(russian.lang).toBe("ru");
    expect(russian.dimensions.map((dimension) => dimension.label)).toEqual(["Пол", "Возраст"]);
    expect(russian.dimensions[0]?.categories.find((category) => category.code === "unknown")?.label).toBe("Не указано");
    const romanian = localizeTable(table, ro);
    expect(romanian.lang).toBe("ro");
    expect(romanian.dimensions[0]?.label).toBe("Sex");
    expect(romanian.dimensions[1]?.categories.map((category) => category.label)).toEqual([
      "Copii (0-17)",
      "Adulți (18+)",
      "Neînregistrat",
    ]);
    expect(localizeTable(table, be).dimensions[0]?.categories[0]?.label).toBe("Жанчыны");
    expect(localizeTable(table, uk).dimensions[0]?.label).toBe("Стать");
  });

  it("writes period labels and notes in the language when the table has periods", () => {
    const table = aggregate(records, {
      dimensions: ["exploitation"],
      period: "quarter",
      from: "2020-01-01",
      to: "2020-12-31",
    });
    const romanian = localizeTable(table, ro);
    expect(romanian.dimensions[0]?.label).toBe("Perioadă");
    expect(romanian.dimensions[0]?.categories.map((category) => category.label)).toEqual([
      "T1 2020",
      "T2 2020",
      "T3 2020",
      "T4 2020",
    ]);
    expect(localizeTable(table, ru).dimensions[0]?.categories[0]?.label).toBe("1-й квартал 2020 г.");
    expect(localizeTable(table, uk).dimensions[0]?.categories[3]?.label).toBe("IV кв. 2020");
    expect(table.notes.length).toBeGreaterThan(0);
    expect(romanian.notes.length).toBe(table.notes.length);
    expect(romanian.notes[0]).toMatch(/^Formă de exploatare: o persoană poate fi numărată/);
    for (const note of romanian.notes) expect(note).not.toMatch(/\bthe\b/);
  });

  it("writes the unplaced-records note with the language's plural form when some dates are too coarse", () => {
    const coarse = records.map((record, i) =>
      i < 3 ? { ...record, registrationDate: record.registrationDate.slice(0, 4) } : record,
    );
    const table = aggregate(coarse, { dimensions: ["gender"], period: "month" });
    const note = table.notes.find((text) => text.includes("could not be placed"));
    expect(note).toMatch(/^3 records .* a single month/);
    const russian = localizeTable(table, ru);
    expect(russian.notes).toContain(
      "3 записи, зарегистрированные только с годом или месяцем, не удалось отнести к одному месяцу; они не учтены в этой таблице.",
    );
    expect(russian.dimensions[0]?.categories[0]?.label).toMatch(/^[А-Я][а-я]+ \d{4}$/);
    expect(localizeTable(russian, "en").notes).toEqual(table.notes);
  });

  it("keeps user labels when the spec gives them, even where one equals the English default", () => {
    const table = aggregate(records, {
      dimensions: [
        { name: "gender", label: "Sex", labels: { female: "Female", male: "Men" } },
        {
          name: "exploitationGroup",
          subtotals: [{ code: "all", label: "All forms", members: ["sexual", "labour", "other"] }],
        },
      ],
      period: [{ id: "2020", from: "2020-01-01", to: "2020-12-31", label: "Year 2020" }],
      locale: ru,
    });
    expect(table.lang).toBe("ru");
    const [period, gender, group] = table.dimensions;
    expect(period?.label).toBe("Период");
    expect(period?.categories[0]?.label).toBe("Year 2020");
    expect(gender?.label).toBe("Sex");
    expect(gender?.categories.map((category) => category.label).slice(0, 2)).toEqual(["Female", "Men"]);
    expect(gender?.categories.at(-1)?.label).toBe("Не указано");
    expect(group?.label).toBe("Форма эксплуатации");
    expect(group?.categories.at(-1)?.label).toBe("All forms");
  });

  it("keeps labels stats does not know when the table has them (region codes, user-defined subtotals)", () => {
    const table = crossTab(records, "regionId", "migration");
    const localized = localizeTable(table, ro);
    const codes = (t: StatTable) => t.dimensions[0]?.categories.filter((c) => !c.unknown).map((c) => c.label);
    expect(codes(localized)).toEqual(codes(table));
  });

  it("marks untranslated keys [en] when the locale's catalogue is partial", () => {
    const table = crossTab(records, "gender", "migration");
    const polish = localizeTable(table, {
      code: "pl",
      stats: { dimensions: { gender: "Płeć" }, categories: { gender: { female: "Kobiety" } } },
    });
    expect(polish.lang).toBe("pl");
    expect(polish.dimensions[0]?.label).toBe("Płeć");
    expect(polish.dimensions[0]?.categories[0]?.label).toBe("Kobiety");
    expect(polish.dimensions[0]?.categories[1]?.label).toBe("[en] Male");
    expect(polish.dimensions[1]?.label).toBe("[en] Internal or transnational");
  });

  it("throws invalid_argument when the tag has no locale", () => {
    const table = crossTab(records, "gender", "migration");
    expect(() => localizeTable(table, "fr")).toThrowError(NrmkitError);
    expect(() => localizeTable(table, "be")).toThrowError(/import \{ be \} from "@nrmkit\/stats\/locales"/);
    expect(() => localizeTable({ ...table, lang: "kk" }, "en")).toThrowError(NrmkitError);
  });

  it("leaves numbers, codes and statuses alone and round-trips to the original when tables are random", () => {
    const locales = [ro, ru, be, uk];
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...DIMENSIONS), { minLength: 1, maxLength: 2 }),
        fc.constantFrom<"month" | "quarter" | "year" | undefined>("month", "quarter", "year", undefined),
        fc.constantFrom(...locales),
        (dimensions, period, locale) => {
          const table = aggregate(records, {
            dimensions,
            ...(period === undefined ? {} : { period, from: "2019-01-01", to: "2020-06-30" }),
          });
          const localized = localizeTable(table, locale);
          expect(numbers(localized)).toEqual(numbers(table));
          expect(localized.lang).toBe(locale.code);
          const back = localizeTable(localized, "en");
          expect(back).toEqual(table);
          expect(localizeTable(localized, ru)).toEqual(localizeTable(table, ru));
        },
      ),
      { numRuns: 40 },
    );
  });

  it("reads a table back from JSON when the table has a lang", () => {
    const table = protectTable(crossTab(records, "gender", "exploitation"), { threshold: 5 });
    const json = JSON.parse(JSON.stringify(localizeTable(table, ro))) as StatTable;
    expect(json.lang).toBe("ro");
    expect(localizeTable(json, "en")).toEqual(JSON.parse(JSON.stringify(table)));
  });

  it("gives the same protection when the table is localized first", () => {
    const table = crossTab(records, "regionId", "exploitationGroup");
    const plain = protectTable(table, { threshold: 5 });
    const localized = protectTable(localizeTable(table, ro), { threshold: 5 });
    expect(numbers(localized)).toEqual(numbers(plain));
    expect(localizeTable(plain, ro).cells).toEqual(plain.cells);
    expect(plain.disclosure.suppressedCells).toBeGreaterThan(0);
    expect(localized.disclosure.note).toMatch(/^\d+ (de )?celul[eă] (sunt|este) ascuns[eă]: valorile de la 1 la 4,/);
    expect(localizeTable(plain, ro).disclosure.note).toBe(localized.disclosure.note);
    expect(localizeTable(localized, "en").disclosure.note).toBe(plain.disclosure.note);
  });

  it("writes the disclosure footnote in the language when markers are distinct or values rounded", () => {
    const table = crossTab(records, "regionId", "exploitationGroup", { locale: ru });
    expect(table.disclosure.note).toBe("Незащищённые данные: не для публикации.");
    const distinct = protectTable(table, { threshold: 5, markers: "distinct", rounding: { kind: "nearest", base: 3 } });
    expect(distinct.disclosure.note).toMatch(
      /^Значения от 1 до 4 скрыты \(\d+ яче(йка|йки|ек), первичное подавление\)\./,
    );
    expect(distinct.disclosure.note).toMatch(/кратного 3; итоги округлены отдельно\. В итогах учитываются лица\.$/);
    const english = localizeTable(distinct, "en").disclosure.note;
    expect(english).toMatch(/^Counts from 1 to 4 are hidden \(\d+ cells?, primary suppression\)\./);
    expect(english).toBe(
      protectTable(localizeTable(table, "en"), {
        threshold: 5,
        markers: "distinct",
        rounding: { kind: "nearest", base: 3 },
      }).disclosure.note,
    );
  });
});

describe("locale option", () => {
  it("writes indicator titles, totals and notes in the language when indicators get a locale", () => {
    const children = shareOfChildren(records, { by: "gender", locale: ru, protection: false });
    expect(children.lang).toBe("ru");
    expect(children.label).toBe("Доля детей среди зарегистрированных жертв с известным возрастом");
    expect(children.rows[0]?.label).toBe("Всего: Дети (0–17)");
    expect(children.dimensions[0]?.label).toBe("Пол");
    expect(children.notes).toEqual(["Лица, у которых значение не указано, не включаются в знаменатель."]);
    const shares = exploitationShares(records, {
      by: { name: "gender", label: "Gender" },
      locale: ro,
      protection: false,
    });
    expect(shares.lang).toBe("ro");
    expect(shares.dimensions.map((dimension) => dimension.label)).toEqual(["Gender", "Formă de exploatare"]);
    expect(shares.rows[0]?.label).toBe("Total: Exploatare sexuală");
    expect(shares.notes[1]).toMatch(/^Formă de exploatare: o persoană poate avea mai multe valori/);
    const english = transnationalShare(records, { protection: false });
    expect(english.lang).toBeUndefined();
    expect(english.rows[0]?.label).toBe("Total: Transnational");
  });

  it("writes the total series in the table's language when a trend gets a locale", () => {
    const quarterly = trend(records, {
      period: "quarter",
      by: "gender",
      from: "2020-01-01",
      to: "2020-06-30",
      locale: uk,
    });
    expect(quarterly.table.lang).toBe("uk");
    expect(quarterly.series[0]?.label).toBe("Усього");
    expect(quarterly.series[1]?.label).toBe("Жінки");
    expect(quarterly.table.dimensions[0]?.categories.map((category) => category.label)).toEqual([
      "I кв. 2020",
      "II кв. 2020",
    ]);
  });

  it("writes rates in the table's language when the table has one", () => {
    const table = localizeTable(crossTab(records, "regionId", "gender"), be);
    const regions = table.dimensions[0]?.categories.filter((category) => !category.unknown) ?? [];
    const rates = ratePer100k(
      table,
      regions.map((region) => ({ regionId: region.code, population: 100_000 })),
    );
    expect(rates.lang).toBe("be");
    expect(rates.label).toBe("Зарэгістраваныя ахвяры на 100 000 жыхароў");
    expect(rates.rows.at(-1)?.label).toBe("Усяго");
  });

  it("writes a merged partial table in the language when partialTable gets a locale", async () => {
    const partial = await partialAggregate(
      records,
      { dimensions: ["gender"], period: "year" },
      { key: (record) => record.id, secret: "a shared secret of the MoU parties" },
    );
    const table = partialTable(partial, undefined, ru);
    expect(table.lang).toBe("ru");
    expect(table.dimensions.map((dimension) => dimension.label)).toEqual(["Период", "Пол"]);
    expect(table.notes).toContain(
      "Объединено из частичных агрегатов нескольких ведомств; лицо, зарегистрированное более чем одним ведомством, учтено один раз.",
    );
    expect(localizeTable(table, "en")).toEqual(partialTable(partial));
  });
});
