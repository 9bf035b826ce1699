import {
  type CaseFieldDefinition,
  type CaseRecord,
  defineCaseFields,
  type NotRecordedValues,
  NrmkitError,
} from "@nrmkit/core";
import {
  ABDUCTION,
  AGE_GROUP,
  ASSISTANCE,
  ageGroupOf,
  EXPLOITATION,
  LABOUR_SECTOR,
  MEANS_OF_CONTROL,
  MIGRATION,
  migrationOf,
  NONE,
  RECRUITER_RELATION,
  SEXUAL_FORM,
  UNKNOWN,
  type Vocabulary,
} from "./internal/counting/vocabulary.js";
import { hash32, mix32, SourceFingerprint, setEncodedSource } from "./internal/recordSource.js";

/**
 * A single-valued field, dictionary-encoded: one small-int code per record.
 *
 * @example
 * ```ts
 * import type { EncodedColumn } from "@nrmkit/stats";
 *
 * const column: EncodedColumn = { dictionary: ["BY-HO", "BY-VI"], codes: Uint16Array.of(0, 1, 0) };
 * ```
 *
 * @category Aggregation
 * @since 0.1.0
 */
export interface EncodedColumn {
  /** The distinct values, in order of first appearance. */
  readonly dictionary: readonly string[];
  /** Per record, the index of its value in `dictionary`. */
  readonly codes: Uint16Array;
}

/**
 * A multi-valued field as one bit mask per record: bit `i` set when the record has `dictionary[i]`.
 *
 * @remarks
 * The dictionary is the field's vocabulary followed by `"none"` and `"unknown"`: a record whose
 * field is recorded with no value present (CTDC's zeros) sets the bit of `"none"`, one whose field
 * is not recorded (absent, CTDC's empty cells; or an empty list whose every value is in
 * `notRecorded`, see `isFieldRecorded` in `@nrmkit/core`) the bit of `"unknown"`, so neither is
 * ever counted as the other. The distinct combinations are also kept once each (`combinations`),
 * with one small code per record (`codes`): queries map a combination to its categories once,
 * however wide the vocabulary. When some record names values of the field in
 * `CaseRecord.notRecorded`, a combination is a pair of masks, the values present and the values
 * not recorded (`notRecorded`, parallel to `combinations`); otherwise `notRecorded` is absent and
 * every value of a recorded field is present or absent.
 *
 * @example
 * ```ts
 * import type { EncodedMultiColumn } from "@nrmkit/stats";
 *
 * const column: EncodedMultiColumn = {
 *   dictionary: ["forced_labour", "sexual_exploitation", "none", "unknown"],
 *   masks: Uint32Array.of(1, 3, 8, 1),
 *   combinations: Uint32Array.of(1, 3, 8),
 *   codes: Uint16Array.of(0, 1, 2, 0),
 * };
 * // The last record with sexual exploitation not recorded: a combination of its own.
 * const partly: EncodedMultiColumn = {
 *   ...column,
 *   combinations: Uint32Array.of(1, 3, 8, 1),
 *   codes: Uint16Array.of(0, 1, 2, 3),
 *   notRecorded: Uint32Array.of(0, 0, 0, 2),
 * };
 * ```
 *
 * @category Aggregation
 * @since 0.1.0
 */
export interface EncodedMultiColumn {
  /** The vocabulary, then `"none"` and `"unknown"`. */
  readonly dictionary: readonly string[];
  /** Per record, the bit mask of its values present (or the bit of `"none"` or `"unknown"`). */
  readonly masks: Uint32Array;
  /** The distinct combinations' masks of values present, in order of first appearance. */
  readonly combinations: Uint32Array;
  /** Per record, the index of its combination in `combinations`. */
  readonly codes: Uint16Array;
  /** Per combination, the bit mask of values not recorded although the field is; absent when no record has any. */
  readonly notRecorded?: Uint32Array;
}

