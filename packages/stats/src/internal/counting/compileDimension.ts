import type { CaseFieldDefinition } from "@nrmkit/core";
import { NrmkitError } from "@nrmkit/core";
import type { DimensionName, DimensionOptions, DimensionSpec } from "../../dimensions.js";
import type {
  EncodedCases,
  EncodedColumn,
  EncodedField,
  EncodedMultiColumn,
  EncodedMultiField,
} from "../../encodeCases.js";
import { EN_STATS } from "../../locales/en.js";
import type { Category, Dimension } from "../../statTable.js";
import type { CompiledPeriods } from "./compilePeriods.js";
import { type BuiltInDimension, DEFINITIONS, type Definition } from "./dimensionDefinitions.js";
import { UNKNOWN, type Vocabulary } from "./vocabulary.js";

/**
 * A dimension ready for counting: per record a key (dictionary code, date code or bit mask), and per
 * key the category index (`index` kind) or the bit mask of categories (`mask` kind); -1 / 0 exclude.
 */
export interface CompiledDimension {
  readonly dimension: Dimension;
  readonly size: number;
  readonly kind: "index" | "mask";
  readonly keys: Uint16Array;
  readonly index: Int32Array;
  readonly masks: Uint32Array;
  /** Whether some records may be left out by this dimension (category filter, period range). */
  readonly filters: boolean;
  /** Per key: 1 when the record's date could not be placed in one period (periods only), else null. */
  readonly unplaced?: Uint8Array | null;
  /** Whether some record has values of this multi-valued field not recorded while others are. */
  readonly partlyRecorded?: boolean;
}

const MAX_MASK_CATEGORIES = 31;

/** Normalises a dimension spec to options. */
export function dimensionOptions(spec: DimensionSpec): DimensionOptions {
  return typeof spec === "string" ? { name: spec } : spec;
}

/** Whether a dimension counts a person in several categories. */
export function isMultiValuedName(name: DimensionName): boolean {
  return name !== "period" && !name.startsWith("extra.") && (DEFINITIONS[name as BuiltInDimension]?.multi ?? false);
}

const EXTRA = "extra.";

/** The vocabulary of a user-defined field: its codes (or true / false), then "unknown". */
function extraVocabulary(field: CaseFieldDefinition): Vocabulary {
  if (field.type === "boolean") {
    return {
      codes: ["true", "false", UNKNOWN],
      labels: {
        true: field.labels?.true ?? EN_STATS.categories.boolean.true,
        false: field.labels?.false ?? EN_STATS.categories.boolean.false,
        [UNKNOWN]: EN_STATS.categories.open.unknown,
      },
    };
  }
  const labels: Record<string, string> = { [UNKNOWN]: EN_STATS.categories.open.unknown };
  for (const code of field.codes) labels[code] = field.labels?.[code] ?? code;
  return { codes: [...field.codes, UNKNOWN], labels };
}

/**
 * The definition of a dimension: built in, or a user-defined field (`extra.<name>`) declared in `fields`.
 * Throws for an unknown name.
 */
export function definitionOf(name: string, fields: readonly CaseFieldDefinition[]): Definition {
  if (name.startsWith(EXTRA)) {
    const fieldName = name.slice(EXTRA.length);
    const field = fields.find((candidate) => candidate.name === fieldName);
    if (field === undefined) {
      throw new NrmkitError(
        "invalid_argument",
        `dimensions: expected a user-defined field declared in fields (encodeCases or the spec), received ${JSON.stringify(name)}`,
      );
    }
    const vocabulary = extraVocabulary(field);
    return {
      label: field.label ?? field.name,
      field: `extra.${field.name}`,
      multi: false,
      source: vocabulary,
      output: vocabulary,
    };
  }
  const definition = Object.hasOwn(DEFINITIONS, name) ? DEFINITIONS[name as BuiltInDimension] : undefined;
  if (definition === undefined) {
    throw new NrmkitError("invalid_argument", `dimensions: expected a dimension name, received ${String(name)}`);
  }
  return definition;
}

