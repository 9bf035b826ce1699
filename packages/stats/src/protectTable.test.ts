import { NrmkitError } from "@nrmkit/core";
import { generateSyntheticCases } from "@nrmkit/core/synthetic";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { table1, table2 } from "../test/tableFixtures.js";
import { aggregate } from "./aggregate.js";
import { auditTable } from "./auditTable.js";
import { protectTable, publishTable } from "./protectTable.js";
import { isSuppressedStatus, type StatTable } from "./statTable.js";
import { cellAt } from "./tableGrid.js";

/**
 * Hidden marks of a 2-D table as a string grid: `.` shown, `P` primary, `S` secondary; last
 * column/row are totals. Uniform markers do not publish the kind, so it is read from the raw
 * value: primary suppression hides exactly the counts from 1 to threshold − 1.
 */
function pattern(table: StatTable, raw: StatTable, threshold = 11): string[] {
  const [rows, columns] = table.dimensions;
  const mark = (key: (string | null)[]) => {
    if (cellAt(table, key)?.value !== null) return ".";
    const value = cellAt(raw, key)?.value ?? 0;
    return value > 0 && value < threshold ? "P" : "S";
  };
  const rowCodes = [...(rows?.categories.map((category) => category.code) ?? []), null];
  const columnCodes = [...(columns?.categories.map((category) => category.code) ?? []), null];
  return rowCodes.map((row) => columnCodes.map((column) => mark([row, column])).join(""));
}

function hiddenCount(table: StatTable): number {
  return [...table.cells, ...table.totals].filter((cell) => isSuppressedStatus(cell.status)).length;
}

