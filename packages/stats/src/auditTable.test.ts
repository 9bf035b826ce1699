import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { table1, table2 } from "../test/tableFixtures.js";
import { auditTable } from "./auditTable.js";
import { rawDisclosure } from "./disclosureMetadata.js";
import { protectTable } from "./protectTable.js";
import { isSuppressedStatus, type StatCell, type StatTable } from "./statTable.js";
import { cellAt } from "./tableGrid.js";

/**
 * Hides the given keys of a raw table by hand, with the metadata a reader would be told: with
 * uniform markers in the published form (status `"suppressed"`, no split counts) unless `legacy`
 * asks for the split form of older tables (kinds and counts shown, `suppressedSecondary` 0).
 */
function hide(
  table: StatTable,
  keys: readonly (readonly (string | null)[])[],
  markers: "uniform" | "distinct",
  threshold = 11,
  legacy = false,
): StatTable {
  const wanted = new Set(keys.map((key) => JSON.stringify(key)));
  const split = markers === "distinct" || legacy;
  const mark = (cell: StatCell): StatCell =>
    wanted.has(JSON.stringify(cell.key))
      ? {
          key: cell.key,
          value: null,
          status: !split ? "suppressed" : (cell.value ?? 0) < threshold ? "suppressed_primary" : "suppressed_secondary",
        }
      : cell;
  const { suppressedPrimary: _primary, suppressedSecondary: _secondary, ...raw } = rawDisclosure();
  return {
    ...table,
    cells: table.cells.map(mark),
    totals: table.totals.map(mark),
    disclosure: {
      ...raw,
      method: "suppression",
      threshold,
      protectionLevel: 1,
      secondary: "greedy",
      markers,
      suppressedCells: wanted.size,
      ...(split ? { suppressedPrimary: 0, suppressedSecondary: 0 } : {}),
    },
  };
}

/**
 * Brute force over a 2-D table: every integer completion of the hidden inner cells (up to `cap`)
 * that matches the shown values and what the markers say; returns [min, max] per hidden key.
 */
function bruteForce(table: StatTable, cap: number): Map<string, [number, number]> {
  const [rows, columns] = table.dimensions;
  const rowCodes = rows?.categories.map((category) => category.code) ?? [];
  const columnCodes = columns?.categories.map((category) => category.code) ?? [];
  const { threshold, markers, zerosSensitive, secondary, suppressedSecondary } = table.disclosure;
  const t = threshold ?? 1;
  // What the metadata tells a reader: hidden zeros are possible when zeros are sensitive, or with
  // uniform markers when secondary suppression (which may then hide zeros) ran and the table does
  // not show that it hid nothing.
  const floor =
    zerosSensitive || (markers === "uniform" && secondary !== "none" && (suppressedSecondary ?? 1) > 0) ? 0 : 1;
  // Every entry: inner cells, row totals, column totals, grand total, with a test of its value.
  const keys: (string | null)[][] = [];
  for (const r of rowCodes) for (const c of columnCodes) keys.push([r, c]);
  for (const r of rowCodes) keys.push([r, null]);
  for (const c of columnCodes) keys.push([null, c]);
  keys.push([null, null]);
  const cells = keys.map((key) => cellAt(table, key) as StatCell);
  const tests = cells.map((cell) => {
    if (!isSuppressedStatus(cell.status)) return (value: number) => value === cell.value;
    if (markers === "uniform") return (value: number) => value >= floor;
    return cell.status === "suppressed_primary"
      ? (value: number) => value >= floor && value < t
      : (value: number) => value >= t;
  });
  const inner = rowCodes.length * columnCodes.length;
  const values = new Array<number>(keys.length).fill(0);
  const hidden = cells.map((cell, i) => (i < inner && isSuppressedStatus(cell.status) ? i : -1)).filter((i) => i >= 0);
  cells.forEach((cell, i) => {
    if (i < inner) values[i] = cell.value ?? 0;
  });
  const min = new Array<number>(keys.length).fill(Number.POSITIVE_INFINITY);
  const max = new Array<number>(keys.length).fill(Number.NEGATIVE_INFINITY);
  const width = columnCodes.length;
  const check = () => {
    let at = inner;
    let grand = 0;
    for (let r = 0; r < rowCodes.length; r++) {
      let sum = 0;
      for (let c = 0; c < width; c++) sum += values[r * width + c] as number;
      values[at++] = sum;
      grand += sum;
    }
    for (let c = 0; c < width; c++) {
      let sum = 0;
      for (let r = 0; r < rowCodes.length; r++) sum += values[r * width + c] as number;
      values[at++] = sum;
    }
    values[at] = grand;
    for (let i = 0; i < keys.length; i++) if (!(tests[i] as (value: number) => boolean)(values[i] as number)) return;
    for (let i = 0; i < keys.length; i++) {
      min[i] = Math.min(min[i] as number, values[i] as number);
      max[i] = Math.max(max[i] as number, values[i] as number);
    }
  };
  const visit = (h: number) => {
    if (h === hidden.length) {
      check();
      return;
    }
    for (let value = 0; value <= cap; value++) {
      values[hidden[h] as number] = value;
      visit(h + 1);
    }
  };
  visit(0);
  const ranges = new Map<string, [number, number]>();
  cells.forEach((cell, i) => {
    if (isSuppressedStatus(cell.status)) ranges.set(JSON.stringify(keys[i]), [min[i] as number, max[i] as number]);
  });
  return ranges;
}

