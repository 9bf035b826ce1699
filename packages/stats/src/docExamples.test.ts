// Keeps the `@example` blocks of the stats API true: each test replays one example as written.

import { fileURLToPath } from "node:url";
import type { CaseRecord } from "@nrmkit/core";
import * as core from "@nrmkit/core";
import * as belarus2014Entry from "@nrmkit/core/belarus2014";
import * as corePopolo from "@nrmkit/core/popolo";
import * as syntheticEntry from "@nrmkit/core/synthetic";
import { generateSyntheticCases } from "@nrmkit/core/synthetic";
import * as validation from "@nrmkit/validation";
import * as ctdc from "@nrmkit/validation/ctdc";
import * as htcds from "@nrmkit/validation/htcds";
import * as validationLocales from "@nrmkit/validation/locales";
import * as validationPopolo from "@nrmkit/validation/popolo";
import { describe, expect, it } from "vitest";
import { wrongExampleImports } from "../../../test/exampleImports.js";
import { aggregate } from "./aggregate.js";
import { auditTable, auditTables } from "./auditTable.js";
import { crossTab } from "./crossTab.js";
import { rawDisclosure } from "./disclosureMetadata.js";
import * as statsDp from "./dp/index.js";
import { encodeCases } from "./encodeCases.js";
import * as stats from "./index.js";
import { exploitationShares, percentages, shareOfChildren, transnationalShare } from "./indicators.js";
import { checkKAnonymity } from "./kAnonymity.js";
import * as statsLocales from "./locales/index.js";
import { be, en, ro, ru, uk } from "./locales/index.js";
import { localizeTable } from "./localizeTable.js";
import { emptyPartial, mergePartials, partialAggregate, partialTable } from "./partials.js";
import { protectTable, protectTables, publishTable, publishTables } from "./protectTable.js";
import { createPseudonymiser } from "./pseudonym.js";
import { ratePer100k } from "./rates.js";
import { roundDown, roundToBase } from "./rounding.js";
import { missingStatsTranslations } from "./statsLocale.js";
import { isSuppressedStatus, type StatTable } from "./statTable.js";
import { cellAt, tableGrid } from "./tableGrid.js";
import { publishTrend, trend, trendFromTable } from "./trend.js";
import { valueShares } from "./valueShares.js";