/**
 * The single-valued fields kept by {@link encodeCases}; absent optional fields are encoded as `"unknown"`.
 *
 * @remarks
 * Two are derived: `migration` from citizenship and country of exploitation, and `ageGroup`
 * (child / adult / unknown) from the age band, or from the majority status at registration when
 * the band is not recorded. `abduction` is `"true"`, `"false"` or `"unknown"`.
 *
 * @example
 * ```ts
 * import type { EncodedField } from "@nrmkit/stats";
 *
 * const field: EncodedField = "regionId";
 * ```
 *
 * @category Aggregation
 * @since 0.1.0
 */
export type EncodedField =
  | "registrationDate"
  | "regionId"
  | "registrationCountry"
  | "dataSource"
  | "gender"
  | "ageBand"
  | "ageGroup"
  | "majorityStatus"
  | "majorityStatusAtExploitation"
  | "majorityStatusAtEntry"
  | "citizenship"
  | "exploitationCountry"
  | "migration"
  | "abduction"
  | "referringAgencyKind"
  | "traffickingStatus"
  | "traffickingStatusDecidedBy"
  | "caseStatus";

/**
 * The multi-valued fields kept by {@link encodeCases}.
 *
 * @example
 * ```ts
 * import type { EncodedMultiField } from "@nrmkit/stats";
 *
 * const field: EncodedMultiField = "exploitation";
 * ```
 *
 * @category Aggregation
 * @since 0.1.0
 */
export type EncodedMultiField =
  | "exploitation"
  | "labourSectors"
  | "sexualExploitationForms"
  | "meansOfControl"
  | "recruiterRelations"
  | "assistance";

/**
 * Options of {@link encodeCases}.
 *
 * @example
 * ```ts
 * import type { EncodeOptions } from "@nrmkit/stats";
 *
 * const options: EncodeOptions = { fields: [{ name: "district", type: "code", codes: ["d1", "d2"] }] };
 * ```
 *
 * @category Aggregation
 * @since 0.1.0
 */
export interface EncodeOptions {
  /** User-defined fields to encode from `extra`, so tables can count by them (`"extra.<name>"`). */
  readonly fields?: readonly CaseFieldDefinition[];
}

/**
 * Case records in columnar form: every field dictionary-encoded once into typed arrays, reused by all queries.
 *
 * @remarks
 * Encoding a million records takes about a second and 60 MB; each query then reads only the
 * columns it needs. Ids are not kept: the encoded form is for counting only.
 *
 * @example
 * ```ts
 * import { generateSyntheticCases } from "@nrmkit/core/synthetic";
 * import { type EncodedCases, encodeCases } from "@nrmkit/stats";
 *
 * const encoded: EncodedCases = encodeCases(generateSyntheticCases({ count: 1000 }));
 * encoded.count;
 * // => 1000
 * ```
 *
 * @category Aggregation
 * @since 0.1.0
 */
export interface EncodedCases {
  /** Discriminator. */
  readonly kind: "encoded_cases";
  /** Number of records. */
  readonly count: number;
  /** The single-valued columns. */
  readonly columns: Readonly<Record<EncodedField, EncodedColumn>>;
  /** The multi-valued columns. */
  readonly multi: Readonly<Record<EncodedMultiField, EncodedMultiColumn>>;
  /** The declared user-defined fields, in declaration order. */
  readonly fields: readonly CaseFieldDefinition[];
  /** One column per user-defined field, by name: codes (or `"true"` / `"false"`), `"unknown"` when absent. */
  readonly extra: Readonly<Record<string, EncodedColumn>>;
}

const SINGLE_FIELDS = [
  "registrationDate",
  "regionId",
  "registrationCountry",
  "dataSource",
  "gender",
  "ageBand",
  "majorityStatus",
  "majorityStatusAtExploitation",
  "majorityStatusAtEntry",
  "citizenship",
  "exploitationCountry",
  "referringAgencyKind",
  "traffickingStatus",
  "traffickingStatusDecidedBy",
  "caseStatus",
] as const satisfies readonly (keyof CaseRecord & EncodedField)[];

