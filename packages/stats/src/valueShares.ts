import { NrmkitError } from "@nrmkit/core";
import type { CaseInput } from "./aggregate.js";
import type { DimensionName } from "./dimensions.js";
import type { IndicatorOptions } from "./indicators.js";
import type { IndicatorRow, IndicatorTable } from "./indicatorTable.js";
import { type CompiledDimension, compileDimension, dimensionOptions } from "./internal/counting/compileDimension.js";
import { countCube } from "./internal/counting/countCube.js";
import { cubeToTable } from "./internal/counting/cubeToTable.js";
import { type BuiltInDimension, DEFINITIONS } from "./internal/counting/dimensionDefinitions.js";
import { toEncoded } from "./internal/counting/toEncoded.js";
import { ABSENT, compileValueStatus, multiDefinition, PRESENT, valuesOf } from "./internal/counting/valueStatus.js";
import { UNKNOWN } from "./internal/counting/vocabulary.js";
import { derivedStatus, isHiddenOrMissing } from "./internal/protection/derivedStatus.js";
import { jointDisclosure } from "./internal/protection/jointDisclosure.js";
import { messagesFor, relabelDimension } from "./localizeTable.js";
import { publishTables } from "./protectTable.js";
import { fillTemplate } from "./statsLocale.js";
import type { Dimension, StatCell, StatTable } from "./statTable.js";
import { cellAt } from "./tableGrid.js";

/**
 * A dimension over a multi-valued field, whose values a person may hold several of.
 *
 * @example
 * ```ts
 * import type { MultiValuedDimensionName } from "@nrmkit/stats";
 *
 * const field: MultiValuedDimensionName = "meansOfControl";
 * ```
 *
 * @category Indicators
 * @since 0.1.0
 */
export type MultiValuedDimensionName = Extract<
  DimensionName,
  | "exploitation"
  | "exploitationGroup"
  | "labourSectors"
  | "sexualExploitationForms"
  | "meansOfControl"
  | "recruiterRelations"
  | "assistance"
>;

/**
 * Options of {@link valueShares}: which values, an optional split, protection, name and title.
 *
 * @example
 * ```ts
 * import type { ValueShareOptions } from "@nrmkit/stats";
 *
 * const options: ValueShareOptions = { values: ["debt_bondage", "threats"], by: "regionId", protection: { threshold: 11 } };
 * ```
 *
 * @category Indicators
 * @since 0.1.0
 */
export interface ValueShareOptions extends IndicatorOptions {
  /** The values to report, in this order; default every value of the field (not "none" or "not recorded"). */
  readonly values?: readonly string[];
  /** Machine name of the indicator; default `"value_shares"`. */
  readonly name?: string;
  /** Title; default from the field's label. */
  readonly label?: string;
}

/** Refuses published tables the status tables cannot be protected jointly with (see valueShares). */
function checkLedger(field: string, ledger: readonly StatTable[]): void {
  const source = multiDefinition(field).field;
  ledger.forEach((table, i) => {
    for (const dimension of table.dimensions) {
      const name = dimension.name;
      if (Object.hasOwn(DEFINITIONS, name) && DEFINITIONS[name as BuiltInDimension].field === source) {
        throw new NrmkitError(
          "invalid_argument",
          `protection.published[${String(i)}]: expected tables without a ${source} dimension, received ${dimension.name}; per-value shares are protected apart from the field's own tables`,
        );
      }
    }
  });
}

/** The row of one value in one group: the share of persons with the value among those for whom it is recorded. */
function shareRow(table: StatTable, group: string | null, byPresent: boolean): Omit<IndicatorRow, "key" | "label"> {
  const at = (status: string | null) => cellAt(table, byPresent ? [group, status] : [status]);
  const present = at(PRESENT);
  const absent = at(ABSENT);
  // The denominator as far as the shown cells tell it: present + absent, or total − not recorded.
  const sumShown = (cells: readonly (StatCell | undefined)[], sign: number): number | null => {
    if (isHiddenOrMissing(derivedStatus(cells))) return null;
    return (cells[0]?.value ?? 0) + sign * (cells[1]?.value ?? 0);
  };
  const denominator = sumShown([present, absent], 1) ?? sumShown([at(null), at(UNKNOWN)], -1);
  const status = derivedStatus([present, absent]);
  const numerator = isHiddenOrMissing(status) ? null : (present?.value ?? null);
  if (isHiddenOrMissing(status)) return { value: null, numerator, denominator, status };
  const top = numerator ?? 0;
  if (denominator === null || denominator <= 0) {
    return { value: null, numerator: top, denominator, status: "not_applicable" };
  }
  return { value: (top / denominator) * 100, numerator: top, denominator, status };
}

