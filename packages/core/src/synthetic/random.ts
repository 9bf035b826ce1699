// The seeded randomness of the synthetic generators: one small generator and weighted draws.

/** Values with weights, and the weights' sum, computed once rather than on every pick. */
export interface Weighted<T> {
  readonly entries: readonly (readonly [T, number])[];
  readonly total: number;
}

export function weighted<T>(entries: readonly (readonly [T, number])[]): Weighted<T> {
  return { entries, total: entries.reduce((sum, [, weight]) => sum + weight, 0) };
}

/** mulberry32: tiny, fast and good enough for synthetic data; not for cryptography. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: () => number, table: Weighted<T>): T {
  let roll = random() * table.total;
  for (const [value, weight] of table.entries) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return (table.entries[table.entries.length - 1] as readonly [T, number])[0];
}

export function pickSome<T>(random: () => number, table: Weighted<T>, max: number): T[] {
  const count = Math.floor(random() * (max + 1));
  const chosen = new Set<T>();
  for (let i = 0; i < count; i++) chosen.add(pick(random, table));
  return [...chosen];
}
