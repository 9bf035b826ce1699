import type { QuantityKnowledge } from "./atomBounds.js";
import type { ReaderModel } from "./readerModel.js";

/**
 * Integer witness tables of one reader model kept between calls: per atom its count, or -1 where
 * the witness says nothing (atoms of other connected groups). Secondary suppression only ever hides
 * more entries, which relaxes the reader's knowledge, so a witness verified in one round is still a
 * witness in the next; it is checked again, exactly, before it counts, unless the knowledge it was
 * verified under is tighter (see {@link trusted}).
 */
export interface WitnessPool {
  vectors: readonly Int32Array[];
  /** The knowledge every vector was verified under, exactly (`null`: none yet). */
  verifiedUnder: QuantityKnowledge | null;
}

/**
 * Whether the pool's witnesses hold under `known` without checking them again: every interval of
 * `known` contains the one they were verified under (the links are the model's, the same), so every
 * constraint they met still holds. bench:joint, 2,000 records: checking 150 witnesses against 2,000
 * rows again took 30 to 45 ms in each suppression round.
 */
export function trusted(pool: WitnessPool, known: QuantityKnowledge): boolean {
  const before = pool.verifiedUnder;
  if (before === null || before.lower.length !== known.lower.length) return false;
  for (let q = 0; q < known.lower.length; q++) {
    if ((known.lower[q] as number) > (before.lower[q] as number)) return false;
    if ((known.upper[q] as number) < (before.upper[q] as number)) return false;
  }
  return true;
}

const pools = new WeakMap<ReaderModel, WitnessPool>();

/**
 * The model of the latest call and its pool. Held strongly, not by a weak reference: whether a pool
 * is adopted must not depend on when the garbage collector runs.
 */
let latest: { readonly model: ReaderModel; readonly pool: WitnessPool } | null = null;

function equalArrays(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Whether two models have the same atoms, quantities and links (as the same tables, hidden differently, give). */
function sameStructure(a: ReaderModel, b: ReaderModel): boolean {
  return (
    a.atomCount === b.atomCount &&
    a.quantities.length === b.quantities.length &&
    a.links.length === b.links.length &&
    a.quantities.every((atoms, q) => equalArrays(atoms, b.quantities[q] as Int32Array)) &&
    a.links.every((link, l) => {
      const other = b.links[l] as ReaderModel["links"][number];
      return (
        link.kind === other.kind &&
        equalArrays(link.atoms, other.atoms) &&
        equalArrays(link.coefficients, other.coefficients)
      );
    })
  );
}

/**
 * The pool of a model (empty at first). With `adopt`, a model seen for the first time starts from the
 * pool of the latest model when both have the same structure: protectTables' final audit rebuilds the
 * model its suppression rounds used, and starts from their witnesses.
 */
export function witnessPool(model: ReaderModel, adopt = false): WitnessPool {
  let pool = pools.get(model);
  if (pool === undefined) {
    const inherit = adopt && latest !== null && sameStructure(latest.model, model);
    pool = inherit
      ? { vectors: latest?.pool.vectors ?? [], verifiedUnder: latest?.pool.verifiedUnder ?? null }
      : { vectors: [], verifiedUnder: null };
    pools.set(model, pool);
  }
  latest = { model, pool };
  return pool;
}
