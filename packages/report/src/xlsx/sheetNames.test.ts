import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sheetNames } from "./sheetNames.js";

describe("sheetNames", () => {
  it.each([
    [["Registered victims by region and sex"], ["Registered victims by region an"]],
    [
      ["a/b:c", "A/B:C"],
      ["a b c", "A B C (2)"],
    ],
    [
      ["", "History", "'quoted'"],
      ["Table 1", "Table 2", "quoted"],
    ],
    // Found by the property below: stripping the apostrophes bared a space, then the space another one.
    [
      ["' ';", "; ' '"],
      [";", "; (2)"],
    ],
  ])("makes %j valid and distinct", (captions, expected) => {
    expect(sheetNames(captions)).toEqual(expected);
  });

  it("always gives names Excel accepts, distinct without regard to case", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 40 }), { maxLength: 30 }), (captions) => {
        const names = sheetNames(captions);
        expect(names).toHaveLength(captions.length);
        for (const name of names) {
          expect([...name].length).toBeGreaterThan(0);
          expect([...name].length).toBeLessThanOrEqual(31);
          expect(name).not.toMatch(/[\\/?*:[\]]|^'|'$/);
          expect(name.toLowerCase()).not.toBe("history");
        }
        expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(names.length);
      }),
    );
  });
});
