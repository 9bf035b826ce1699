import { type CaseRecord, NrmkitError } from "@nrmkit/core";
import type { AggregateSpec } from "./aggregate.js";
import type { DimensionOptions } from "./dimensions.js";
import { encodeCases } from "./encodeCases.js";
import { type CompiledDimension, dimensionOptions } from "./internal/counting/compileDimension.js";
import { compileSpec } from "./internal/counting/compileSpec.js";
import { canonicalJson, partialTableOf } from "./internal/counting/partialTable.js";
import { userLabelsOf } from "./internal/counting/userLabels.js";
import { inLocale } from "./localizeTable.js";
import { createPseudonymiser, type PseudonymSecret } from "./pseudonym.js";
import type { StatsLocale } from "./statsLocale.js";
import type { StatTable } from "./statTable.js";

/**
 * How an agency pseudonymises its cases for sharing: the case key every party can derive, and the shared secret.
 *
 * @example
 * ```ts
 * import type { PseudonymOptions } from "@nrmkit/stats";
 *
 * const options: PseudonymOptions = { key: (record) => record.id, secret: "a shared secret of the MoU parties" };
 * ```
 *
 * @category Sharing
 * @since 0.1.0
 */
export interface PseudonymOptions {
  /** The key that identifies a person across agencies (a national case number, a normalised identity string). */
  readonly key: (record: CaseRecord) => string;
  /** The secret shared by the MoU parties (at least 16 bytes). */
  readonly secret: PseudonymSecret;
}

/**
 * One person in a partial aggregate: a keyed pseudonym and the category codes per dimension.
 *
 * @example
 * ```ts
 * import type { PartialPerson } from "@nrmkit/stats";
 *
 * const person: PartialPerson = { pseudonym: "9f86d081884c7d659a2feaa0c55ad015", values: [["2014"], ["BY-HO"], ["labour", "sexual"]] };
 * ```
 *
 * @category Sharing
 * @since 0.1.0
 */
export interface PartialPerson {
  /** HMAC-SHA-256 pseudonym of the person's case key (32 hex digits). */
  readonly pseudonym: string;
  /** Per dimension (in the order of the spec), the sorted category codes that apply. */
  readonly values: readonly (readonly string[])[];
}

/**
 * What one agency (or several, merged) contributes to shared statistics: one entry per pseudonymous person, no agency named.
 *
 * @remarks
 * Partials form a monoid under {@link mergePartials} with {@link emptyPartial} as identity: merging
 * is associative, commutative and idempotent, so the order in which agencies' partials arrive
 * does not matter and a partial merged twice changes nothing. A partial carries coded values per
 * person (not counts) because de-duplication must be exact: two agencies that registered the
 * same person both list its pseudonym, and the merge keeps one entry with the union of their
 * values. It is confidential between the parties (anyone with the secret can test a known key):
 * publish only the protected table of {@link partialTable}. Persons whose registration date no
 * period of the spec can hold whole (a year-only date in monthly periods) are listed apart in
 * `unplaced`, so that {@link partialTable} can say how many it could not count.
 *
 * @example
 * ```ts
 * import { emptyPartial, type PartialAggregate } from "@nrmkit/stats";
 *
 * emptyPartial.persons.length;
 * // => 0
 * ```
 *
 * @category Sharing
 * @since 0.1.0
 */
export interface PartialAggregate {
  /** Discriminator. */
  readonly kind: "partial_aggregate";
  /** Shape version. */
  readonly version: 1;
  /** The aggregation spec every merged partial must share; `null` only in {@link emptyPartial}. */
  readonly spec: AggregateSpec | null;
  /** The persons, sorted by pseudonym. */
  readonly persons: readonly PartialPerson[];
  /** Pseudonyms (sorted) of persons whose registration date could not be placed in a single period, and who are not among `persons`. */
  readonly unplaced: readonly string[];
}

/**
 * The identity of {@link mergePartials}: merging it with any partial gives that partial.
 *
 * @example
 * ```ts
 * import { emptyPartial, mergePartials } from "@nrmkit/stats";
 *
 * mergePartials(emptyPartial, emptyPartial) === emptyPartial;
 * // => true
 * ```
 *
 * @category Sharing
 * @since 0.1.0
 */
export const emptyPartial: PartialAggregate = Object.freeze({
  kind: "partial_aggregate",
  version: 1,
  spec: null,
  persons: Object.freeze([]) as readonly PartialPerson[],
  unplaced: Object.freeze([]) as readonly string[],
});

function unionSorted(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])].sort();
}