const MULTI_FIELDS = [
  ["exploitation", EXPLOITATION],
  ["labourSectors", LABOUR_SECTOR],
  ["sexualExploitationForms", SEXUAL_FORM],
  ["meansOfControl", MEANS_OF_CONTROL],
  ["recruiterRelations", RECRUITER_RELATION],
  ["assistance", ASSISTANCE],
] as const satisfies readonly (readonly [keyof CaseRecord & EncodedMultiField, Vocabulary])[];

class Dictionary {
  readonly values: string[] = [];
  private readonly index = new Map<string, number>();

  constructor(private readonly field: string) {}

  code(value: string): number {
    let code = this.index.get(value);
    if (code === undefined) {
      if (typeof value !== "string") {
        throw new NrmkitError("invalid_argument", `${this.field}: expected a string, received ${typeof value}`);
      }
      code = this.values.length;
      if (code > 0xffff) {
        throw new NrmkitError("invalid_argument", `${this.field}: expected at most 65536 distinct values`);
      }
      this.values.push(value);
      this.index.set(value, code);
    }
    return code;
  }
}

/** Encodes one multi-valued field: masks per record, distinct (present, not recorded) pairs and their codes. */
class MultiEncoder {
  readonly masks: Uint32Array;
  readonly codes: Uint16Array;
  private readonly bits: Map<string, number>;
  private readonly none: number;
  private readonly unknown: number;
  /** The bits of the vocabulary's values (every bit but "none" and "unknown"). */
  private readonly values: number;
  private readonly combinations: number[] = [];
  private readonly unrecorded: number[] = [];
  private anyUnrecorded = false;
  /** Code by mask present, for combinations with every value of a recorded field known. */
  private readonly combinationCode = new Map<number, number>();
  /** The same, by mask not recorded first, for the other combinations. */
  private readonly unrecordedCode = new Map<number, Map<number, number>>();

  constructor(
    private readonly field: keyof NotRecordedValues,
    readonly dictionary: readonly string[],
    count: number,
  ) {
    this.bits = new Map(dictionary.map((code, index) => [code, 2 ** index]));
    this.none = this.bits.get(NONE) ?? 0;
    this.unknown = this.bits.get(UNKNOWN) ?? 0;
    this.values = 2 ** dictionary.length - 1 - this.none - this.unknown;
    this.masks = new Uint32Array(count);
    this.codes = new Uint16Array(count);
  }

  private maskOf(values: readonly string[], what: string): number {
    let mask = 0;
    for (const value of values) {
      const bit = this.bits.get(value);
      if (bit === undefined || bit === this.unknown || bit === this.none) {
        throw new NrmkitError(
          "invalid_argument",
          `${what}: expected values from the ${this.field} vocabulary, received ${JSON.stringify(value)}`,
        );
      }
      mask |= bit;
    }
    return mask;
  }

  add(i: number, record: CaseRecord): void {
    const values = record[this.field] as readonly string[] | undefined;
    let mask = 0;
    let unrecorded = 0;
    if (values === undefined) {
      mask = this.unknown;
    } else {
      mask = this.maskOf(values, this.field);
      const named = record.notRecorded?.[this.field] as readonly string[] | undefined;
      // A value both listed and named not recorded is present, as caseValueStatus reads it.
      if (named !== undefined) unrecorded = this.maskOf(named, `notRecorded.${this.field}`) & ~mask;
      if (mask === 0) {
        // Nothing present: recorded as none, unless every value is not recorded (isFieldRecorded).
        if (unrecorded === this.values) {
          mask = this.unknown;
          unrecorded = 0;
        } else {
          mask = this.none;
        }
      }
    }
    this.masks[i] = mask;
    // Keys stay small integers (a pair packed in one double would be a heap number to hash).
    let byMask = this.combinationCode;
    if (unrecorded !== 0) {
      let known = this.unrecordedCode.get(unrecorded);
      if (known === undefined) {
        known = new Map();
        this.unrecordedCode.set(unrecorded, known);
      }
      byMask = known;
    }
    let code = byMask.get(mask);
    if (code === undefined) {
      code = this.combinations.length;
      if (code > 0xffff) {
        throw new NrmkitError("invalid_argument", `${this.field}: expected at most 65536 distinct combinations`);
      }
      this.combinations.push(mask);
      this.unrecorded.push(unrecorded);
      if (unrecorded !== 0) this.anyUnrecorded = true;
      byMask.set(mask, code);
    }
    this.codes[i] = code;
  }

