import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { suppressionInput } from "../../../test/suppressionInput.js";
import { table2 } from "../../../test/tableFixtures.js";
import { cheapestIn, finestIn } from "./partnerChoice.js";

// Two-way tables with whole rows and columns of zeros, and some entries already hidden.
const tables = fc
  .tuple(fc.integer({ min: 2, max: 5 }), fc.integer({ min: 2, max: 5 }))
  .chain(([rows, columns]) =>
    fc.record({
      counts: fc.array(fc.array(fc.integer({ min: 0, max: 6 }), { minLength: columns, maxLength: columns }), {
        minLength: rows,
        maxLength: rows,
      }),
      zeroRows: fc.uniqueArray(fc.integer({ min: 0, max: rows - 1 }), { maxLength: rows - 1 }),
      zeroColumns: fc.uniqueArray(fc.integer({ min: 0, max: columns - 1 }), { maxLength: columns - 1 }),
      hidden: fc.array(fc.boolean(), { minLength: (rows + 1) * (columns + 1), maxLength: (rows + 1) * (columns + 1) }),
    }),
  )
  .map(({ counts, zeroRows, zeroColumns, hidden }) => ({
    counts: counts.map((row, r) => row.map((v, c) => (zeroRows.includes(r) || zeroColumns.includes(c) ? 0 : v))),
    hidden,
  }));

/** The suppression input of a drawn table, with its drawn entries hidden (never a grand total). */
function withHidden({ counts, hidden }: { counts: number[][]; hidden: boolean[] }) {
  const { input, settings } = suppressionInput(table2(counts), 3, 5);
  const marks = Uint8Array.from(input.exact, (_, q) => (hidden[q] === true && input.grandTotals[q] !== 1 ? 2 : 0));
  return { input, settings, marks };
}

describe("cheapestIn", () => {
  it("never offers a zero of a line of zeros as a partner, and offers a shown count when the line has one", () => {
    fc.assert(
      fc.property(tables, (drawn) => {
        const { input, settings, marks } = withHidden(drawn);
        // An independent reading of the rule: the lines (relations) whose counts are all zero.
        const zeroLine = (q: number) =>
          input.relations.some((relation) => relation.includes(q) && relation.every((p) => input.exact[p] === 0));
        for (const relation of input.relations) {
          const chosen = cheapestIn(input, relation, marks, settings, true);
          const offered = relation.filter(
            (q) =>
              marks[q] === 0 &&
              input.grandTotals[q] !== 1 &&
              input.isNew[q] === 1 &&
              !(input.exact[q] === 0 && zeroLine(q)),
          );
          if (offered.length === 0) expect(chosen).toBe(-1);
          else {
            expect(offered).toContain(chosen);
            expect(input.exact[chosen] === 0 && zeroLine(chosen)).toBe(false);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("finestIn", () => {
  it("offers a line's total only when none of its parts can go, and of the parts the cheapest", () => {
    fc.assert(
      fc.property(tables, (drawn) => {
        const { input, settings, marks } = withHidden(drawn);
        const offered = (q: number) =>
          marks[q] === 0 && input.grandTotals[q] !== 1 && input.isNew[q] === 1 && input.exact[q] !== 0;
        for (const relation of input.relations) {
          const chosen = finestIn(input, relation, marks, settings);
          const candidates = relation.filter(offered);
          if (candidates.length === 0) {
            expect(chosen).toBe(-1);
            continue;
          }
          expect(candidates).toContain(chosen);
          // A line's total holds the person types of every part: a shown part goes first.
          const types = (q: number) => input.model.quantities[q]?.length ?? 0;
          const finest = Math.min(...candidates.map(types));
          expect(types(chosen)).toBe(finest);
          const cheapest = Math.min(...candidates.filter((q) => types(q) === finest).map((q) => settings.cost[q] ?? 0));
          expect(settings.cost[chosen]).toBe(cheapest);
        }
      }),
      { numRuns: 200 },
    );
  });
});
