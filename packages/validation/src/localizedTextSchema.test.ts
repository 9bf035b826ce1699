import { describe, expect, it } from "vitest";
import { createParsers } from "./createParsers.js";
import { languageTagSchema, localizedTextSchema } from "./localizedTextSchema.js";

const { safeParse } = createParsers(localizedTextSchema);

describe("localizedTextSchema", () => {
  it("keeps every language when the keys are language tags", () => {
    const text = { en: "Vitebsk", ru: "Витебск", "be-Latn": "Viciebsk", "ru-BY": "", fil: "x" };
    expect(safeParse(text)).toEqual({ success: true, data: text });
  });

  it.each([
    ["a non-string value", { en: 1 }, "invalid_type", ["en"]],
    ["a key that is not a tag", { English: "x" }, "invalid_language_tag", ["English"]],
    ["a constructor key", { constructor: "x" }, "forbidden_key", ["constructor"]],
    ["a prototype key", { prototype: "x" }, "forbidden_key", ["prototype"]],
    ["an own __proto__ key", JSON.parse('{"en":"x","__proto__":{"polluted":true}}'), "forbidden_key", ["__proto__"]],
    ["an array", ["x"], "invalid_type", []],
  ])("reports %s", (_name, input, code, path) => {
    const result = safeParse(input);
    expect(result.success ? [] : result.issues.map((issue) => [issue.code, issue.path])).toContainEqual([code, path]);
  });

  it("never sets the prototype of its output when the input has an own __proto__ key", () => {
    const result = localizedTextSchema.safeParse(JSON.parse('{"__proto__":{"polluted":true}}'));
    expect(result.success).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("languageTagSchema", () => {
  it.each([
    ["en", true],
    ["be-Latn", true],
    ["zh-Hant-TW", true],
    ["es-419", true],
    ["EN", false],
    ["english", false],
    ["e", false],
    ["en_US", false],
  ])("tells whether %s is a language tag", (tag, valid) => {
    expect(languageTagSchema.safeParse(tag).success).toBe(valid);
  });
});