  column(): EncodedMultiColumn {
    const column = {
      dictionary: this.dictionary,
      masks: this.masks,
      combinations: Uint32Array.from(this.combinations),
      codes: this.codes,
    };
    return this.anyUnrecorded ? { ...column, notRecorded: Uint32Array.from(this.unrecorded) } : column;
  }
}

/**
 * Encodes case records once into columnar typed arrays, so many queries can run without touching the objects again.
 *
 * @remarks
 * Input is not validated beyond what encoding needs: validate records first (for example with
 * `validateCaseRecords` from `@nrmkit/validation`). Values of a multi-valued field (and those named
 * in `notRecorded`) must come from its vocabulary; open fields (region, countries) accept any
 * string. Absent optional fields are encoded as `"unknown"`; user-defined fields are encoded only
 * when declared in `options.fields`. Values not recorded (`CaseRecord.notRecorded`) are kept per
 * combination ({@link EncodedMultiColumn.notRecorded}) only for fields where some record has them,
 * so records without them cost nothing more.
 *
 * @param records - The case records.
 * @param options - User-defined fields to encode.
 * @returns The encoded columns.
 * @throws NrmkitError with code `invalid_argument` when a multi-valued field (or its `notRecorded` list) holds a value outside its vocabulary, a field has more than 65,536 distinct values (or combinations), or `options.fields` are invalid declarations.
 *
 * @example
 * ```ts
 * import { generateSyntheticCases } from "@nrmkit/core/synthetic";
 * import { aggregate, encodeCases } from "@nrmkit/stats";
 *
 * const encoded = encodeCases(generateSyntheticCases({ count: 1000, seed: 7 }));
 * encoded.columns.gender.dictionary.includes("female");
 * // => true
 * aggregate(encoded, { dimensions: ["gender"] }).totals.at(-1)?.value;
 * // => 1000
 * ```
 *
 * @category Aggregation
 * @since 0.1.0
 */
