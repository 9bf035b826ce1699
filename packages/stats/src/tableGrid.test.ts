import { NrmkitError } from "@nrmkit/core";
import { describe, expect, it } from "vitest";
import { rawDisclosure } from "./disclosureMetadata.js";
import type { StatTable } from "./statTable.js";
import { cellAt, tableGrid } from "./tableGrid.js";

const sex = {
  name: "gender",
  label: "Sex",
  kind: "category",
  multiValued: false,
  categories: [
    { code: "female", label: "Female", unknown: false },
    { code: "male", label: "Male", unknown: false },
  ],
} as const;
const group = {
  name: "exploitationGroup",
  label: "Exploitation",
  kind: "category",
  multiValued: false,
  categories: [
    { code: "sexual", label: "Sexual", unknown: false },
    { code: "labour", label: "Labour", unknown: false },
    { code: "other", label: "Other", unknown: false },
  ],
} as const;

const twoWay: StatTable = {
  kind: "stat_table",
  version: 1,
  measure: "count",
  dimensions: [sex, group],
  cells: [
    { key: ["female", "sexual"], value: 20, status: "published" },
    { key: ["female", "labour"], value: 15, status: "published" },
    { key: ["female", "other"], value: null, status: "suppressed_primary" },
    { key: ["male", "sexual"], value: null, status: "suppressed_secondary" },
    { key: ["male", "labour"], value: 30, status: "published" },
    { key: ["male", "other"], value: null, status: "suppressed_secondary" },
  ],
  totals: [
    { key: ["female", null], value: 37, status: "published" },
    { key: ["male", null], value: 39, status: "published" },
    { key: [null, "sexual"], value: 24, status: "published" },
    { key: [null, "labour"], value: 45, status: "published" },
    { key: [null, "other"], value: 7, status: "suppressed_primary" },
    { key: [null, null], value: 76, status: "published" },
  ],
  disclosure: rawDisclosure(),
  notes: [],
};

describe("cellAt", () => {
  it.each([
    [["male", "labour"], 30],
    [["female", null], 37],
    [[null, null], 76],
    [["female", "other"], null],
  ] as const)("finds the cell with key %j", (key, value) => {
    expect(cellAt(twoWay, key)?.value).toBe(value);
  });

  it("returns undefined when a code or the key length does not match", () => {
    expect(cellAt(twoWay, ["nobody", "labour"])).toBeUndefined();
    expect(cellAt(twoWay, ["male"])).toBeUndefined();
  });
});

describe("tableGrid", () => {
  it("lays out rows, columns and totals when the table is 2-D", () => {
    const grid = tableGrid(twoWay);
    expect(grid.rows.map((row) => row.cells.map((cell) => cell.value))).toEqual([
      [20, 15, null],
      [null, 30, null],
    ]);
    expect(grid.rows.map((row) => row.total.value)).toEqual([37, 39]);
    expect(grid.columnTotals.map((cell) => cell.value)).toEqual([24, 45, 7]);
    expect(grid.grandTotal.key).toEqual([null, null]);
  });

  it("gives one cell per row and the grand total as column total when the table is 1-D", () => {
    const oneWay: StatTable = {
      ...twoWay,
      dimensions: [sex],
      cells: [
        { key: ["female"], value: 40, status: "published" },
        { key: ["male"], value: 25, status: "published" },
      ],
      totals: [{ key: [null], value: 65, status: "published" }],
    };
    const grid = tableGrid(oneWay);
    expect(grid.columnDimension).toBeNull();
    expect(grid.rows.map((row) => [row.category.code, row.total.value])).toEqual([
      ["female", 40],
      ["male", 25],
    ]);
    expect(grid.grandTotal.value).toBe(65);
  });

  it("throws invalid_argument when the table has three dimensions", () => {
    const threeWay: StatTable = { ...twoWay, dimensions: [sex, group, sex] };
    expect(() => tableGrid(threeWay)).toThrow(expect.objectContaining({ code: "invalid_argument" }));
    expect(() => tableGrid(threeWay)).toThrow(NrmkitError);
  });
});