describe("auditTable", () => {
  it.each([
    {
      name: "a row with a single hidden cell",
      table: hide(
        table2([
          [20, 30, 5],
          [25, 40, 50],
        ]),
        [["r0", "c2"]],
        "uniform",
      ),
      expected: { passed: false, lower: 5, upper: 5 },
    },
    {
      name: "a hidden pair in a row and column rectangle",
      table: hide(
        table2([
          [20, 30, 5],
          [25, 40, 50],
        ]),
        [
          ["r0", "c2"],
          ["r0", "c1"],
          ["r1", "c2"],
          ["r1", "c1"],
        ],
        "uniform",
      ),
      expected: { passed: true, lower: 0, upper: 35 },
    },
    {
      name: "a hidden pair whose table shows no secondary suppression (older split form)",
      table: hide(
        table2([
          [20, 30, 5],
          [25, 40, 50],
        ]),
        [
          ["r0", "c2"],
          ["r0", "c1"],
          ["r1", "c2"],
          ["r1", "c1"],
        ],
        "uniform",
        11,
        true,
      ),
      expected: { passed: true, lower: 1, upper: 34 },
    },
    {
      name: "distinct markers that bound a primary cell below the threshold",
      table: hide(
        table2([
          [20, 30, 5],
          [25, 40, 50],
        ]),
        [
          ["r0", "c2"],
          ["r0", "c1"],
          ["r1", "c2"],
          ["r1", "c1"],
        ],
        "distinct",
      ),
      expected: { passed: true, lower: 1, upper: 10 },
    },
  ])("finds the feasible interval of the first hidden cell in $name", ({ table, expected }) => {
    const report = auditTable(table, undefined, { protectionLevel: 1 });
    const first = report.cells.find((cell) => JSON.stringify(cell.key) === JSON.stringify(["r0", "c2"]));
    expect(report.passed).toBe(expected.passed);
    expect([first?.lower, first?.upper]).toEqual([expected.lower, expected.upper]);
  });

  it("reports an unbounded interval as null when nothing caps a hidden cell", () => {
    const table = hide(table1([3, 40, 50]), [["r0"], ["r1"], [null]], "uniform");
    const report = auditTable(table);
    expect(report.cells.every((cell) => cell.upper === null && cell.width === null)).toBe(true);
    expect(report.passed).toBe(true);
  });

  it("finds the same intervals as brute force when small 2-D tables are protected", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 14 }), { minLength: 3, maxLength: 3 }), {
          minLength: 2,
          maxLength: 2,
        }),
        fc.integer({ min: 3, max: 8 }),
        fc.constantFrom<"uniform" | "distinct">("uniform", "distinct"),
        (cells, threshold, markers) => {
          const raw = table2(cells);
          const protectedTable = protectTable(raw, { threshold, markers, protectionLevel: 1 });
          const hiddenInner = protectedTable.cells.filter((cell) => cell.value === null).length;
          fc.pre(hiddenInner <= 3);
          const cap = 60;
          const brute = bruteForce(protectedTable, cap);
          const report = auditTable(protectedTable, raw);
          for (const cell of report.cells) {
            const range = brute.get(JSON.stringify(cell.key));
            expect(range?.[0], JSON.stringify(cell.key)).toBe(cell.lower);
            if (cell.upper !== null) expect(range?.[1], JSON.stringify(cell.key)).toBe(cell.upper);
            else expect(range?.[1] ?? 0).toBeGreaterThanOrEqual(cap - 1);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it("agrees that interval propagation never reports narrower intervals than linear programming", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 4, maxLength: 4 }), {
          minLength: 3,
          maxLength: 3,
        }),
        (cells) => {
          const protectedTable = protectTable(table2(cells), { threshold: 11 });
          const exact = auditTable(protectedTable);
          const outer = auditTable(protectedTable, undefined, { method: "interval_propagation" });
          exact.cells.forEach((cell, i) => {
            const wide = outer.cells[i];
            expect(wide?.lower).toBeLessThanOrEqual(cell.lower);
            if (cell.upper === null) expect(wide?.upper).toBeNull();
            else if (wide?.upper !== null) expect(wide?.upper).toBeGreaterThanOrEqual(cell.upper);
          });
        },
      ),
      { numRuns: 60 },
    );
  });

  it("flags an inconsistent table when the original does not match", () => {
    const raw = table1([3, 40, 50]);
    const protectedTable = protectTable(raw);
    const other = table1([3, 41, 49]);
    expect(auditTable(protectedTable, other).consistent).toBe(false);
    expect(auditTable(protectedTable, raw).consistent).toBe(true);
  });
});