export function encodeCases(records: readonly CaseRecord[], options: EncodeOptions = {}): EncodedCases {
  const count = records.length;
  const fields = defineCaseFields(options.fields ?? []);
  const dictionaries = SINGLE_FIELDS.map((field) => new Dictionary(field));
  const codes = SINGLE_FIELDS.map(() => new Uint16Array(count));
  const migration = new Uint16Array(count);
  const ageGroup = new Uint16Array(count);
  const abduction = new Uint16Array(count);
  const multi = MULTI_FIELDS.map(([field, vocabulary]) => new MultiEncoder(field, vocabulary.codes, count));
  const migrationCodes = new Map(MIGRATION.codes.map((code, index) => [code, index]));
  const ageGroupCodes = new Map(AGE_GROUP.codes.map((code, index) => [code, index]));
  const abductionTrue = ABDUCTION.codes.indexOf("true");
  const abductionFalse = ABDUCTION.codes.indexOf("false");
  const abductionUnknown = ABDUCTION.codes.indexOf(UNKNOWN);
  const extraDictionaries = fields.map((field) => new Dictionary(`extra.${field.name}`));
  const extraCodes = fields.map(() => new Uint16Array(count));
  const fieldCount = SINGLE_FIELDS.length;
  const multiCount = MULTI_FIELDS.length;
  const idHashes = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    const record = records[i] as CaseRecord;
    idHashes[i] = hash32(String(record.id), 0x811c9dc5);
    for (let f = 0; f < fieldCount; f++) {
      (codes[f] as Uint16Array)[i] = (dictionaries[f] as Dictionary).code(
        record[SINGLE_FIELDS[f] as (typeof SINGLE_FIELDS)[number]] ?? UNKNOWN,
      );
    }
    migration[i] = migrationCodes.get(migrationOf(record.citizenship, record.exploitationCountry)) ?? 0;
    ageGroup[i] = ageGroupCodes.get(ageGroupOf(record.ageBand, record.majorityStatus)) ?? 0;
    abduction[i] =
      record.abduction === undefined ? abductionUnknown : record.abduction ? abductionTrue : abductionFalse;
    for (let m = 0; m < multiCount; m++) {
      (multi[m] as MultiEncoder).add(i, record);
    }
    if (fields.length > 0) {
      const extra = record.extra;
      for (let f = 0; f < fields.length; f++) {
        const value = extra?.[(fields[f] as CaseFieldDefinition).name];
        (extraCodes[f] as Uint16Array)[i] = (extraDictionaries[f] as Dictionary).code(
          value === undefined ? UNKNOWN : String(value),
        );
      }
    }
  }
  const columns: Partial<Record<EncodedField, EncodedColumn>> = {
    migration: { dictionary: MIGRATION.codes, codes: migration },
    ageGroup: { dictionary: AGE_GROUP.codes, codes: ageGroup },
    abduction: { dictionary: ABDUCTION.codes, codes: abduction },
  };
  SINGLE_FIELDS.forEach((field, f) => {
    columns[field] = { dictionary: (dictionaries[f] as Dictionary).values, codes: codes[f] as Uint16Array };
  });
  const multiColumns: Partial<Record<EncodedMultiField, EncodedMultiColumn>> = {};
  MULTI_FIELDS.forEach(([field], m) => {
    multiColumns[field] = (multi[m] as MultiEncoder).column();
  });
  const extra: Record<string, EncodedColumn> = Object.create(null);
  fields.forEach((field, f) => {
    extra[field.name] = {
      dictionary: (extraDictionaries[f] as Dictionary).values,
      codes: extraCodes[f] as Uint16Array,
    };
  });
  const encoded: EncodedCases = {
    kind: "encoded_cases",
    count,
    columns: columns as Record<EncodedField, EncodedColumn>,
    multi: multiColumns as Record<EncodedMultiField, EncodedMultiColumn>,
    fields,
    extra,
  };
  setEncodedSource(encoded, contentFingerprint(encoded, idHashes));
  return encoded;
}

/**
 * The records' fingerprint: per record, a hash of its id and of every encoded value (ids alone
 * repeat across data sets, as in synthetic or per-agency numbering), summed so order does not matter.
 */
function contentFingerprint(encoded: EncodedCases, idHashes: Uint32Array): string {
  const rows = Uint32Array.from(idHashes);
  const mixColumn = (name: string, dictionary: readonly string[], codes: Uint16Array) => {
    const seed = hash32(name, 0x2545f491);
    const valueHashes = Uint32Array.from(dictionary, (value) => hash32(value, seed));
    for (let i = 0; i < rows.length; i++) rows[i] = mix32(rows[i] as number, valueHashes[codes[i] as number] as number);
  };
  for (const field of SINGLE_FIELDS) mixColumn(field, encoded.columns[field].dictionary, encoded.columns[field].codes);
  for (const [name, column] of Object.entries(encoded.extra))
    mixColumn(`extra.${name}`, column.dictionary, column.codes);
  for (const [field] of MULTI_FIELDS) {
    const { masks, codes, notRecorded } = encoded.multi[field];
    const seed = hash32(field, 0x2545f491);
    for (let i = 0; i < rows.length; i++) {
      const unrecorded = notRecorded === undefined ? 0 : (notRecorded[codes[i] as number] as number);
      rows[i] = mix32(mix32(rows[i] as number, (masks[i] as number) ^ seed), unrecorded);
    }
  }
  const source = new SourceFingerprint();
  for (const row of rows) source.addHash(row);
  return source.value();
}