describe("protectTable", () => {
  it.each([
    {
      name: "a single small cell forces a second suppression in its row and its column",
      matrix: [
        [20, 30, 3],
        [25, 40, 50],
        [30, 35, 45],
      ],
      check: (rows: string[]) => {
        expect(rows[0]?.[2]).toBe("P");
        expect([...(rows[0] ?? "").slice(0, 3)].filter((mark) => mark !== ".").length).toBeGreaterThanOrEqual(2);
        expect([0, 1, 2].filter((r) => rows[r]?.[2] !== ".").length).toBeGreaterThanOrEqual(2);
        expect(rows[3]?.[3]).toBe(".");
      },
    },
    {
      name: "a rectangle of small cells protects itself when the protection level allows",
      matrix: [
        [3, 4, 50],
        [4, 3, 60],
        [40, 50, 70],
      ],
      check: (rows: string[]) => {
        expect(rows).toEqual(["PP..", "PP..", "....", "...."]);
      },
    },
    {
      name: "zeros are published and need no partner",
      matrix: [
        [0, 20, 30],
        [15, 0, 40],
      ],
      check: (rows: string[]) => {
        expect(rows.join("")).not.toMatch(/[PS]/);
      },
    },
    {
      name: "a small row total is hidden with its cells",
      matrix: [
        [2, 3, 0],
        [25, 40, 50],
        [30, 35, 45],
      ],
      check: (rows: string[]) => {
        expect(rows[0]?.[3]).toBe("P");
        expect(rows[0]?.slice(0, 2)).toBe("PP");
      },
    },
  ])("hides the expected pattern when $name", ({ matrix, check }) => {
    const raw = table2(matrix);
    const protectedTable = protectTable(raw);
    check(pattern(protectedTable, raw));
    // Uniform markers (the default) publish one status for both kinds.
    for (const cell of [...protectedTable.cells, ...protectedTable.totals])
      expect(cell.status).toBe(cell.value === null ? "suppressed" : "published");
    expect(auditTable(protectedTable, raw).passed).toBe(true);
  });

  it("hides the smallest other cell of a 1-D table when one cell is small", () => {
    const protectedTable = protectTable(table1([3, 40, 55]));
    expect(protectedTable.cells.map((cell) => cell.status)).toEqual(["suppressed", "suppressed", "published"]);
    expect(protectedTable.totals[0]?.value).toBe(98);
  });

  it("tells primary from secondary cells when markers are distinct", () => {
    const protectedTable = protectTable(table1([3, 40, 55]), { markers: "distinct", protectionLevel: 4 });
    expect(protectedTable.cells.map((cell) => cell.status)).toEqual([
      "suppressed_primary",
      "suppressed_secondary",
      "published",
    ]);
    expect(protectedTable.disclosure).toMatchObject({
      suppressedCells: 2,
      suppressedPrimary: 1,
      suppressedSecondary: 1,
    });
  });

  it("hides zeros too when zeros are sensitive", () => {
    const protectedTable = protectTable(table1([0, 40, 55]), { zerosSensitive: true });
    expect(protectedTable.cells[0]?.status).toBe("suppressed");
    expect(protectedTable.disclosure.zerosSensitive).toBe(true);
  });

  it("rounds every shown value and marks it rounded when rounding is asked", () => {
    const protectedTable = protectTable(table1([12, 40, 57]), { rounding: { kind: "nearest", base: 5 } });
    expect(protectedTable.cells.map((cell) => [cell.value, cell.status])).toEqual([
      [10, "rounded"],
      [40, "rounded"],
      [55, "rounded"],
    ]);
    expect(protectedTable.totals[0]?.value).toBe(110);
    expect(protectedTable.disclosure.method).toBe("suppression_and_rounding");
  });

  it("rounds down to the threshold multiple without suppression when asked as CTDC", () => {
    const protectedTable = protectTable(table1([3, 25, 57]), {
      suppression: false,
      rounding: { kind: "down", base: 11 },
    });
    expect(protectedTable.cells.map((cell) => cell.value)).toEqual([0, 22, 55]);
    expect(protectedTable.disclosure.method).toBe("rounding");
    expect(auditTable(protectedTable, table1([3, 25, 57])).consistent).toBe(true);
  });

  it("records the method, counts and audit in the metadata", () => {
    const protectedTable = protectTable(
      table2([
        [20, 30, 3],
        [25, 40, 50],
      ]),
    );
    const { disclosure } = protectedTable;
    expect(disclosure).toMatchObject({ method: "suppression", threshold: 11, protectionLevel: 5, secondary: "greedy" });
    // Uniform markers: one total, no split (it would tell readers what kind the hidden cells are).
    expect(disclosure.suppressedCells).toBeGreaterThan(1);
    expect(disclosure).not.toHaveProperty("suppressedPrimary");
    expect(disclosure).not.toHaveProperty("suppressedSecondary");
    expect(disclosure.audit?.passed).toBe(true);
    expect(disclosure.note.length).toBeGreaterThan(0);
  });

  it.each([["uniform"], ["distinct"]] as const)(
    "says no cells are hidden when every count is publishable and markers are %s",
    (markers) => {
      const { disclosure } = protectTable(
        table2([
          [20, 30, 15],
          [25, 40, 50],
        ]),
        { markers },
      );
      expect(disclosure.suppressedCells).toBe(0);
      expect(disclosure.note).toMatch(/^No cells are hidden/);
      expect(disclosure.note).not.toMatch(/\b0 cells/);
    },
  );

  it.each([
    [{ threshold: 2 }, "invalid_argument"],
    [{ threshold: 11, protectionLevel: 10, markers: "distinct" }, "invalid_argument"],
    [{ protectionLevel: 0 }, "invalid_argument"],
    [{ rounding: { kind: "nearest", base: 1 } }, "invalid_argument"],
    [{ suppression: false }, "invalid_argument"],
  ] as const)("throws when the options are %j", (options, code) => {
    expect(() => protectTable(table1([3, 40]), options)).toThrow(expect.objectContaining({ code }));
  });

  it("throws invalid_operation when the table is already protected", () => {
    const once = protectTable(table1([3, 40, 50]));
    expect(() => protectTable(once)).toThrow(NrmkitError);
    expect(() => protectTable(once)).toThrow(expect.objectContaining({ code: "invalid_operation" }));
  });

  it.each([
    {
      // fast-check seed -1648268149: r1,c1's lines held only zeros and hidden cells, so without a
      // hidden zero a reader could work it out exactly.
      name: "only zeros are left to hide beside a small cell",
      matrix: [
        [1, 2, 0, 4],
        [0, 1, 0, 1],
        [0, 0, 0, 2],
      ],
      threshold: 4,
      protectionLevel: 1,
    },
  ])("hides a zero as a secondary cell when $name", ({ matrix, threshold, protectionLevel }) => {
    const raw = table2(matrix);
    const protectedTable = protectTable(raw, { threshold, protectionLevel });
    const report = auditTable(protectedTable, raw);
    expect(report).toMatchObject({ passed: true, consistent: true });
    expect(protectedTable.disclosure.audit?.passed).toBe(true);
    expect(report.cells.every((cell) => cell.width === null || cell.width >= protectionLevel)).toBe(true);
    // Some zero is hidden, so a reader may only assume a hidden cell is at least 0.
    const hiddenZeros = raw.cells.filter(
      (cell) => cell.value === 0 && cellAt(protectedTable, cell.key)?.value === null,
    );
    expect(hiddenZeros.length).toBeGreaterThan(0);
    expect(Math.min(...report.cells.map((cell) => cell.lower))).toBe(0);
    expect(() => publishTable(raw, { threshold, protectionLevel })).not.toThrow();
  });

  it("never hides a zero as a secondary cell when markers are distinct", () => {
    const raw = table2([
      [1, 2, 0, 4],
      [0, 1, 0, 1],
      [0, 0, 0, 2],
    ]);
    const protectedTable = protectTable(raw, { threshold: 4, protectionLevel: 1, markers: "distinct" });
    for (const cell of raw.cells)
      if (cell.value === 0) expect(cellAt(protectedTable, cell.key)?.status).not.toBe("suppressed_secondary");
    expect(protectedTable.disclosure.audit?.passed).toBe(auditTable(protectedTable, raw).passed);
  });

  it("leaves no hidden cell derivable when tables, thresholds and levels are random", () => {
    const matrix = fc.integer({ min: 1, max: 4 }).chain((columns) =>
      fc.array(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 80 })), {
          minLength: columns,
          maxLength: columns,
        }),
        {
          minLength: 1,
          maxLength: 4,
        },
      ),
    );
    fc.assert(
      fc.property(
        matrix,
        fc.integer({ min: 3, max: 15 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (cells, threshold, share) => {
          const level = Math.max(1, Math.floor(share * (threshold - 2)));
          const raw = table2(cells);
          const protectedTable = protectTable(raw, { threshold, protectionLevel: level });
          const report = auditTable(protectedTable, raw);
          expect(report.passed).toBe(true);
          expect(report.consistent).toBe(true);
          for (const cell of report.cells) {
            expect(cell.width === null || cell.width >= level).toBe(true);
            expect(cell.upper === null || cell.upper > cell.lower).toBe(true);
          }
          // Every value below the threshold (other than 0) is hidden.
          for (const cell of [...raw.cells, ...raw.totals]) {
            const value = cell.value ?? 0;
            if (value > 0 && value < threshold) expect(cellAt(protectedTable, cell.key)?.value).toBeNull();
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it("protects 3-D tables with a multi-valued dimension when thresholds are random", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 20, max: 400 }),
        fc.nat(500),
        fc.integer({ min: 3, max: 12 }),
        (count, seed, threshold) => {
          const records = generateSyntheticCases({ count, seed, from: "2014-01-01", to: "2015-12-31" });
          const raw = aggregate(records, {
            dimensions: [{ name: "regionId", categories: ["BY-BR", "BY-HO", "BY-VI"] }, "exploitationGroup"],
            period: "year",
          });
          const protectedTable = protectTable(raw, { threshold });
          const report = auditTable(protectedTable, raw);
          // Tiny tables can be impossible to protect; the metadata must then say so, never claim a pass.
          expect(protectedTable.disclosure.audit?.passed).toBe(report.passed);
          expect(report.consistent).toBe(true);
          if (report.passed) {
            for (const cell of report.cells)
              expect(cell.width === null || cell.width >= report.protectionLevel).toBe(true);
          } else {
            expect(() => publishTable(raw, { threshold })).toThrow(
              expect.objectContaining({ code: "disclosure_risk" }),
            );
          }
        },
      ),
      { numRuns: 15 },
    );
  });

  it("never claims a pass the exact audit refutes when markers are distinct", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 3, maxLength: 3 }), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.integer({ min: 3, max: 12 }),
        (cells, threshold) => {
          const raw = table2(cells);
          const protectedTable = protectTable(raw, { threshold, markers: "distinct" });
          const report = auditTable(protectedTable, raw);
          expect(protectedTable.disclosure.audit?.passed).toBe(report.passed);
          expect(report.consistent).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });

  it("protects subtotals (hierarchical totals) when a small child band sits under a published subtotal", () => {
    const records = generateSyntheticCases({ count: 400, seed: 19 });
    const raw = aggregate(records, {
      dimensions: [
        "gender",
        {
          name: "ageBand",
          subtotals: [
            { code: "child", members: ["0-8", "9-17"] },
            { code: "adult", members: ["18-20", "21-23", "24-26", "27-29", "30-38", "39-47", "48+"] },
          ],
        },
      ],
    });
    const published = protectTable(raw);
    const report = auditTable(published, raw);
    expect(report).toMatchObject({ passed: true, consistent: true });
    // Wherever a child band is hidden, the other band or the child subtotal is hidden too.
    for (const sex of ["female", "male", null]) {
      const young = cellAt(published, [sex, "0-8"]);
      const older = cellAt(published, [sex, "9-17"]);
      const children = cellAt(published, [sex, "child"]);
      if (young?.value === null) expect(older?.value === null || children?.value === null).toBe(true);
    }
  });

  it("needs no partner for one small cell of a multi-valued dimension, whose totals are not sums", () => {
    const raw = aggregate(generateSyntheticCases({ count: 500, seed: 23 }), { dimensions: ["exploitationGroup"] });
    const withSmall = {
      ...raw,
      cells: raw.cells.map((cell) => (cell.key[0] === "unknown" ? { ...cell, value: 4 } : cell)),
    };
    const published = protectTable(withSmall);
    expect(published.disclosure.suppressedCells).toBe(1);
    expect(auditTable(published).passed).toBe(true);
  });

  it("protects a regional table of realistic size at the CTDC threshold", () => {
    const records = generateSyntheticCases({ count: 1500, seed: 21 });
    const raw = aggregate(records, { dimensions: ["regionId", "exploitationGroup"], period: "year" });
    const published = publishTable(raw);
    expect(published.disclosure.suppressedCells).toBeGreaterThan(0);
    expect(auditTable(published, raw)).toMatchObject({ passed: true, consistent: true });
  });

  it("publishes no trace of primary or secondary suppression when markers are uniform", () => {
    const raw = aggregate(generateSyntheticCases({ count: 1500, seed: 21 }), {
      dimensions: ["regionId", "exploitationGroup"],
    });
    const json = JSON.stringify(publishTable(raw));
    expect(json).toContain('"suppressed"');
    for (const leak of ["suppressed_primary", "suppressed_secondary", "suppressedPrimary", "suppressedSecondary"])
      expect(json).not.toContain(leak);
    const distinct = JSON.stringify(publishTable(raw, { markers: "distinct" }));
    expect(distinct).toContain("suppressed_primary");
    expect(distinct).toContain("suppressedSecondary");
  });

  it("keeps hidden cells hidden after rounding and a JSON round trip", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 2, maxLength: 8 }),
        fc.constantFrom(3, 5, 10),
        (values, base) => {
          const raw = table1(values);
          const protectedTable = protectTable(raw, { rounding: { kind: "nearest", base } });
          const copy = JSON.parse(JSON.stringify(protectedTable)) as StatTable;
          expect(copy).toEqual(protectedTable);
          copy.cells.forEach((cell, i) => {
            const small = (values[i] ?? 0) > 0 && (values[i] ?? 0) < 11;
            if (small) expect(cell.value).toBeNull();
            if (isSuppressedStatus(cell.status)) expect(cell.value).toBeNull();
            else expect((cell.value ?? 0) % base).toBe(0);
          });
          expect(auditTable(copy, raw).passed).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("publishTable", () => {
  it("throws disclosure_risk when distinct markers give a tiny table away", () => {
    // Two cells of 1 and a total of 2, all marked primary: a reader knows each is 1.
    expect(() => publishTable(table1([1, 1]), { threshold: 3, markers: "distinct" })).toThrow(
      expect.objectContaining({ code: "disclosure_risk" }),
    );
  });

  it("hides the total as well when uniform markers protect a tiny table", () => {
    const published = publishTable(table1([1, 1]), { threshold: 3 });
    expect(published.totals[0]?.value).toBeNull();
    expect(published.disclosure.markers).toBe("uniform");
  });

  it("protects with CTDC defaults when no options are given", () => {
    const published = publishTable(
      table2([
        [5, 30],
        [40, 50],
      ]),
    );
    expect(published.disclosure.threshold).toBe(11);
    expect(published.disclosure.audit?.passed).toBe(true);
    expect(hiddenCount(published)).toBeGreaterThanOrEqual(4);
  });
});
