/**
 * Which set of records a raw table counts, so that publication can tell tables of the same records
 * apart from tables of other records. The link is kept beside the objects (weak maps), never in
 * them: a fingerprint of record ids must not travel with a published table.
 */

/** A source fingerprint: the same records (in any order) give the same string. */
export type RecordSource = string;

const encodedSources = new WeakMap<object, RecordSource>();
const tableSources = new WeakMap<object, RecordSource>();

/** FNV-1a over the UTF-16 code units of a string, with a seed (32 bits). */
export function hash32(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // Final avalanche (murmur3 fmix32), so that sums of hashes do not cancel on similar ids.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Mixes a 32-bit value into a running 32-bit hash (murmur3 fmix32 of the xor). */
export function mix32(h: number, value: number): number {
  let x = (h ^ value) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/**
 * Accumulates an order-independent fingerprint of rows: two 32-bit lane sums of per-row hashes and
 * the count, so a set of records gives the same source whatever its order.
 */
export class SourceFingerprint {
  private low = 0;
  private high = 0;
  private count = 0;

  /** Adds one row by the hash of its content. */
  addHash(row: number): void {
    this.low = (this.low + row) >>> 0;
    this.high = (this.high + mix32(row, 0x9e3779b9)) >>> 0;
    this.count++;
  }

  /** Adds one row by an identifier that stands for its content (a pseudonym). */
  add(id: string): void {
    this.addHash(hash32(id, 0x811c9dc5));
  }

  /** The fingerprint of everything added. */
  value(): RecordSource {
    return `${this.count.toString(36)}:${this.high.toString(36)}:${this.low.toString(36)}`;
  }
}

/** Remembers the source of an encoded record set (set by `encodeCases`). */
export function setEncodedSource(encoded: object, source: RecordSource): void {
  encodedSources.set(encoded, source);
}

/** The source of an encoded record set, if it was encoded here. */
export function encodedSource(encoded: object): RecordSource | undefined {
  return encodedSources.get(encoded);
}

/** Remembers which records a raw table counts; returns the table. */
export function withTableSource<T extends object>(table: T, source: RecordSource | undefined): T {
  if (source !== undefined) tableSources.set(table, source);
  return table;
}

/** The records a table counts, when it came from `aggregate`, `crossTab`, `trend` or `partialTable`. */
export function tableSource(table: object): RecordSource | undefined {
  return tableSources.get(table);
}
