import { NrmkitError } from "@nrmkit/core";
import { aggregate, type CaseInput } from "./aggregate.js";
import type { DimensionName, DimensionSpec } from "./dimensions.js";
import type { IndicatorRow, IndicatorTable } from "./indicatorTable.js";
import { dimensionOptions } from "./internal/counting/compileDimension.js";
import { derivedStatus, isHiddenOrMissing } from "./internal/protection/derivedStatus.js";
import { messagesFor, messagesOfTable } from "./localizeTable.js";
import { type ProtectOptions, publishTable } from "./protectTable.js";
import { fillTemplate, type StatsLocale } from "./statsLocale.js";
import type { Dimension, StatCell, StatTable } from "./statTable.js";
import { cellAt } from "./tableGrid.js";
import { valueShares } from "./valueShares.js";

/**
 * Which percentages {@link percentages} computes: the dimension, the categories of interest, and an optional split.
 *
 * @example
 * ```ts
 * import type { PercentageOptions } from "@nrmkit/stats";
 *
 * const options: PercentageOptions = { of: "ageGroup", categories: ["child"], by: "regionId" };
 * ```
 *
 * @category Indicators
 * @since 0.1.0
 */
export interface PercentageOptions {
  /** The dimension whose categories are shares of the persons with a known value. */
  readonly of: DimensionName;
  /** The categories to report; default every known category. */
  readonly categories?: readonly string[];
  /** Optional dimension to compute the shares within each category of. */
  readonly by?: DimensionName;
  /** Machine name of the indicator; default `"percentages"`. */
  readonly name?: string;
  /** Title; default from the dimension label. */
  readonly label?: string;
}

/**
 * Options of the ready-made indicators: an optional split and how to protect the counts first.
 *
 * @example
 * ```ts
 * import type { IndicatorOptions } from "@nrmkit/stats";
 *
 * const options: IndicatorOptions = { by: "regionId", protection: { threshold: 11 } };
 * ```
 *
 * @category Indicators
 * @since 0.1.0
 */
export interface IndicatorOptions {
  /** Compute the indicator within each category of this dimension too. */
  readonly by?: DimensionSpec;
  /** Protection of the underlying counts (default {@link publishTable}'s); `false` for raw, internal analysis only. */
  readonly protection?: ProtectOptions | false;
  /** The language of the built-in labels, title and notes (a tag or a locale object, as {@link AggregateSpec.locale}); English by default. */
  readonly locale?: string | StatsLocale;
}

function dimensionIndex(table: StatTable, name: string): number {
  const index = table.dimensions.findIndex((dimension) => dimension.name === name);
  if (index < 0) throw new NrmkitError("invalid_argument", `table: expected a ${name} dimension, received none`);
  return index;
}

function keyWith(table: StatTable, fixed: ReadonlyMap<number, string | null>): (string | null)[] {
  return table.dimensions.map((_, j) => fixed.get(j) ?? null);
}

function ratio(
  numerator: StatCell | undefined,
  denominatorCells: readonly (StatCell | undefined)[],
  scale: number,
  sign: readonly number[],
): Omit<IndicatorRow, "key" | "label"> {
  const status = derivedStatus([numerator, ...denominatorCells]);
  if (isHiddenOrMissing(status)) {
    return { value: null, numerator: numerator?.value ?? null, denominator: null, status };
  }
  const top = numerator?.value ?? 0;
  const bottom = denominatorCells.reduce((sum, cell, i) => sum + (sign[i] ?? 1) * (cell?.value ?? 0), 0);
  if (bottom <= 0) return { value: null, numerator: top, denominator: bottom, status: "not_applicable" };
  return { value: (top / bottom) * scale, numerator: top, denominator: bottom, status };
}

