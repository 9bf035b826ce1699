import { describe, expect, it } from "vitest";
import { createParsers } from "./createParsers.js";
import { idSchema } from "./idSchema.js";
import { isoDateSchema } from "./isoDateSchema.js";

describe("idSchema", () => {
  it.each([
    ["org-by-ho-red-cross", true],
    ["urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66", true],
    ["Иванов", true],
    ["x".repeat(200), true],
    ["x".repeat(201), false],
    ["", false],
    ["red cross", false],
    ["tab\there", false],
  ])("tells whether %j is an id", (id, valid) => {
    expect(idSchema.safeParse(id).success).toBe(valid);
  });

  it("reports invalid_id with the expected form when the id has spaces", () => {
    const result = createParsers(idSchema).safeParse("red cross");
    expect(result).toMatchObject({
      success: false,
      issues: [{ code: "invalid_id", path: [], received: '"red cross"' }],
    });
  });
});

describe("isoDateSchema", () => {
  it.each([
    ["2014-04-16", true],
    ["2016-02-29", true],
    ["2014-02-29", false],
    ["2014-13-01", false],
    ["16.04.2014", false],
    ["2014-4-16", false],
    ["2014-04-16T00:00:00Z", false],
  ])("tells whether %s is a real date", (date, valid) => {
    expect(isoDateSchema.safeParse(date).success).toBe(valid);
  });

  it("reports invalid_date when the day does not exist", () => {
    const result = createParsers(isoDateSchema).safeParse("2014-02-30");
    expect(result).toMatchObject({ success: false, issues: [{ code: "invalid_date", path: [] }] });
  });

  it("reports invalid_type, not invalid_date, when the value is a number", () => {
    const result = createParsers(isoDateSchema).safeParse(20140416);
    expect(result).toMatchObject({ success: false, issues: [{ code: "invalid_type", path: [] }] });
  });
});
