import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { trusted, type WitnessPool } from "./witnessPool.js";

const intervals = (size: number) =>
  fc.array(
    fc.tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 9 }), fc.boolean()).map(([a, b, open]) => ({
      lower: Math.min(a, b),
      upper: open ? Number.POSITIVE_INFINITY : Math.max(a, b),
    })),
    { minLength: size, maxLength: size },
  );

const knowledge = (list: readonly { lower: number; upper: number }[]) => ({
  lower: Float64Array.from(list, (i) => i.lower),
  upper: Float64Array.from(list, (i) => i.upper),
});

describe("trusted", () => {
  it("trusts the pool exactly when every interval now contains the one its witnesses were verified under", () => {
    const pairs = fc.integer({ min: 1, max: 6 }).chain((size) => fc.tuple(intervals(size), intervals(size)));
    fc.assert(
      fc.property(pairs, ([before, now]) => {
        const pool: WitnessPool = { vectors: [], verifiedUnder: knowledge(before) };
        // Read separately: a witness meeting every old interval meets every new one when each new
        // interval contains the old one.
        const contains = now.every((n, q) => n.lower <= (before[q]?.lower ?? 0) && n.upper >= (before[q]?.upper ?? 0));
        expect(trusted(pool, knowledge(now))).toBe(contains);
      }),
    );
  });

  it("never trusts a pool verified under nothing, or over other quantities", () => {
    const known = knowledge([{ lower: 0, upper: 5 }]);
    expect(trusted({ vectors: [], verifiedUnder: null }, known)).toBe(false);
    expect(trusted({ vectors: [], verifiedUnder: knowledge([]) }, known)).toBe(false);
  });
});
