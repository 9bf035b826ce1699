import { generateSyntheticCtdcCases } from "@nrmkit/core/synthetic";
import { describe, expect, it } from "vitest";
import writeXlsxFile from "write-excel-file/universal";
import { exportCtdc } from "./exportCtdc.js";
import { importCtdc } from "./importCtdc.js";
import { importCtdcXlsx } from "./importCtdcXlsx.js";

/** A workbook written by an independent writer, numbers stored as numbers as CTDC's XLSX has them. */
async function workbook(rows: readonly (readonly string[])[]): Promise<ArrayBuffer> {
  const data = rows.map((row, r) =>
    row.map((cell) =>
      r > 0 && /^\d+$/.test(cell)
        ? { type: Number, value: Number(cell) }
        : cell === ""
          ? null
          : { type: String, value: cell },
    ),
  );
  const blob = await writeXlsxFile(data as never).toBlob();
  return blob.arrayBuffer();
}

describe("importCtdcXlsx", () => {
  it("imports a workbook exactly as the same rows in CSV", async () => {
    const text = exportCtdc(generateSyntheticCtdcCases({ count: 60, seed: 8 }));
    const rows = text
      .trimEnd()
      .split("\n")
      .map((line) => line.split(","));
    rows[5] = ["20x9", ...(rows[5] as string[]).slice(1)];
    const fromCsv = importCtdc(rows.map((row) => row.join(",")).join("\n"));
    const fromXlsx = await importCtdcXlsx(await workbook(rows));
    expect(fromXlsx.records).toEqual(fromCsv.records);
    expect(fromXlsx.rejected.map((row) => [row.row, row.issues.map((issue) => issue.path)])).toEqual([
      [5, [["yearOfRegistration"]]],
    ]);
    expect(fromXlsx.stats).toEqual({ rows: 60, accepted: 59, rejected: 1 });
  });

  it("takes a Uint8Array and a sheet by number", async () => {
    const bytes = new Uint8Array(
      await workbook([
        ["yearOfRegistration", "gender"],
        ["2019", "Female"],
      ]),
    );
    const result = await importCtdcXlsx(bytes, { sheet: 1 });
    expect(result.records.map((record) => [record.registrationDate, record.gender])).toEqual([["2019", "female"]]);
  });

  it("fails with import_failed on bytes that are no workbook, and invalid_argument on other input", async () => {
    await expect(importCtdcXlsx(new Uint8Array([1, 2, 3]))).rejects.toMatchObject({ code: "import_failed" });
    await expect(importCtdcXlsx("a,b" as never)).rejects.toMatchObject({ code: "invalid_argument" });
  });
});