describe("documented examples", () => {
  it("opens each example with imports from the entry points that export the names", () => {
    const entryPoints = {
      "@nrmkit/core": core,
      "@nrmkit/core/belarus2014": belarus2014Entry,
      "@nrmkit/core/popolo": corePopolo,
      "@nrmkit/core/synthetic": syntheticEntry,
      "@nrmkit/validation": validation,
      "@nrmkit/validation/ctdc": ctdc,
      "@nrmkit/validation/htcds": htcds,
      "@nrmkit/validation/locales": validationLocales,
      "@nrmkit/validation/popolo": validationPopolo,
      "@nrmkit/stats": stats,
      "@nrmkit/stats/locales": statsLocales,
      "@nrmkit/stats/dp": statsDp,
    };
    expect(wrongExampleImports(fileURLToPath(new URL(".", import.meta.url)), entryPoints)).toEqual([]);
  });

  it("isSuppressedStatus and rawDisclosure", () => {
    expect(isSuppressedStatus("suppressed")).toBe(true);
    expect(isSuppressedStatus("suppressed_secondary")).toBe(true);
    expect(isSuppressedStatus("suppressed_primary")).toBe(true);
    expect(isSuppressedStatus("rounded")).toBe(false);
    expect(rawDisclosure().method).toBe("none");
  });

  it("cellAt on the StatTable example", () => {
    const table: StatTable = {
      kind: "stat_table",
      version: 1,
      title: "Registered victims by sex",
      measure: "count",
      dimensions: [
        {
          name: "gender",
          label: "Sex",
          kind: "category",
          multiValued: false,
          categories: [
            { code: "female", label: "Female", unknown: false },
            { code: "male", label: "Male", unknown: false },
          ],
        },
      ],
      cells: [
        { key: ["female"], value: 40, status: "published" },
        { key: ["male"], value: 25, status: "published" },
      ],
      totals: [{ key: [null], value: 65, status: "published" }],
      disclosure: rawDisclosure(),
      notes: [],
    };
    expect(cellAt(table, ["female"])?.value).toBe(40);
    expect(cellAt(table, [null])?.value).toBe(65);
  });

  it("tableGrid and TableGrid", () => {
    const records = generateSyntheticCases({ count: 1000 });
    const grid = tableGrid(crossTab(records, "regionId", "exploitationGroup"));
    expect(grid.rows[0]?.category.code).toBe("BY-BR");
    expect(grid.grandTotal.key).toEqual([null, null]);
    const sexes = tableGrid(crossTab(generateSyntheticCases({ count: 100 }), "gender", "migration"));
    expect(sexes.rows.map((row) => row.category.code)).toEqual(["female", "male", "other", "unknown"]);
  });

  it("roundToBase and roundDown", () => {
    expect([roundToBase(12, 5), roundToBase(13, 5)]).toEqual([10, 15]);
    expect([roundDown(23, 11), roundDown(10, 11)]).toEqual([22, 0]);
  });

  it("encodeCases and aggregate", () => {
    expect(encodeCases(generateSyntheticCases({ count: 1000 })).count).toBe(1000);
    const encoded = encodeCases(generateSyntheticCases({ count: 1000, seed: 7 }));
    expect(encoded.columns.gender.dictionary.includes("female")).toBe(true);
    expect(aggregate(encoded, { dimensions: ["gender"] }).totals.at(-1)?.value).toBe(1000);
    const records = generateSyntheticCases({ count: 500, seed: 3 });
    const table = aggregate(records, { dimensions: ["regionId", "exploitationGroup"], period: "year" });
    expect(table.dimensions.map((dimension) => dimension.name)).toEqual(["period", "regionId", "exploitationGroup"]);
    expect(cellAt(table, [null, null, null])?.value).toBe(500);
  });

  it("crossTab", () => {
    const records = generateSyntheticCases({ count: 200, seed: 5 });
    const grid = tableGrid(crossTab(records, "gender", "migration"));
    expect(grid.columnDimension?.categories.map((category) => category.code)).toEqual([
      "transnational",
      "internal",
      "unknown",
    ]);
    expect(grid.grandTotal.value).toBe(200);
  });

  it("trend, trendFromTable and publishTrend", () => {
    const table = aggregate(generateSyntheticCases({ count: 300, seed: 2 }), {
      dimensions: ["gender"],
      period: "year",
    });
    expect(trendFromTable(table).series.map((series) => series.key)).toEqual([
      null,
      "female",
      "male",
      "other",
      "unknown",
    ]);
    const records = generateSyntheticCases({ count: 400, seed: 9, from: "2014-01-01", to: "2014-12-31" });
    const quarterly = trend(records, { period: "quarter", by: "gender" });
    expect(quarterly.series[0]?.points.map((point) => point.period)).toEqual([
      "2014-Q1",
      "2014-Q2",
      "2014-Q3",
      "2014-Q4",
    ]);
    expect(quarterly.series[0]?.points[0]?.change).toBeNull();
    const published = publishTrend(
      trend(generateSyntheticCases({ count: 600, seed: 2 }), { period: "year", by: "gender" }),
    );
    expect(published.table.disclosure.method).toBe("suppression");
  });

  it("protectTable, publishTable and auditTable", () => {
    const raw = aggregate(generateSyntheticCases({ count: 300, seed: 8 }), {
      dimensions: ["regionId", "exploitationGroup"],
    });
    const table = protectTable(raw, { threshold: 11 });
    expect(table.disclosure.method).toBe("suppression");
    expect(table.cells.every((cell) => cell.value === null || cell.value === 0 || cell.value >= 11)).toBe(true);
    expect(table.cells.every((cell) => cell.value !== null || cell.status === "suppressed")).toBe(true);
    const cross = crossTab(generateSyntheticCases({ count: 250, seed: 6 }), "regionId", "gender");
    expect(publishTable(cross).disclosure.audit?.passed).toBe(true);
    const audited = crossTab(generateSyntheticCases({ count: 400, seed: 4 }), "regionId", "exploitationGroup");
    expect(auditTable(protectTable(audited, { threshold: 11 }), audited).passed).toBe(true);
  });

  it("percentages and the ready-made indicators", () => {
    const table = publishTable(aggregate(generateSyntheticCases({ count: 2000, seed: 1 }), { dimensions: ["gender"] }));
    expect(percentages(table, { of: "gender" }).rows.map((row) => row.key[0])).toEqual(["female", "male", "other"]);
    const share = shareOfChildren(generateSyntheticCases({ count: 2000, seed: 1 }));
    expect(share.rows[0]?.key).toEqual(["child"]);
    expect(share.unit).toBe("percent");
    expect(exploitationShares(generateSyntheticCases({ count: 2000, seed: 1 })).rows.map((row) => row.key[0])).toEqual([
      "sexual",
      "labour",
      "other",
    ]);
    expect(
      transnationalShare(generateSyntheticCases({ count: 2000, seed: 1 }), { by: "regionId" }).rows[0]?.key,
    ).toEqual([null, "transnational"]);
  });

  it("valueShares", () => {
    const records: CaseRecord[] = generateSyntheticCases({ count: 2000, seed: 1 }).map((record, i) =>
      i % 4 === 0 && record.exploitation !== undefined
        ? {
            ...record,
            exploitation: record.exploitation.filter((type) => type !== "forced_labour"),
            notRecorded: { exploitation: ["forced_labour"] },
          }
        : record,
    );
    const shares = valueShares(records, "exploitation", { values: ["forced_labour", "sexual_exploitation"] });
    expect(shares.rows.map((row) => row.key[0])).toEqual(["forced_labour", "sexual_exploitation"]);
    expect((shares.rows[0]?.denominator ?? 0) < (shares.rows[1]?.denominator ?? 0)).toBe(true);
  });

  it("ratePer100k", () => {
    const table = publishTable(
      aggregate(generateSyntheticCases({ count: 3000, seed: 1 }), { dimensions: ["regionId"] }),
    );
    const rates = ratePer100k(table, [
      { regionId: "BY-HO", population: 1_400_000 },
      { regionId: "BY-VI", population: 1_130_000 },
    ]);
    expect(rates.rows.map((row) => row.key[0])).toEqual(["BY-HO", "BY-VI", null]);
  });

  it("protectTables, publishTables and auditTables", () => {
    const records = generateSyntheticCases({ count: 200, seed: 530 });
    const [bySex, byAge] = protectTables([
      crossTab(records, "regionId", "gender"),
      crossTab(records, "regionId", "ageBand"),
    ]);
    expect(bySex?.disclosure.audit?.passed && byAge?.disclosure.audit?.passed).toBe(true);
    const others = generateSyntheticCases({ count: 300, seed: 9 });
    expect(
      publishTables([crossTab(others, "regionId", "gender"), crossTab(others, "regionId", "exploitationGroup")]),
    ).toHaveLength(2);
    const more = generateSyntheticCases({ count: 300, seed: 5 });
    const raw = [crossTab(more, "regionId", "gender"), crossTab(more, "regionId", "ageGroup")];
    expect(auditTables(protectTables(raw), raw).every((report) => report.passed)).toBe(true);
  });

  it("the guide's linked-tables examples", () => {
    const cases = generateSyntheticCases({ count: 300, seed: 530 });
    const raws = [crossTab(cases, "regionId", "gender"), crossTab(cases, "regionId", "ageGroup")];
    const published = publishTables(raws);
    expect(auditTables(published, raws).every((report) => report.passed)).toBe(true);
    const records2 = generateSyntheticCases({ count: 300, seed: 531 });
    const first = publishTable(crossTab(records2, "regionId", "gender"));
    const second = publishTable(crossTab(records2, "regionId", "ageGroup"), { published: [first] });
    expect(second.disclosure.audit?.passed).toBe(true);
  });

  it("the guide's opening example", () => {
    const records = generateSyntheticCases({ count: 700, seed: 2014, from: "2014-01-01", to: "2014-12-31" });
    const raw = aggregate(records, { dimensions: ["regionId", "exploitationGroup"] });
    const table = publishTable(raw);
    expect(table.disclosure.audit?.passed).toBe(true);
    expect(auditTable(table, raw).passed).toBe(true);
  });

  it("checkKAnonymity", () => {
    const records = generateSyntheticCases({ count: 1000, seed: 3 });
    expect(checkKAnonymity(records, ["traffickingStatus", "registrationYear"], 11).satisfied).toBe(true);
    expect(checkKAnonymity(records, ["regionId", "gender", "ageBand", "registrationMonth"], 11).satisfied).toBe(false);
  });

  it("createPseudonymiser, partialAggregate, mergePartials, emptyPartial and partialTable", async () => {
    const pseudonymise = await createPseudonymiser("a shared secret of the MoU parties");
    const pseudonym = await pseudonymise("BY-HO/2014/0042");
    expect(pseudonym.length).toBe(32);
    expect(pseudonym === (await pseudonymise("BY-HO/2014/0042"))).toBe(true);
    expect(emptyPartial.persons.length).toBe(0);
    expect(mergePartials(emptyPartial, emptyPartial) === emptyPartial).toBe(true);
    const secret = "a shared secret of the MoU parties";
    const records = generateSyntheticCases({ count: 50, seed: 1 });
    const partial = await partialAggregate(
      records,
      { dimensions: ["regionId"] },
      { key: (record) => record.id, secret },
    );
    expect(partial.persons.length).toBe(50);
    const all = generateSyntheticCases({ count: 300, seed: 2 });
    const spec = { dimensions: ["regionId", "exploitationGroup"] } as const;
    const gomelPartial = await partialAggregate(all.slice(0, 200), spec, { key: (record) => record.id, secret });
    const vitebskPartial = await partialAggregate(all.slice(150), spec, { key: (record) => record.id, secret });
    const merged = mergePartials(gomelPartial, vitebskPartial);
    expect(merged.persons.length <= gomelPartial.persons.length + vitebskPartial.persons.length).toBe(true);
    const table = publishTable(partialTable(mergePartials(gomelPartial, vitebskPartial)));
    expect(table.dimensions.some((dimension) => dimension.name === "agency")).toBe(false);
  });

  it("localizeTable, missingStatsTranslations and the shipped locales", () => {
    const table = crossTab(generateSyntheticCases({ count: 50, seed: 1 }), "gender", "migration");
    const russian = localizeTable(table, ru);
    expect(russian.lang).toBe("ru");
    expect(russian.dimensions.map((dimension) => dimension.label)).toEqual(["Пол", "Внутренняя или транснациональная"]);
    expect(localizeTable(russian, "en").dimensions[0]?.label).toBe("Sex");
    expect(missingStatsTranslations(ru)).toEqual([]);
    expect(missingStatsTranslations({ code: "ro", stats: { dimensions: { gender: "Sex" } } }).slice(0, 3)).toEqual([
      "dateLocale",
      "dates.month",
      "stats.dimensions.period",
    ]);
    expect(en.stats?.dimensions?.gender).toBe("Sex");
    expect(ru.stats?.dimensions?.gender).toBe("Пол");
    expect(be.stats?.dimensions?.regionId).toBe("Рэгіён");
    expect(uk.stats?.dimensions?.regionId).toBe("Регіон");
    expect(ro.stats?.dimensions?.regionId).toBe("Regiune");
  });

  it("the guide's labels-in-other-languages example", () => {
    const records = generateSyntheticCases({ count: 200, seed: 4, from: "2023-01-01", to: "2023-12-31" });
    const table = crossTab(records, "gender", "period", { period: "quarter", locale: ro });
    expect(table.lang).toBe("ro");
    expect(table.dimensions.map((dimension) => dimension.label)).toEqual(["Sex", "Perioadă"]);
    expect(table.dimensions[1]?.categories[0]?.label).toBe("T1 2023");
  });
});