function normaliseSpec(spec: AggregateSpec): AggregateSpec {
  // Titles, labels and their language do not change the counts, so they do not block a merge.
  const { title: _title, locale: _locale, ...rest } = spec;
  const dimensions: DimensionOptions[] = spec.dimensions.map(dimensionOptions);
  return JSON.parse(JSON.stringify({ ...rest, dimensions })) as AggregateSpec;
}

/** The leaf category codes a record has along a compiled dimension, or `null` when left out. */
function codesOf(dimension: CompiledDimension, key: number): string[] | null {
  const categories = dimension.dimension.categories;
  if (dimension.kind === "index") {
    const index = dimension.index[key] as number;
    return index < 0 ? null : [(categories[index] as (typeof categories)[number]).code];
  }
  const mask = dimension.masks[key] as number;
  if (mask === 0) return null;
  const codes: string[] = [];
  categories.forEach((category, i) => {
    if (category.members === undefined && (mask & (1 << i)) !== 0) codes.push(category.code);
  });
  return codes;
}

/**
 * Computes an agency's partial aggregate: its cases as pseudonymous persons with their category codes.
 *
 * @remarks
 * Records that the spec leaves out (categories, dates) are not included. Several records with the
 * same key (one person registered twice) become one person. A record whose registration date no
 * period can hold whole (a year or a month that spans several periods, or the edge of
 * `from`/`to`) is not placed in January: its person goes to `unplaced` unless another record
 * places them, so every key ends up either among `persons`, among `unplaced`, or left out by
 * the spec's categories and dates.
 *
 * @param records - The agency's case records.
 * @param spec - The aggregation spec agreed by the parties (same for every agency).
 * @param options - The case key and the shared secret.
 * @returns The partial aggregate.
 * @throws NrmkitError with code `invalid_argument` for a bad spec or a short secret.
 *
 * @example
 * ```ts
 * import { generateSyntheticCases } from "@nrmkit/core/synthetic";
 * import { partialAggregate } from "@nrmkit/stats";
 *
 * const secret = "a shared secret of the MoU parties";
 * const records = generateSyntheticCases({ count: 50, seed: 1 });
 * const partial = await partialAggregate(records, { dimensions: ["regionId"] }, { key: (record) => record.id, secret });
 * partial.persons.length;
 * // => 50
 * ```
 *
 * @category Sharing
 * @since 0.1.0
 */
export async function partialAggregate(
  records: readonly CaseRecord[],
  spec: AggregateSpec,
  options: PseudonymOptions,
): Promise<PartialAggregate> {
  const pseudonymise = await createPseudonymiser(options.secret);
  const encoded = encodeCases(records, spec.fields === undefined ? {} : { fields: spec.fields });
  const { compiled, range } = compileSpec(encoded, spec);
  const rows = new Map<string, string[][]>();
  const pseudonyms = await Promise.all(records.map((record) => pseudonymise(options.key(record))));
  const unplaced = new Set<string>();
  const dated = [...compiled, ...(range === null ? [] : [range])].filter((dimension) => dimension.unplaced != null);
  records.forEach((_, i) => {
    if (dated.some((dimension) => dimension.unplaced?.[dimension.keys[i] as number] === 1)) {
      unplaced.add(pseudonyms[i] as string);
      return;
    }
    if (range !== null && codesOf(range, range.keys[i] as number) === null) return;
    const values: string[][] = [];
    for (const dimension of compiled) {
      const codes = codesOf(dimension, dimension.keys[i] as number);
      if (codes === null) return;
      values.push(codes);
    }
    const pseudonym = pseudonyms[i] as string;
    const known = rows.get(pseudonym);
    rows.set(
      pseudonym,
      known === undefined
        ? values.map((codes) => [...codes].sort())
        : known.map((codes, j) => unionSorted(codes, values[j] ?? [])),
    );
  });
  const persons = [...rows.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([pseudonym, values]): PartialPerson => ({ pseudonym, values }));
  return {
    kind: "partial_aggregate",
    version: 1,
    spec: normaliseSpec(spec),
    persons,
    unplaced: [...unplaced].filter((pseudonym) => !rows.has(pseudonym)).sort(),
  };
}

