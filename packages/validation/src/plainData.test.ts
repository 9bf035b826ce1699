// Only plain own data is a case record: inherited records, class instances, getters and proxies
// are rejected with an issue, and nothing in them can make validation throw.
import { generateSyntheticCases } from "@nrmkit/core/synthetic";
import { describe, expect, it } from "vitest";
import { safeParseCaseRecord } from "./caseRecordSchema.js";
import { isCaseRecord, validateCaseRecords } from "./caseRecordValidator.js";
import { ru } from "./locales/index.js";

const [record] = generateSyntheticCases({ count: 1, seed: 9 });
const valid = record as object;

class Case {
  constructor(source: object) {
    Object.assign(this, source);
  }
}

const throwing = new Proxy(
  {},
  {
    ownKeys() {
      throw new Error("trap");
    },
    get() {
      throw new Error("trap");
    },
    getPrototypeOf() {
      throw new Error("trap");
    },
  },
);
const withGetter = Object.defineProperty({ ...valid }, "gender", {
  enumerable: true,
  get() {
    throw new Error("getter");
  },
});
const { proxy: revoked, revoke } = Proxy.revocable({ ...valid }, {});
revoke();

const hostile: readonly (readonly [string, unknown])[] = [
  ["an inherited record", Object.create(valid)],
  ["a class instance", new Case(valid)],
  ["a throwing getter", withGetter],
  ["a non-throwing getter", Object.defineProperty({ ...valid }, "gender", { enumerable: true, get: () => "female" })],
  ["a proxy whose traps throw", throwing],
  ["a revoked proxy", revoked],
  ["a symbol key", { ...valid, [Symbol("x")]: 1 }],
];

describe("isCaseRecord", () => {
  it("accepts the plain record they are built from", () => {
    expect(isCaseRecord(valid)).toBe(true);
    expect(isCaseRecord(Object.assign(Object.create(null), valid))).toBe(true);
  });

  it.each(hostile)("rejects %s without throwing", (_name, value) => {
    expect(isCaseRecord(value)).toBe(false);
  });
});

describe("validateCaseRecords", () => {
  it("rejects every hostile value with an issue and returns none of them", () => {
    const result = validateCaseRecords(hostile.map(([, value]) => value));
    expect(result.valid).toEqual([]);
    expect(result.rejected.map((row) => row.index)).toEqual(hostile.map((_, index) => index));
    for (const row of result.rejected) expect(row.issues.length).toBeGreaterThan(0);
  });
});

describe("safeParseCaseRecord", () => {
  it.each(hostile)("rejects %s with not_plain_data", (_name, value) => {
    const result = safeParseCaseRecord(value);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.issues.map((issue) => issue.code)).toEqual(["not_plain_data"]);
  });

  it("names the path of a getter deep inside the input", () => {
    const value = { ...valid, exploitation: Object.defineProperty([], "0", { enumerable: true, get: () => "x" }) };
    const result = safeParseCaseRecord(value, { locale: ru });
    expect(result.success ? [] : result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["not_plain_data", ["exploitation", 0]],
    ]);
    expect(result.success ? "" : result.issues[0]?.message).toContain("геттер или сеттер");
  });
});
