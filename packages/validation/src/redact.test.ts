import { isNrmkitError } from "@nrmkit/core";
import { describe, expect, it } from "vitest";
import { findPersonalData, type PersonalDataFinding } from "./confidentiality.js";
import { redact } from "./redact.js";

const text = "Maria Petrova, tel. +375 29 123-45-67";

describe("redact", () => {
  it("masks every finding with its kind by default", () => {
    expect(redact(text, findPersonalData(text))).toBe("[person_name], tel. [phone]");
  });

  it.each([
    ["a fixed string", "***", "***, tel. ***"],
    [
      "a function",
      (finding: PersonalDataFinding) => "█".repeat(finding.text.length),
      "█████████████, tel. █████████████████",
    ],
  ] as const)("uses a mask given as %s", (_name, mask, expected) => {
    expect(redact(text, findPersonalData(text), { mask })).toBe(expected);
  });

  it("accepts findings in any order and merges overlapping ones", () => {
    const findings: PersonalDataFinding[] = [
      { kind: "phone", start: 20, end: 37, text: text.slice(20, 37) },
      { kind: "person_name", start: 0, end: 13, text: "Maria Petrova" },
      { kind: "person_name", start: 6, end: 18, text: text.slice(6, 18) },
    ];
    expect(redact(text, findings, { mask: "#" })).toBe("#. #");
  });

  it("returns the text unchanged when there is nothing to mask", () => {
    expect(redact(text, [])).toBe(text);
  });

  it.each([
    ["out of range", { kind: "phone", start: 30, end: 99, text: "x" }],
    ["not matching the text", { kind: "phone", start: 0, end: 5, text: "Anna " }],
    ["reversed", { kind: "phone", start: 5, end: 0, text: "" }],
  ] as const)("throws invalid_argument for a finding %s", (_name, finding) => {
    expect(() => redact(text, [finding])).toThrow(expect.objectContaining({ code: "invalid_argument" }));
    try {
      redact(text, [finding]);
    } catch (error) {
      expect(isNrmkitError(error, "invalid_argument")).toBe(true);
    }
  });
  it("removes the invisible characters inside a finding with it", () => {
    const hidden = "Ivа\u200bnov Sergei, tel. +375 29 1\u200b23-45-67.";
    expect(redact(hidden, findPersonalData(hidden))).toBe("[person_name], tel. [phone].");
  });
});
