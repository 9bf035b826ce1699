import { describe, expect, it } from "vitest";
import type { LocalizedText } from "./localizedText.js";
import { pickText } from "./localizedText.js";

const vitebsk: LocalizedText = { en: "Vitebsk", ru: "Витебск", "be-Latn": "Viciebsk" };

describe("pickText", () => {
  it.each([
    [vitebsk, ["ru"], { text: "Витебск", locale: "ru", isFallback: false }],
    [vitebsk, ["be", "en"], { text: "Vitebsk", locale: "en", isFallback: true }],
    [vitebsk, ["be-Latn"], { text: "Viciebsk", locale: "be-Latn", isFallback: false }],
    [vitebsk, ["ru-BY"], { text: "Витебск", locale: "ru", isFallback: false }],
    [{ en: "Vitebsk" }, ["ru"], { text: "Vitebsk", locale: "en", isFallback: true }],
    [{ ru: "", en: "Vitebsk" }, ["ru"], { text: "Vitebsk", locale: "en", isFallback: true }],
    [vitebsk, [], { text: "Vitebsk", locale: "en", isFallback: true }],
    [{}, ["en"], { text: "", locale: undefined, isFallback: true }],
    [undefined, ["en"], { text: "", locale: undefined, isFallback: true }],
  ] as const)("picks from %j for %j", (text, locales, expected) => {
    expect(pickText(text, locales)).toEqual(expected);
  });
});
