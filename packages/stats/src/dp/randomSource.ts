import { NrmkitError } from "@nrmkit/core";

/**
 * A source of independent uniform 32-bit unsigned integers, the only randomness the samplers use.
 *
 * @remarks
 * Use {@link cryptoRandom} for releases; {@link seededRandom} is for tests and reproducible examples.
 * A source of your own must return integers from 0 to 2^32 − 1, each equally likely.
 *
 * @example
 * ```ts
 * import { type RandomSource, sampleDiscreteLaplace, rationalOf } from "@nrmkit/stats/dp";
 *
 * // xorshift32: fine to show the interface, far too weak for a release.
 * let state = 2463534242;
 * const xorshift: RandomSource = {
 *   nextUint32() {
 *     state ^= state << 13;
 *     state ^= state >>> 17;
 *     state ^= state << 5;
 *     return state >>> 0;
 *   },
 * };
 * Number.isInteger(sampleDiscreteLaplace(rationalOf(2), xorshift));
 * // => true
 * ```
 *
 * @category Differential privacy
 * @since 0.1.0
 */
export interface RandomSource {
  /**
   * Draws the next value.
   *
   * @returns An integer from 0 to 2^32 − 1.
   */
  nextUint32(): number;
}

// Web Crypto fills at most 65,536 bytes per call; 256 words keep calls rare and the buffer small.
const BUFFER_WORDS = 256;

/**
 * A random source backed by the platform's cryptographic generator (`globalThis.crypto.getRandomValues`).
 *
 * @remarks
 * Works in browsers, edge runtimes and Node 20 without imports. Words are fetched 256 at a time.
 * This is the source to use for any release of noisy statistics.
 *
 * @returns A source of cryptographically strong uniform 32-bit integers.
 * @throws NrmkitError with code `invalid_operation` when the runtime has no Web Crypto.
 *
 * @example
 * ```ts
 * import { cryptoRandom } from "@nrmkit/stats/dp";
 *
 * const value = cryptoRandom().nextUint32();
 * value >= 0 && value < 2 ** 32;
 * // => true
 * ```
 *
 * @category Differential privacy
 * @since 0.1.0
 */
export function cryptoRandom(): RandomSource {
  const crypto = (globalThis as { crypto?: { getRandomValues?: <T extends Uint32Array>(array: T) => T } }).crypto;
  const getRandomValues = crypto?.getRandomValues;
  if (crypto === undefined || getRandomValues === undefined) {
    throw new NrmkitError(
      "invalid_operation",
      "crypto.getRandomValues: expected Web Crypto, received none in this runtime",
    );
  }
  const buffer = new Uint32Array(BUFFER_WORDS);
  let next = BUFFER_WORDS;
  return {
    nextUint32(): number {
      if (next === BUFFER_WORDS) {
        getRandomValues.call(crypto, buffer);
        next = 0;
      }
      return buffer[next++] as number;
    },
  };
}

/** splitmix32: spreads a seed over the generator's state so nearby seeds give unrelated streams. */
function splitmix32(state: number): [number, number] {
  const next = (state + 0x9e3779b9) | 0;
  let z = next;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return [next, (z ^ (z >>> 16)) >>> 0];
}

/**
 * A deterministic random source (xoshiro128**, seeded by splitmix32) for tests and reproducible examples.
 *
 * @remarks
 * Never use it for a real release: anyone who learns or guesses the seed can subtract the noise.
 * The same seed always gives the same sequence, on every platform.
 *
 * @param seed - A safe integer; different seeds give unrelated sequences.
 * @returns A source that replays the same 32-bit integers for the same seed.
 * @throws NrmkitError with code `invalid_argument` when `seed` is not a safe integer.
 *
 * @example
 * ```ts
 * import { seededRandom } from "@nrmkit/stats/dp";
 *
 * seededRandom(7).nextUint32() === seededRandom(7).nextUint32();
 * // => true
 * ```
 *
 * @category Differential privacy
 * @since 0.1.0
 */
export function seededRandom(seed: number): RandomSource {
  if (!Number.isSafeInteger(seed)) {
    throw new NrmkitError("invalid_argument", `seed: expected a safe integer, received ${String(seed)}`);
  }
  // Both halves of the seed enter the state, so seeds 2^32 apart differ.
  let mix = (seed >>> 0) ^ Math.imul(Math.floor(seed / 2 ** 32) | 0, 0x27d4eb2d);
  const state = new Uint32Array(4);
  for (let i = 0; i < 4; i++) {
    const [next, value] = splitmix32(mix);
    mix = next;
    state[i] = value;
  }
  if (state.every((word) => word === 0)) state[0] = 1; // the all-zero state is a fixed point
  let [s0, s1, s2, s3] = state as unknown as [number, number, number, number];
  return {
    nextUint32(): number {
      const product = Math.imul(s1, 5);
      const result = Math.imul((product << 7) | (product >>> 25), 9) >>> 0;
      const shifted = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= shifted;
      s3 = (s3 << 11) | (s3 >>> 21);
      return result;
    },
  };
}
