import { type RecordSource, tableSource } from "./internal/recordSource.js";
import type { StatTable } from "./statTable.js";

/** One table published in this process: the raw table, its options, and what went out. */
interface Publication {
  readonly raw: StatTable;
  /** The protection options, as text (`null` when a cost function makes them incomparable). */
  readonly options: string | null;
  readonly published: StatTable;
}

// Per record set, what `publishTable` and `publishTables` returned. Tables of the same records
// disclose together what neither does alone, so each new publication is protected against these.
const history = new Map<RecordSource, Publication[]>();

/** The counts and layout of a raw table, as text, to recognise the same table published again. */
function countsOf(table: StatTable): string {
  return JSON.stringify([
    table.dimensions.map((d) => [d.name, d.filtered ?? false, d.categories.map((c) => [c.code, c.members ?? null])]),
    table.cells.map((cell) => cell.value),
    table.totals.map((cell) => cell.value),
  ]);
}

/** What earlier publications of the same records mean for new raw tables. */
export interface EarlierPublications {
  /** Per new table, the table already published for the same counts and options, if any. */
  readonly repeats: readonly (StatTable | undefined)[];
  /** The tables published before from the same records (the implicit ledger). */
  readonly ledger: readonly StatTable[];
}

/** Finds what was published before from the records of `tables` (tables without a known source have none). */
export function earlierPublications(tables: readonly StatTable[], options: string | null): EarlierPublications {
  const ledger = new Set<StatTable>();
  const repeats = tables.map((table) => {
    const source = tableSource(table);
    if (source === undefined) return undefined;
    const before = history.get(source) ?? [];
    for (const publication of before) ledger.add(publication.published);
    if (options === null) return undefined;
    const counts = countsOf(table);
    return before.find((publication) => publication.options === options && countsOf(publication.raw) === counts)
      ?.published;
  });
  return { repeats, ledger: [...ledger] };
}

/** Remembers tables that were published (raw and protected, in the same order). */
export function rememberPublished(
  raws: readonly StatTable[],
  published: readonly StatTable[],
  options: string | null,
): void {
  raws.forEach((raw, i) => {
    const source = tableSource(raw);
    const out = published[i];
    if (source === undefined || out === undefined) return;
    const list = history.get(source);
    const publication = { raw, options, published: out };
    if (list === undefined) history.set(source, [publication]);
    else list.push(publication);
  });
}

/**
 * Forgets every table that {@link publishTable} and {@link publishTables} published in this process.
 *
 * @remarks
 * Publication remembers, per set of records, the tables it returned, and protects every later
 * table of the same records against them (as if they were passed in `options.published`), so that
 * tables published one by one cannot disclose together what none discloses alone. The memory
 * lasts as long as the process (one entry per published table). Forget only when the earlier
 * tables are withdrawn, or when a new release will pass them explicitly in `options.published`
 * (a service that publishes the same records again in another process must do that anyway).
 *
 * @example
 * ```ts
 * import { crossTab, forgetPublishedTables, publishTable } from "@nrmkit/stats";
 * import { generateSyntheticCases } from "@nrmkit/core/synthetic";
 *
 * const records = generateSyntheticCases({ count: 300, seed: 17 });
 * const first = publishTable(crossTab(records, "regionId", "gender"));
 * // A second table of the same records is protected against the first one.
 * publishTable(crossTab(records, "regionId", "ageGroup"));
 * forgetPublishedTables();
 * first.disclosure.audit?.passed;
 * // => true
 * ```
 *
 * @category Disclosure control
 * @since 0.1.0
 */
export function forgetPublishedTables(): void {
  history.clear();
}
