import type { ReaderModel } from "./readerModel.js";

/**
 * Integer witness tables of one reader model kept between calls: per atom its count, or -1 where
 * the witness says nothing (atoms of other connected groups). Secondary suppression only ever hides
 * more entries, which relaxes the reader's knowledge, so a witness verified in one round is mostly
 * still a witness in the next; it is checked again, exactly, before it counts.
 */
export interface WitnessPool {
  vectors: readonly Int32Array[];
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
    const inherited = adopt && latest !== null && sameStructure(latest.model, model) ? latest.pool.vectors : [];
    pool = { vectors: inherited };
    pools.set(model, pool);
  }
  latest = { model, pool };
  return pool;
}