/**
 * Merges two partial aggregates, counting a person registered by both agencies once.
 *
 * @remarks
 * Persons are matched by pseudonym; a person in both keeps the union of the recorded values
 * (for a single-valued dimension the published table then uses the first known value in category
 * order, e.g. the earliest period). A person unplaced by one agency but placed by another is
 * placed. Associative, commutative, idempotent, with identity {@link emptyPartial}.
 *
 * @param a - A partial aggregate.
 * @param b - Another partial aggregate with the same spec.
 * @returns The merged partial.
 * @throws NrmkitError with code `invalid_argument` when the specs differ.
 *
 * @example
 * ```ts
 * import { generateSyntheticCases } from "@nrmkit/core/synthetic";
 * import { mergePartials, partialAggregate, type PseudonymOptions } from "@nrmkit/stats";
 *
 * const options: PseudonymOptions = { key: (record) => record.id, secret: "a shared secret of the MoU parties" };
 * const cases = generateSyntheticCases({ count: 60, seed: 1 });
 * // The police registered the first 40 persons, an NGO the last 40: 20 persons are known to both.
 * const police = await partialAggregate(cases.slice(0, 40), { dimensions: ["regionId"] }, options);
 * const ngo = await partialAggregate(cases.slice(20), { dimensions: ["regionId"] }, options);
 * mergePartials(police, ngo).persons.length;
 * // => 60
 * ```
 *
 * @category Sharing
 * @since 0.1.0
 */
export function mergePartials(a: PartialAggregate, b: PartialAggregate): PartialAggregate {
  if (a.spec === null) return b;
  if (b.spec === null) return a;
  if (canonicalJson(a.spec) !== canonicalJson(b.spec)) {
    throw new NrmkitError("invalid_argument", "partials: expected the same aggregation spec, received different specs");
  }
  const persons: PartialPerson[] = [];
  let i = 0;
  let j = 0;
  while (i < a.persons.length || j < b.persons.length) {
    const left = a.persons[i];
    const right = b.persons[j];
    if (right === undefined || (left !== undefined && left.pseudonym < right.pseudonym)) {
      persons.push(left as PartialPerson);
      i++;
    } else if (left === undefined || right.pseudonym < left.pseudonym) {
      persons.push(right);
      j++;
    } else {
      persons.push({
        pseudonym: left.pseudonym,
        values: left.values.map((codes, d) => unionSorted(codes, right.values[d] ?? [])),
      });
      i++;
      j++;
    }
  }
  // A person one agency could not place but another did is counted, so no longer unplaced.
  const placed = new Set(persons.map((person) => person.pseudonym));
  const unplaced = unionSorted(a.unplaced, b.unplaced).filter((pseudonym) => !placed.has(pseudonym));
  return { kind: "partial_aggregate", version: 1, spec: a.spec, persons, unplaced };
}

/**
 * Counts a (merged) partial aggregate into a raw table, ready for {@link publishTable}.
 *
 * @remarks
 * The table has no agency dimension and no trace of who contributed what: the GBVIMS rule that
 * consolidated data identify neither victims nor contributing agencies holds as long as only the
 * protected table leaves the parties. A party can still subtract its own counts from a published
 * cell; rounding (`rounding` in {@link protectTable}) blurs such differences. As in
 * {@link aggregate}, a note says how many persons could not be placed in a single period.
 *
 * @param partial - A partial aggregate, usually merged from several agencies.
 * @param title - Optional caption.
 * @param locale - The language of the built-in labels and notes (a tag or a locale object, as
 *   {@link AggregateSpec.locale}); English by default.
 * @returns A raw {@link StatTable} over the spec's dimensions.
 * @throws NrmkitError with code `invalid_argument` when the partial is {@link emptyPartial} (it has no spec), or `locale` is a tag with no locale.
 *
 * @example
 * ```ts
 * import { generateSyntheticCases } from "@nrmkit/core/synthetic";
 * import { cellAt, mergePartials, partialAggregate, partialTable, type PseudonymOptions, publishTable } from "@nrmkit/stats";
 *
 * const options: PseudonymOptions = { key: (record) => record.id, secret: "a shared secret of the MoU parties" };
 * const cases = generateSyntheticCases({ count: 60, seed: 1 });
 * // The police registered the first 40 persons, an NGO the last 40: 20 persons are known to both.
 * const police = await partialAggregate(cases.slice(0, 40), { dimensions: ["regionId"] }, options);
 * const ngo = await partialAggregate(cases.slice(20), { dimensions: ["regionId"] }, options);
 * const table = publishTable(partialTable(mergePartials(police, ngo)));
 * table.dimensions.map((dimension) => dimension.name);
 * // => ["regionId"]
 * cellAt(table, [null])?.value;
 * // => 60
 * ```
 *
 * @category Sharing
 * @since 0.1.0
 */
export function partialTable(partial: PartialAggregate, title?: string, locale?: string | StatsLocale): StatTable {
  if (partial.spec === null)
    throw new NrmkitError("invalid_argument", "partial: expected a partial with a spec, received the empty partial");
  const table = partialTableOf(partial.spec, partial.persons, partial.unplaced.length, title);
  return inLocale(table, locale, userLabelsOf(partial.spec, partial.spec.fields ?? []));
}
