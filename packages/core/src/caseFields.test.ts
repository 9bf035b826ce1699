import { describe, expect, it } from "vitest";
import { type CaseFieldDefinition, defineCaseFields, isCaseFieldValue } from "./caseFields.js";
import { isNrmkitError, type NrmkitErrorCode } from "./error.js";

function codeOf(run: () => unknown): NrmkitErrorCode | undefined {
  try {
    run();
  } catch (error) {
    return isNrmkitError(error) ? error.code : undefined;
  }
  return undefined;
}

describe("defineCaseFields", () => {
  it("returns the declarations frozen when they are valid", () => {
    const fields = defineCaseFields([
      { name: "district", type: "code", codes: ["d1", "d2"], labels: { d1: "District 1", d2: "District 2" } },
      { name: "stateProgramme", type: "boolean" },
    ]);
    expect(fields.map((field) => field.name)).toEqual(["district", "stateProgramme"]);
    expect(Object.isFrozen(fields)).toBe(true);
    expect(Object.isFrozen(fields[0])).toBe(true);
    const district = fields[0] as Extract<CaseFieldDefinition, { type: "code" }>;
    expect(Object.isFrozen(district.codes)).toBe(true);
    // Declared once: the result passes through again unchanged.
    expect(defineCaseFields(fields)).toBe(fields);
  });

  it("does not share state with the input when the input changes later", () => {
    const codes = ["a"];
    const fields = defineCaseFields([{ name: "shelter", type: "code", codes }]);
    codes.push("b");
    expect((fields[0] as Extract<CaseFieldDefinition, { type: "code" }>).codes).toEqual(["a"]);
  });

  it.each([
    ["a name with a space", [{ name: "my field", type: "boolean" }], "invalid_argument"],
    ["a name starting with a digit", [{ name: "1st", type: "boolean" }], "invalid_argument"],
    ["a __proto__ name", [{ name: "__proto__", type: "boolean" }], "invalid_argument"],
    [
      "a name given twice",
      [
        { name: "a", type: "boolean" },
        { name: "a", type: "boolean" },
      ],
      "duplicate_id",
    ],
    ["an unknown type", [{ name: "a", type: "number" }], "invalid_argument"],
    ["no codes", [{ name: "a", type: "code", codes: [] }], "invalid_argument"],
    ["an unknown code", [{ name: "a", type: "code", codes: ["unknown"] }], "invalid_argument"],
    ["an empty code", [{ name: "a", type: "code", codes: [""] }], "invalid_argument"],
    ["a code given twice", [{ name: "a", type: "code", codes: ["x", "x"] }], "duplicate_id"],
    ["a label for no code", [{ name: "a", type: "code", codes: ["x"], labels: { y: "Y" } }], "invalid_argument"],
    ["a boolean label for maybe", [{ name: "a", type: "boolean", labels: { maybe: "?" } }], "invalid_argument"],
    ["no array", "district", "invalid_argument"],
  ])("throws when given %s", (_name, fields, code) => {
    expect(codeOf(() => defineCaseFields(fields as unknown as CaseFieldDefinition[]))).toBe(code);
  });
});

describe("isCaseFieldValue", () => {
  it.each([
    [{ name: "district", type: "code", codes: ["d1"] }, "d1", true],
    [{ name: "district", type: "code", codes: ["d1"] }, "d2", false],
    [{ name: "district", type: "code", codes: ["d1"] }, true, false],
    [{ name: "stateProgramme", type: "boolean" }, false, true],
    [{ name: "stateProgramme", type: "boolean" }, "yes", false],
  ] as const)("judges %j holding %j as %s", (field, value, expected) => {
    expect(isCaseFieldValue(field, value)).toBe(expected);
  });
});
