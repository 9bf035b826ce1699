import type { RandomSource } from "./randomSource.js";

/** A uniform integer in [0, n) for n ≤ 2^32, by rejection (no modulo bias). */
export function uniformIndex(n: number, random: RandomSource): number {
  const limit = 2 ** 32 - (2 ** 32 % n);
  for (;;) {
    const word = random.nextUint32();
    if (word < limit) return word % n;
  }
}
