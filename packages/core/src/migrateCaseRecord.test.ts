import { describe, expect, it } from "vitest";
import { type LegacyCaseRecord, migrateCaseRecord } from "./migrateCaseRecord.js";
import { generateSyntheticCases } from "./synthetic/index.js";

const legacy: LegacyCaseRecord = {
  id: "OLD-1",
  registrationDate: "2014-04-16",
  regionId: "BY-HO",
  gender: "female",
  ageBand: "21-23",
  citizenship: "BLR",
  exploitationCountry: "RUS",
  exploitation: [],
  meansOfControl: ["threats"],
  recruiterRelation: "friend",
  referringAgencyKind: "ngo",
  assistance: [],
  traffickingStatus: "identified",
  caseStatus: "closed",
};

describe("migrateCaseRecord", () => {
  it("turns the one relation into a list and an empty list that meant not recorded into an absent field", () => {
    const record = migrateCaseRecord(legacy);
    expect(record).toEqual({
      id: "OLD-1",
      registrationDate: "2014-04-16",
      regionId: "BY-HO",
      gender: "female",
      ageBand: "21-23",
      citizenship: "BLR",
      exploitationCountry: "RUS",
      meansOfControl: ["threats"],
      recruiterRelations: ["friend"],
      referringAgencyKind: "ngo",
      assistance: [],
      traffickingStatus: "identified",
      caseStatus: "closed",
    });
    expect("recruiterRelation" in record).toBe(false);
  });

  it("leaves the relation out when it was unknown", () => {
    const record = migrateCaseRecord({ ...legacy, recruiterRelation: "unknown", exploitation: ["begging"] });
    expect("recruiterRelations" in record).toBe(false);
    expect(record.exploitation).toEqual(["begging"]);
  });

  it("returns a current record itself when it has no recruiterRelation", () => {
    for (const record of generateSyntheticCases({ count: 50, seed: 2 })) expect(migrateCaseRecord(record)).toBe(record);
  });

  it("is idempotent when run twice", () => {
    const once = migrateCaseRecord(legacy);
    expect(migrateCaseRecord(once)).toBe(once);
  });
});