function columnOf(encoded: EncodedCases, definition: Definition): EncodedColumn | EncodedMultiColumn {
  if (definition.field.startsWith(EXTRA)) {
    return encoded.extra[definition.field.slice(EXTRA.length)] as EncodedColumn;
  }
  return definition.multi
    ? encoded.multi[definition.field as EncodedMultiField]
    : encoded.columns[definition.field as EncodedField];
}

function sortOpen(codes: Iterable<string>): string[] {
  const unique = [...new Set(codes)];
  return unique
    .filter((code) => code !== UNKNOWN)
    .sort()
    .concat(unique.includes(UNKNOWN) ? [UNKNOWN] : []);
}

/** Adds subtotal categories (after the leaves); returns the leaf bit mask each subtotal covers. */
function withSubtotals(options: DimensionOptions, leaves: Category[]): { categories: Category[]; covers: number[] } {
  const categories = [...leaves];
  const covers: number[] = [];
  const maskOf = new Map(leaves.map((category, i) => [category.code, 1 << i]));
  for (const [s, subtotal] of (options.subtotals ?? []).entries()) {
    if (maskOf.has(subtotal.code)) {
      throw new NrmkitError("duplicate_id", `${options.name}.subtotals[${String(s)}].code: duplicate ${subtotal.code}`);
    }
    let cover = 0;
    for (const member of subtotal.members) {
      const bits = maskOf.get(member);
      if (bits === undefined) {
        throw new NrmkitError(
          "invalid_argument",
          `${options.name}.subtotals[${String(s)}].members: expected a category code, received ${JSON.stringify(member)}`,
        );
      }
      cover |= bits;
    }
    covers.push(cover);
    maskOf.set(subtotal.code, cover);
    categories.push({
      code: subtotal.code,
      label: subtotal.label ?? subtotal.code,
      unknown: false,
      members: [...subtotal.members],
    });
  }
  return { categories, covers };
}

function leafCategories(options: DimensionOptions, definition: Definition, present: Iterable<string>): Category[] {
  const sparse = options.categories === undefined ? definition.output?.sparse : undefined;
  let codes = options.categories ?? definition.output?.codes ?? sortOpen(present);
  if (sparse !== undefined) {
    const held = new Set(present);
    codes = codes.filter((code) => !sparse.has(code) || held.has(code));
  }
  return codes.map((code) => ({
    code,
    label:
      options.labels?.[code] ??
      definition.output?.labels[code] ??
      (code === UNKNOWN ? EN_STATS.categories.open.unknown : code),
    unknown: code === UNKNOWN,
  }));
}

function checkSize(name: string, size: number): void {
  if (size > MAX_MASK_CATEGORIES) {
    throw new NrmkitError(
      "invalid_argument",
      `${name}: expected at most ${String(MAX_MASK_CATEGORIES)} categories with subtotals or multiple values, received ${String(size)}`,
    );
  }
}

