// Keeps docs/guides/real-case-data.md true: its mapping tables are checked against the tables the
// importers and exporters read.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MULTIS } from "../htcds/htcdsColumns.js";
import { FLAG_GROUPS } from "./ctdcColumns.js";

const guide = readFileSync(new URL("../../../../docs/guides/real-case-data.md", import.meta.url), "utf8");
/** Table rows of a part of the guide, split into cells. */
const rowsOf = (text: string) =>
  text
    .split("\n")
    .filter((line) => line.startsWith("| ") && line.includes("`"))
    .map((line) =>
      line
        .split("|")
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
const rows = rowsOf(guide);
const section = (heading: string) =>
  guide.slice(guide.indexOf(heading), guide.indexOf("\n### ", guide.indexOf(heading) + 1));
const code = (cell: string) => /^`([^`]+)`$/.exec(cell)?.[1];

describe("the real-case-data guide", () => {
  it("maps every CTDC flag to the nrmkit code the importer uses, and no other", () => {
    const documented = new Map(
      rows.flatMap((row) => {
        const column = code(row[0] ?? "");
        const value = code(row[1] ?? "");
        return column !== undefined && value !== undefined ? [[column, value] as const] : [];
      }),
    );
    for (const group of FLAG_GROUPS) {
      for (const flag of group.flags)
        expect([flag.column, documented.get(flag.column)]).toEqual([flag.column, flag.value]);
    }
  });

  it("names the HTCDS code of each nrmkit code as import reads it", () => {
    const byNrmkit = new Map<string, string>();
    for (const row of rowsOf(section("### Means of control"))) {
      const nrmkit = code(row[1] ?? "");
      const htcds = /`([A-Za-z]+)`/.exec(row[2] ?? "")?.[1];
      if (nrmkit !== undefined && htcds !== undefined) byNrmkit.set(nrmkit, htcds);
    }
    for (const multi of MULTIS.filter((entry) => entry.field === "meansOfControl")) {
      for (const [htcds, nrmkit] of Object.entries(multi.codes))
        expect([nrmkit, byNrmkit.get(nrmkit)]).toEqual([nrmkit, htcds]);
    }
  });

  it("shows a CTDC example that imports as it says", async () => {
    const { importCtdc } = await import("./importCtdc.js");
    const text =
      "yearOfRegistration,meansOfControlDebtBondage,meansOfControlTakesEarnings,meansOfControlRestrictsFinancialAccess\n2019,1,0,\n";
    const [record] = importCtdc(text).records;
    expect(guide).toContain(
      'meansOfControl: ["debt_bondage"],\n  notRecorded: { meansOfControl: ["restricting_financial_access"] },',
    );
    expect([record?.meansOfControl, record?.notRecorded?.meansOfControl?.[0]]).toEqual([
      ["debt_bondage"],
      "restricting_financial_access",
    ]);
  });
});