/**
 * Computes CTDC percentages from a (protected) table: each category's share of the persons whose value is known.
 *
 * @remarks
 * CTDC's rule: persons whose value is not recorded are left out of the denominator, so the
 * denominator is the total minus the "not recorded" cell. For multi-valued dimensions the
 * percentages may add up to more than 100 %, and the denominator is the persons whose field is
 * recorded: when some values are not recorded for persons whose other values are
 * (`CaseRecord.notRecorded`, flagged by a table note), a table cannot tell each value's
 * denominator, so use {@link valueShares}. Only shown values are used, so a percentage reveals
 * nothing the table does not: when an input is hidden the value is `null` with that status.
 *
 * @param table - A table containing the `of` dimension (and `by`, when given); other dimensions are totalled.
 * @param options - The dimension, categories and split.
 * @returns An {@link IndicatorTable} keyed by `of` category, or by [`by` category (`null` first, for all), `of` category].
 * @throws NrmkitError with code `invalid_argument` when a named dimension is not in the table.
 *
 * @example
 * ```ts
 * import { generateSyntheticCases } from "@nrmkit/core/synthetic";
 * import { aggregate, percentages, publishTable } from "@nrmkit/stats";
 *
 * const table = publishTable(aggregate(generateSyntheticCases({ count: 2000, seed: 1 }), { dimensions: ["gender"] }));
 * const shares = percentages(table, { of: "gender" });
 * shares.rows.map((row) => row.key[0]);
 * // => ["female", "male", "other"]
 * ```
 *
 * @category Indicators
 * @since 0.1.0
 */
export function percentages(table: StatTable, options: PercentageOptions): IndicatorTable {
  const messages = messagesOfTable(table).messages;
  const of = dimensionIndex(table, options.of);
  const ofDimension = table.dimensions[of] as Dimension;
  const by = options.by === undefined ? -1 : dimensionIndex(table, options.by);
  const byDimension = by < 0 ? undefined : (table.dimensions[by] as Dimension);
  const unknown = ofDimension.categories.find((category) => category.unknown && category.members === undefined);
  const wanted = ofDimension.categories.filter((category) =>
    options.categories === undefined ? !category.unknown : options.categories.includes(category.code),
  );
  const groups: (string | null)[] = [null, ...(byDimension?.categories.map((category) => category.code) ?? [])];
  const rows: IndicatorRow[] = [];
  for (const group of groups) {
    const fixed = (code: string | null) =>
      keyWith(table, new Map<number, string | null>([[of, code], ...(by < 0 ? [] : [[by, group] as const])]));
    const total = cellAt(table, fixed(null));
    const missing = unknown === undefined ? [] : [cellAt(table, fixed(unknown.code))];
    const groupLabel =
      group === null
        ? messages.total
        : (byDimension?.categories.find((category) => category.code === group)?.label ?? group);
    for (const category of wanted) {
      rows.push({
        key: by < 0 ? [category.code] : [group, category.code],
        label: `${groupLabel}: ${category.label}`,
        ...ratio(cellAt(table, fixed(category.code)), [total, ...missing], 100, [1, -1]),
      });
    }
  }
  const text = messages.indicators;
  const notes = [text.unknownLeftOut];
  if (ofDimension.multiValued) notes.push(fillTemplate(text.severalValues, { dimension: ofDimension.label }));
  return {
    kind: "indicator_table",
    version: 1,
    name: options.name ?? "percentages",
    label: options.label ?? fillTemplate(text.knownShare, { dimension: ofDimension.label }),
    unit: "percent",
    dimensions: [...(byDimension === undefined ? [] : [byDimension]), { ...ofDimension, categories: wanted }],
    rows,
    disclosure: table.disclosure,
    notes,
    ...(table.lang === undefined ? {} : { lang: table.lang }),
  };
}

function countsFor(input: CaseInput, of: DimensionName, options: IndicatorOptions): StatTable {
  const dimensions: DimensionSpec[] = options.by === undefined ? [of] : [options.by, of];
  const raw = aggregate(input, { dimensions, ...(options.locale === undefined ? {} : { locale: options.locale }) });
  return options.protection === false ? raw : publishTable(raw, options.protection ?? {});
}