/** Compiles a record-field dimension against encoded cases. */
export function compileDimension(encoded: EncodedCases, spec: DimensionSpec): CompiledDimension {
  const options = dimensionOptions(spec);
  if (options.name === "period")
    throw new NrmkitError("invalid_argument", "period: compile with compilePeriodDimension");
  const definition = definitionOf(options.name, encoded.fields);
  const column = columnOf(encoded, definition);
  const sourceValues = column.dictionary;
  if (definition.source !== null) {
    for (const value of sourceValues) {
      if (!definition.source.codes.includes(value)) {
        throw new NrmkitError(
          "invalid_argument",
          `${definition.field}: expected a value of its vocabulary, received ${JSON.stringify(value)}; validate records first`,
        );
      }
    }
  }
  const derive = definition.derive ?? ((value: string) => value);
  const outputs = sourceValues.map(derive);
  const leaves = leafCategories(options, definition, outputs);
  const { categories, covers } = withSubtotals(options, leaves);
  const position = new Map(leaves.map((category, i) => [category.code, i]));
  const leafOf = outputs.map((code) => position.get(code) ?? -1);
  const filters = options.categories !== undefined && outputs.some((code) => !position.has(code));
  const dimension: Dimension = {
    name: options.name,
    label: options.label ?? definition.label,
    kind: "category",
    multiValued: definition.multi,
    categories,
    ...(filters ? { filtered: true as const } : {}),
  };
  const addSubtotals = (mask: number): number => {
    let out = mask;
    covers.forEach((cover, s) => {
      if ((mask & cover) !== 0) out |= 1 << (leaves.length + s);
    });
    return out;
  };
  if (!definition.multi && covers.length === 0) {
    return {
      dimension,
      size: categories.length,
      kind: "index",
      keys: column.codes,
      index: Int32Array.from(leafOf),
      masks: new Uint32Array(0),
      filters,
    };
  }
  checkSize(options.name, categories.length);
  if (!definition.multi) {
    const masks = Uint32Array.from(leafOf, (leaf) => (leaf < 0 ? 0 : addSubtotals(1 << leaf)));
    return {
      dimension,
      size: categories.length,
      kind: "mask",
      keys: column.codes,
      index: new Int32Array(0),
      masks,
      filters,
    };
  }
  // Multi-valued source: the key is the record's combination code; each distinct combination of
  // source values maps to its output categories once.
  const multiColumn = column as EncodedMultiColumn;
  const masks = Uint32Array.from(multiColumn.combinations, (combination) => {
    let out = 0;
    for (let bit = 0; bit < sourceValues.length; bit++) {
      const leaf = leafOf[bit] as number;
      if ((combination & (2 ** bit)) !== 0 && leaf >= 0) out |= 1 << leaf;
    }
    return out === 0 ? 0 : addSubtotals(out);
  });
  return {
    dimension,
    size: categories.length,
    kind: "mask",
    keys: multiColumn.codes,
    index: new Int32Array(0),
    masks,
    filters,
    partlyRecorded: multiColumn.notRecorded !== undefined,
  };
}

/** Compiles the period dimension from compiled periods over the date dictionary. */
export function compilePeriodDimension(
  encoded: EncodedCases,
  periods: CompiledPeriods,
  label: string,
  filters: boolean,
): CompiledDimension {
  const keys = encoded.columns.registrationDate.codes;
  const unplaced = periods.unplaced;
  // Records whose date is too coarse for the periods are in no category: the table leaves them out.
  const leavesOut = filters || unplaced?.some((count) => count > 0);
  const dimension: Dimension = {
    name: "period",
    label,
    kind: "period",
    multiValued: periods.multiValued,
    categories: periods.categories,
    ...(leavesOut ? { filtered: true as const } : {}),
  };
  if (periods.multiValued) {
    checkSize("period", periods.categories.length);
    return {
      dimension,
      size: periods.categories.length,
      kind: "mask",
      keys,
      index: new Int32Array(0),
      masks: periods.masks,
      filters,
      unplaced,
    };
  }
  return {
    dimension,
    size: periods.categories.length,
    kind: "index",
    keys,
    index: periods.index,
    masks: new Uint32Array(0),
    filters,
    unplaced,
  };
}

/**
 * Describes a record-field dimension (categories, labels, subtotals) from the output codes present,
 * as {@link compileDimension} would; used when counting pre-coded rows such as merged partials.
 */
export function describeDimension(
  spec: DimensionSpec,
  present: Iterable<string>,
  fields: readonly CaseFieldDefinition[] = [],
): Dimension {
  const options = dimensionOptions(spec);
  if (options.name === "period") throw new NrmkitError("invalid_argument", "period: describe with compilePeriods");
  const definition = definitionOf(options.name, fields);
  const codes = [...present];
  const { categories } = withSubtotals(options, leafCategories(options, definition, codes));
  const chosen = options.categories;
  const filters = chosen !== undefined && codes.some((code) => !chosen.includes(code));
  return {
    name: options.name,
    label: options.label ?? definition.label,
    kind: "category",
    multiValued: definition.multi,
    categories,
    ...(filters ? { filtered: true as const } : {}),
  };
}
