import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CaseRecord } from "./caseRecord.js";
import {
  caseValueStatus,
  isFieldRecorded,
  MULTI_VALUED_CASE_FIELDS,
  type MultiValuedCaseField,
} from "./caseValueStatus.js";

const FIELDS = Object.keys(MULTI_VALUED_CASE_FIELDS) as MultiValuedCaseField[];

describe("caseValueStatus", () => {
  it.each([
    [{ meansOfControl: ["debt_bondage"] }, "debt_bondage", "present"],
    [{ meansOfControl: ["debt_bondage"] }, "threats", "absent"],
    [{ meansOfControl: [] }, "threats", "absent"],
    [{}, "threats", "not_recorded"],
    [{ meansOfControl: [], notRecorded: { meansOfControl: ["threats"] } }, "threats", "not_recorded"],
    [{ meansOfControl: [], notRecorded: { meansOfControl: ["threats"] } }, "debt_bondage", "absent"],
    [{ meansOfControl: [], notRecorded: { exploitation: ["begging"] } }, "threats", "absent"],
  ] as const)("reads %j as %s → %s", (record, value, status) => {
    expect(caseValueStatus(record as Pick<CaseRecord, "meansOfControl" | "notRecorded">, "meansOfControl", value)).toBe(
      status,
    );
  });

  it("gives each value one status, as many present as listed and as many not recorded as named", () => {
    const arb = fc.constantFrom(...FIELDS).chain((field) => {
      const all = MULTI_VALUED_CASE_FIELDS[field] as readonly string[];
      return fc
        .tuple(fc.option(fc.subarray([...all]), { nil: undefined }), fc.subarray([...all]))
        .map(([list, unknown]) => ({ field, list, unknown: unknown.filter((value) => !list?.includes(value)) }));
    });
    fc.assert(
      fc.property(arb, ({ field, list, unknown }) => {
        const record = {
          ...(list === undefined ? {} : { [field]: list }),
          ...(list === undefined ? {} : { notRecorded: { [field]: unknown } }),
        } as unknown as CaseRecord;
        const statuses = (MULTI_VALUED_CASE_FIELDS[field] as readonly string[]).map((value) =>
          caseValueStatus(record, field, value as never),
        );
        const count = (status: string) => statuses.filter((s) => s === status).length;
        if (list === undefined) {
          expect(count("not_recorded")).toBe(statuses.length);
        } else {
          expect([count("present"), count("not_recorded")]).toEqual([list.length, unknown.length]);
        }
        expect(isFieldRecorded(record, field)).toBe(count("present") + count("absent") > 0);
      }),
    );
  });
});

describe("isFieldRecorded", () => {
  it("treats an empty list with every value not recorded as not recorded", () => {
    const all = [...MULTI_VALUED_CASE_FIELDS.sexualExploitationForms];
    expect(
      isFieldRecorded(
        { sexualExploitationForms: [], notRecorded: { sexualExploitationForms: all } },
        "sexualExploitationForms",
      ),
    ).toBe(false);
    expect(isFieldRecorded({ sexualExploitationForms: [] }, "sexualExploitationForms")).toBe(true);
  });
});