function byName(options: IndicatorOptions): { by?: DimensionName } {
  return options.by === undefined ? {} : { by: dimensionOptions(options.by).name };
}

/**
 * The share of children (0-17) among registered persons with a known age, from protected counts.
 *
 * @param input - Case records or encoded cases.
 * @param options - Optional split and protection (on by default).
 * @returns The indicator: one row, or with `by` the overall row first, then one per category of `by`.
 * @throws NrmkitError with code `disclosure_risk` when the counts cannot be protected; `invalid_argument` as {@link aggregate}.
 *
 * @example
 * ```ts
 * import { generateSyntheticCases } from "@nrmkit/core/synthetic";
 * import { shareOfChildren } from "@nrmkit/stats";
 *
 * const share = shareOfChildren(generateSyntheticCases({ count: 2000, seed: 1 }));
 * share.rows[0]?.key;
 * // => ["child"]
 * share.unit;
 * // => "percent"
 * ```
 *
 * @category Indicators
 * @since 0.1.0
 */
export function shareOfChildren(input: CaseInput, options: IndicatorOptions = {}): IndicatorTable {
  return percentages(countsFor(input, "ageGroup", options), {
    of: "ageGroup",
    categories: ["child"],
    ...byName(options),
    name: "share_of_children",
    label: messagesFor(options.locale).messages.indicators.shareOfChildren,
  });
}

/**
 * The shares of sexual, labour and other exploitation (Eurostat groups) among persons for whom each is recorded, from protected counts.
 *
 * @remarks
 * {@link valueShares} over `exploitationGroup`: a group is present when one of its forms is,
 * absent when all its forms are recorded absent, and not recorded otherwise, so each group has its
 * own denominator (CTDC's rule, per value). A person may suffer several forms, so the shares may
 * add up to more than 100 %.
 *
 * @param input - Case records or encoded cases.
 * @param options - Optional split and protection (on by default).
 * @returns The indicator with rows for sexual, labour and other exploitation.
 * @throws NrmkitError with code `disclosure_risk` when the counts cannot be protected; `invalid_argument` as {@link valueShares}.
 *
 * @example
 * ```ts
 * import { generateSyntheticCases } from "@nrmkit/core/synthetic";
 * import { exploitationShares } from "@nrmkit/stats";
 *
 * exploitationShares(generateSyntheticCases({ count: 2000, seed: 1 })).rows.map((row) => row.key[0]);
 * // => ["sexual", "labour", "other"]
 * ```
 *
 * @category Indicators
 * @since 0.1.0
 */
export function exploitationShares(input: CaseInput, options: IndicatorOptions = {}): IndicatorTable {
  return valueShares(input, "exploitationGroup", {
    ...options,
    values: ["sexual", "labour", "other"],
    name: "exploitation_shares",
    label: messagesFor(options.locale).messages.indicators.exploitationShares,
  });
}

/**
 * The share of transnational cases (citizenship differs from the country of exploitation) among cases where both are known.
 *
 * @param input - Case records or encoded cases.
 * @param options - Optional split and protection (on by default).
 * @returns The indicator.
 * @throws NrmkitError with code `disclosure_risk` when the counts cannot be protected; `invalid_argument` as {@link aggregate}.
 *
 * @example
 * ```ts
 * import { generateSyntheticCases } from "@nrmkit/core/synthetic";
 * import { transnationalShare } from "@nrmkit/stats";
 *
 * transnationalShare(generateSyntheticCases({ count: 2000, seed: 1 }), { by: "regionId" }).rows[0]?.key;
 * // => [null, "transnational"]
 * ```
 *
 * @category Indicators
 * @since 0.1.0
 */
export function transnationalShare(input: CaseInput, options: IndicatorOptions = {}): IndicatorTable {
  return percentages(countsFor(input, "migration", options), {
    of: "migration",
    categories: ["transnational"],
    ...byName(options),
    name: "transnational_share",
    label: messagesFor(options.locale).messages.indicators.transnationalShare,
  });
}