/**
 * Computes CTDC percentages per value of a multi-valued field: for each value, the share of persons with it among those for whom that value is recorded.
 *
 * @remarks
 * Each value is present, absent or not recorded for a person (see `caseValueStatus` in
 * `@nrmkit/core`: CTDC flags of one group are 1, 0 or empty independently). The numerator counts
 * persons with the value present; the denominator those for whom it is present or absent, so each
 * value has its own denominator, published in every row (also when the share itself is
 * withheld, if the shown counts tell it). Persons whose whole field is not recorded are in no
 * denominator; shares may add up to more than 100 %. For a grouped dimension
 * (`exploitationGroup`) a group is present when one of its forms is, absent when all are absent.
 * Protection is on by default: per value, the counts of persons with it present, absent and not
 * recorded (within each category of `by`, and in all) form a table, and these tables are
 * protected together with {@link publishTables}, so a share whose numerator or denominator minus
 * numerator is from 1 to threshold − 1 is withheld (status `"suppressed"` with uniform markers), as
 * are further shares that would let it be recomputed; zeros are shown unless `zerosSensitive`.
 * These tables are protected apart from tables of the field itself: `protection.published` may
 * not hold one (it throws), and a release that also shows the field's own table should be checked
 * as a whole.
 *
 * @param input - Case records or encoded cases.
 * @param field - A multi-valued dimension.
 * @param options - Values, split, protection (on by default), name and title.
 * @returns An {@link IndicatorTable} keyed by value, or by [`by` category (`null` first, for all), value].
 * @throws NrmkitError with code `invalid_argument` when `field` is not multi-valued, `values` is empty or holds a value not of the field, `by` is `"period"` or `field` itself, `protection.published` holds a table over the same field, or as {@link aggregate}; `disclosure_risk` when the counts cannot be protected.
 *
 * @example
 * ```ts
 * import type { CaseRecord } from "@nrmkit/core";
 * import { generateSyntheticCases } from "@nrmkit/core/synthetic";
 * import { valueShares } from "@nrmkit/stats";
 *
 * const records: CaseRecord[] = generateSyntheticCases({ count: 2000, seed: 1 }).map((record, i) =>
 *   i % 4 === 0 && record.exploitation !== undefined
 *     ? { ...record, exploitation: record.exploitation.filter((type) => type !== "forced_labour"), notRecorded: { exploitation: ["forced_labour"] } }
 *     : record,
 * );
 * const shares = valueShares(records, "exploitation", { values: ["forced_labour", "sexual_exploitation"] });
 * shares.rows.map((row) => row.key[0]);
 * // => ["forced_labour", "sexual_exploitation"]
 * // Forced labour is not recorded for a quarter of the persons: they leave its denominator only.
 * (shares.rows[0]?.denominator ?? 0) < (shares.rows[1]?.denominator ?? 0);
 * // => true
 * ```
 *
 * @category Indicators
 * @since 0.1.0
 */
export function valueShares(
  input: CaseInput,
  field: MultiValuedDimensionName,
  options: ValueShareOptions = {},
): IndicatorTable {
  const definition = multiDefinition(field);
  const all = valuesOf(definition);
  const values = options.values ?? all;
  if (values.length === 0) throw new NrmkitError("invalid_argument", "values: expected at least one value");
  for (const value of values) {
    if (!all.includes(value)) {
      throw new NrmkitError(
        "invalid_argument",
        `values: expected values of ${field} (${all.join(", ")}), received ${JSON.stringify(value)}`,
      );
    }
  }
  const protection = options.protection ?? {};
  if (protection !== false) checkLedger(field, protection.published ?? []);
  if (options.by !== undefined && dimensionOptions(options.by).name === "period") {
    throw new NrmkitError(
      "invalid_argument",
      "by: expected a record field, received period (use aggregate for periods)",
    );
  }
  const encoded = toEncoded(input);
  const by: CompiledDimension | null = options.by === undefined ? null : compileDimension(encoded, options.by);
  if (by !== null && by.dimension.name === field) {
    throw new NrmkitError("invalid_argument", `by: expected a dimension other than ${field}`);
  }
  const raws = values.map((value) => {
    const status = compileValueStatus(encoded, `${field}:${value}`, definition, value);
    const dimensions = by === null ? [status] : [by, status];
    return cubeToTable(countCube(encoded.count, dimensions), dimensions, false, undefined);
  });
  const tables = protection === false ? raws : publishTables(raws, protection);
  const messages = messagesFor(options.locale);
  const byOptions = options.by === undefined ? undefined : dimensionOptions(options.by);
  const byDimension =
    by === null
      ? undefined
      : relabelDimension(by.dimension, messagesFor(undefined), messages, (code) =>
          code === undefined
            ? byOptions?.label !== undefined
            : byOptions?.labels !== undefined && Object.hasOwn(byOptions.labels, code),
        );
  const labels = messages.messages.categories[field] as Readonly<Record<string, string>>;
  const dimensionLabel = messages.messages.dimensions[field];
  const groups: (string | null)[] = [null, ...(byDimension?.categories.map((category) => category.code) ?? [])];
  const rows: IndicatorRow[] = [];
  for (const group of groups) {
    const groupLabel =
      group === null
        ? messages.messages.total
        : (byDimension?.categories.find((category) => category.code === group)?.label ?? group);
    values.forEach((value, v) => {
      rows.push({
        key: by === null ? [value] : [group, value],
        label: `${groupLabel}: ${labels[value] ?? value}`,
        ...shareRow(tables[v] as StatTable, group, by !== null),
      });
    });
  }
  const valueDimension: Dimension = {
    name: field,
    label: dimensionLabel,
    kind: "category",
    multiValued: true,
    categories: values.map((value) => ({ code: value, label: labels[value] ?? value, unknown: false })),
  };
  return {
    kind: "indicator_table",
    version: 1,
    name: options.name ?? "value_shares",
    label: options.label ?? fillTemplate(messages.messages.indicators.valueShares, { dimension: dimensionLabel }),
    unit: "percent",
    dimensions: [...(byDimension === undefined ? [] : [byDimension]), valueDimension],
    rows,
    disclosure: jointDisclosure(
      tables.map((table) => table.disclosure),
      messages.messages.disclosure,
      messages.code,
    ),
    notes: [
      messages.messages.indicators.valueUnknownLeftOut,
      fillTemplate(messages.messages.indicators.severalValues, { dimension: dimensionLabel }),
    ],
    ...(messages.code === "en" ? {} : { lang: messages.code }),
  };
}
