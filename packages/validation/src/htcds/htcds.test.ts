import { generateSyntheticCases } from "@nrmkit/core/synthetic";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { isCaseRecord } from "../caseRecordValidator.js";
import { exportHtcds } from "./exportHtcds.js";
import { HTCDS_STATISTICS_COLUMNS } from "./htcdsColumns.js";
import { importHtcds } from "./importHtcds.js";

describe("importHtcds", () => {
  const header =
    "cas_CaseID,cas_OpenDate,prs_FirstName,prs_Birthdate,prs_Gender,prs_Citizenship,vic_AgeWhenTrafficked,vic_TraffickingStatus,vic_MethodsOfControl,vic_TypeOfExploitation,vic_ForcedLabourIndustry,vic_RelationshipToTrafficker,cas_Status,cas_ReferredFromOrganisationType,vic_CountryOfExploitation,note";

  it("maps vic_ and cas_ fields and the coded prs_ gender and citizenship, and never reads other prs_ fields", () => {
    const text = [
      header,
      'C-1,2021-03,Anna,1990-01-01,TransgenderFeminine,"UA;PL",19,ActualVictimOfTrafficking,DebtBondage PhysicalThreats,ForcedLabour,A F,Familial,ClosedReferred,NGO,POL,x',
    ].join("\n");
    const result = importHtcds(text);
    expect(result.records[0]).toMatchObject({
      id: "C-1",
      registrationDate: "2021-03",
      gender: "transgender_female",
      citizenship: "UKR",
      ageBand: "18-20",
      traffickingStatus: "identified",
      meansOfControl: ["debt_bondage", "threats"],
      exploitation: ["forced_labour"],
      labourSectors: ["agriculture", "construction"],
      recruiterRelations: ["family"],
      caseStatus: "closed_referred",
      referringAgencyKind: "ngo",
      exploitationCountry: "POL",
    });
    expect(JSON.stringify(result.records)).not.toMatch(/Anna|1990/);
    expect([result.personalColumns, result.unknownColumns]).toEqual([["prs_FirstName", "prs_Birthdate"], ["note"]]);
    // Means of control HTCDS has no code for are not recorded, not absent.
    expect(result.records[0]?.notRecorded?.meansOfControl).toContain("restricting_movement");
    expect(result.records.every((record) => isCaseRecord(record))).toBe(true);
  });

  it("rejects unmapped codes with their row number and column, keeping the other rows", () => {
    const text = [
      "cas_OpenDate,vic_TraffickingStatus,vic_MethodsOfControl",
      "2021,PossibleVictimOfTrafficking,",
      "2021,Maybe,DebtBondage",
      "2021-13,,Whipping",
    ].join("\n");
    const result = importHtcds(text);
    expect(result.records.map((record) => [record.id, record.traffickingStatus])).toEqual([
      ["HTCDS-000001", "presumed"],
    ]);
    expect(result.rejected.map((row) => [row.row, row.issues.map((issue) => issue.path[0])])).toEqual([
      [2, ["vic_TraffickingStatus"]],
      [3, ["cas_OpenDate", "vic_MethodsOfControl"]],
    ]);
  });
});

describe("exportHtcds", () => {
  it("writes the vic_ and cas_ fields, read back by an independent CSV parser and by importHtcds", () => {
    const records = generateSyntheticCases({ count: 40, seed: 6 });
    const text = exportHtcds(records);
    const rows: string[][] = parse(text);
    expect(rows[0]).toEqual([...HTCDS_STATISTICS_COLUMNS]);
    expect(rows.flat().some((cell) => cell.startsWith("prs_"))).toBe(false);
    const back = importHtcds(text);
    expect(back.stats).toEqual({ rows: 40, accepted: 40, rejected: 0 });
    back.records.forEach((record, r) => {
      const source = records[r];
      expect([record.id, record.registrationDate, record.traffickingStatus, record.caseStatus]).toEqual([
        source?.id,
        source?.registrationDate,
        source?.traffickingStatus,
        source?.caseStatus,
      ]);
    });
  });

  it.each(["prs_Birthdate", "prs_Gender", "prs_FirstName"])("refuses the personal field %s", (column) => {
    expect(() => exportHtcds([], { columns: [column] })).toThrow(
      expect.objectContaining({ code: "disclosure_risk", message: expect.stringContaining(column) }),
    );
  });

  it("refuses a column that is no HTCDS field", () => {
    expect(() => exportHtcds([], { columns: ["vic_Nothing"] })).toThrow(
      expect.objectContaining({ code: "invalid_argument" }),
    );
  });
});

describe("documented examples", () => {
  it("importHtcds, exportHtcds and HTCDS_STATISTICS_COLUMNS", () => {
    const csv = [
      "cas_CaseID,cas_OpenDate,prs_FirstName,prs_Gender,vic_TraffickingStatus,vic_MethodsOfControl",
      "C-1,2021-03,Anna,Feminine,ActualVictimOfTrafficking,DebtBondage TakesEarnings",
    ].join("\n");
    const result = importHtcds(csv);
    expect([result.records[0]?.meansOfControl, result.records[0]?.traffickingStatus, result.personalColumns]).toEqual([
      ["debt_bondage", "withholding_wages"],
      "identified",
      ["prs_FirstName"],
    ]);
    expect(
      exportHtcds(generateSyntheticCases({ count: 1, seed: 1 }), { columns: ["cas_CaseID", "vic_TraffickingStatus"] }),
    ).toBe("cas_CaseID,vic_TraffickingStatus\nSYN-000001,ActualVictimOfTrafficking\n");
    expect(HTCDS_STATISTICS_COLUMNS.some((column) => column.startsWith("prs_"))).toBe(false);
  });
});
