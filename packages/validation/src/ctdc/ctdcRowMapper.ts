// Maps one CTDC row (its cells, in header order) to a case record, or to the cells it cannot map.
// The header is compiled once per file: each row then costs a few array reads per column.
import {
  type AgeBand,
  type CaseFieldDefinition,
  type CaseRecord,
  caseCountryFromAlpha2,
  MULTI_VALUED_CASE_FIELDS,
} from "@nrmkit/core";
import { oneOf } from "../internal/phrases.js";
import {
  ABDUCTION,
  AGE,
  CITIZENSHIP,
  CTDC_COLUMNS,
  type CtdcFlag,
  type CtdcFlagGroup,
  DATA_SOURCE,
  DATA_SOURCE_CODES,
  EXPLOITATION,
  EXPLOITATION_COUNTRY,
  FLAG_GROUPS,
  GENDER,
  GENDER_CODES,
  isMissingCell,
  isMissingCountryCell,
  MAJORITY,
  MAJORITY_AT_EXPLOIT,
  MAJORITY_CODES,
  MAJORITY_ENTRY,
  SEX_AND_LABOUR,
  YEAR,
} from "./ctdcColumns.js";
import {
  EXPECTED_CTDC_AGE,
  EXPECTED_CTDC_BOOLEAN,
  EXPECTED_CTDC_COUNTRY,
  EXPECTED_CTDC_FLAG,
  EXPECTED_CTDC_GENDER,
  EXPECTED_CTDC_LABELS,
  EXPECTED_CTDC_MAJORITY,
  EXPECTED_CTDC_SOURCE,
  EXPECTED_CTDC_YEAR,
} from "./ctdcPhrases.js";

/** A cell that could not be mapped: its column, what it holds and what was expected. */
export interface CtdcCellProblem {
  readonly column: string;
  readonly value: string;
  readonly expected: string;
}

/** The outcome of one row. */
export type CtdcRowResult =
  | { readonly ok: true; readonly record: CaseRecord }
  | { readonly ok: false; readonly problems: readonly CtdcCellProblem[] };

/** A header compiled once per file. */
export interface CtdcHeader {
  /** How many cells each row must have. */
  readonly width: number;
  /** Columns that are neither CTDC columns nor declared fields, in header order. */
  readonly unknownColumns: readonly string[];
  /** CTDC columns that the file lacks (their values are not recorded in every row). */
  readonly missingColumns: readonly string[];
  /** Whether the header has `yearOfRegistration`, without which no row can be a record. */
  readonly hasYear: boolean;
  /** Maps a row; `dataRow` (from 1) makes the id of a row without one. */
  map(cells: readonly string[], dataRow: number): CtdcRowResult;
}

const AGE_BANDS: ReadonlyMap<string, AgeBand> = new Map(
  (["0-8", "9-17", "18-20", "21-23", "24-26", "27-29", "30-38", "39-47"] as const).map((band) => [band, band]),
);

/** `18--20`, `18—20` (em dash), `18–20` (en dash) and `18-20` are one band; `48+` is itself. */
function ageBandOf(cell: string): AgeBand | undefined {
  if (cell === "48+") return "48+";
  const normal = cell.replace(/\s*(?:--|—|–|-)\s*/, "-");
  return AGE_BANDS.get(normal);
}

/** 1, 0, or not recorded (`undefined`); `null` for a cell that is none of these. */
function flagOf(cell: string): boolean | undefined | null {
  switch (cell) {
    case "1":
      return true;
    case "0":
      return false;
    case "1.0":
    case "true":
    case "True":
    case "TRUE":
      return true;
    case "0.0":
    case "false":
    case "False":
    case "FALSE":
      return false;
    default:
      return isMissingCell(cell) ? undefined : null;
  }
}

/** A year written `YYYY` (or `YYYY.0`, as spreadsheets store numbers). */
function yearOf(cell: string): string | undefined {
  const year = cell.endsWith(".0") ? cell.slice(0, -2) : cell;
  return /^(?:19|20)\d\d$/.test(year) ? year : undefined;
}

interface CompiledGroup {
  readonly group: CtdcFlagGroup;
  /** Per flag of the group, its column index or -1. */
  readonly columns: readonly number[];
  /** The column joining labels, or -1. */
  readonly concatenated: number;
  /** Whether only the joined labels are there (no flag column): they are then read instead. */
  readonly labelsOnly: boolean;
  /** Values that no column of this file records: not recorded whenever the group is. */
  readonly uncovered: readonly string[];
  /** Labels (lower case) to values, for the joined column. */
  readonly byLabel: ReadonlyMap<string, string>;
}

const norm = (name: string) => name.trim().toLowerCase();
const BOTH = ["forced_labour", "sexual_exploitation"] as const;
// FLAG_GROUPS order is meansOfControl, exploitation, labour, sex, recruiter; records list exploitation first.
const FIELD_ORDER = [1, 2, 3, 0, 4] as const;

/** A cell without surrounding spaces; `""` for a column the file lacks. */
function cellAt(cells: readonly string[], i: number): string {
  if (i === -1) return "";
  const cell = cells[i] as string;
  const length = cell.length;
  // Most cells have no spaces: skip the copy trim would make.
  return length > 0 && (cell.charCodeAt(0) <= 32 || cell.charCodeAt(length - 1) <= 32) ? cell.trim() : cell;
}

function addProblem(
  problems: CtdcCellProblem[],
  names: readonly string[],
  cells: readonly string[],
  i: number,
  expected: string,
): void {
  problems.push({ column: names[i] as string, value: cells[i] as string, expected });
}

function majorityAt(
  problems: CtdcCellProblem[],
  names: readonly string[],
  cells: readonly string[],
  i: number,
): string | undefined {
  const text = cellAt(cells, i);
  if (isMissingCell(text)) return undefined;
  const lower = text.toLowerCase();
  if (!MAJORITY_CODES.has(lower)) addProblem(problems, names, cells, i, EXPECTED_CTDC_MAJORITY);
  return MAJORITY_CODES.get(lower);
}

function countryAt(problems: CtdcCellProblem[], names: readonly string[], cells: readonly string[], i: number): string {
  const text = cellAt(cells, i);
  if (isMissingCountryCell(text)) return "unknown";
  const code = caseCountryFromAlpha2(text);
  if (code === undefined) addProblem(problems, names, cells, i, EXPECTED_CTDC_COUNTRY);
  return code ?? "unknown";
}

/**
 * Compiles a CTDC header: finds every known column by name (case and surrounding spaces ignored),
 * the columns of declared user-defined fields, and the unknown ones.
 */
export function compileCtdcHeader(
  names: readonly string[],
  fields: readonly CaseFieldDefinition[],
  idPrefix: string,
): CtdcHeader {
  const index = new Map<string, number>();
  const unknownColumns: string[] = [];
  const known = new Set(CTDC_COLUMNS.map(norm));
  const declared = new Map(fields.map((field) => [norm(field.name), field]));
  const extraColumns: (readonly [number, CaseFieldDefinition])[] = [];
  let idColumn = -1;
  names.forEach((name, i) => {
    const key = norm(name);
    const fieldKey = key.startsWith("extra.") ? key.slice(6) : key;
    if (index.has(key)) unknownColumns.push(name);
    else if (known.has(key)) index.set(key, i);
    else if (key === "id" && idColumn === -1) idColumn = i;
    else if (declared.has(fieldKey)) extraColumns.push([i, declared.get(fieldKey) as CaseFieldDefinition]);
    else unknownColumns.push(name);
  });
  const at = (column: string) => index.get(norm(column)) ?? -1;
  const missingColumns = CTDC_COLUMNS.filter((column) => at(column) === -1);
  const groups: CompiledGroup[] = FLAG_GROUPS.map((group) => {
    const columns = group.flags.map((entry) => at(entry.column));
    const concatenated = at(group.concatenated);
    const labelsOnly = columns.every((column) => column === -1) && concatenated !== -1;
    const covered = new Set(
      group.flags.filter((_, f) => labelsOnly || (columns[f] as number) !== -1).map((entry) => entry.value),
    );
    const all = MULTI_VALUED_CASE_FIELDS[group.field] as readonly string[];
    return {
      group,
      columns,
      concatenated,
      labelsOnly,
      uncovered: Object.freeze(all.filter((value) => !covered.has(value))),
      byLabel: new Map(group.flags.map((entry) => [entry.label.toLowerCase(), entry.value])),
    };
  });
  const year = at(YEAR);
  const source = at(DATA_SOURCE);
  const gender = at(GENDER);
  const age = at(AGE);
  const majority = [at(MAJORITY), at(MAJORITY_AT_EXPLOIT), at(MAJORITY_ENTRY)] as const;
  const citizenship = at(CITIZENSHIP);
  const destination = at(EXPLOITATION_COUNTRY);
  const abduction = at(ABDUCTION);
  const sexAndLabour = at(SEX_AND_LABOUR);

  // No closure is made per row: rows are many, and each closure is garbage.
  function map(cells: readonly string[], dataRow: number): CtdcRowResult {
    const problems: CtdcCellProblem[] = [];

    const yearCell = cellAt(cells, year);
    const registrationDate = yearOf(yearCell);
    if (registrationDate === undefined && year !== -1) addProblem(problems, names, cells, year, EXPECTED_CTDC_YEAR);

    const sourceCell = cellAt(cells, source);
    let dataSource: string | undefined;
    if (!isMissingCell(sourceCell)) {
      dataSource = DATA_SOURCE_CODES.get(sourceCell.toLowerCase());
      if (dataSource === undefined) addProblem(problems, names, cells, source, EXPECTED_CTDC_SOURCE);
    }

    const genderCell = cellAt(cells, gender);
    let genderCode = "unknown";
    if (!isMissingCell(genderCell)) {
      const lower = genderCell.toLowerCase();
      if (lower !== "unknown") {
        const code = GENDER_CODES.get(lower);
        if (code === undefined) addProblem(problems, names, cells, gender, EXPECTED_CTDC_GENDER);
        else genderCode = code;
      }
    }

    const ageCell = cellAt(cells, age);
    let ageBand: AgeBand = "unknown";
    if (!isMissingCell(ageCell)) {
      const band = ageBandOf(ageCell);
      if (band === undefined) addProblem(problems, names, cells, age, EXPECTED_CTDC_AGE);
      else ageBand = band;
    }

    const status0 = majorityAt(problems, names, cells, majority[0]);
    const status1 = majorityAt(problems, names, cells, majority[1]);
    const status2 = majorityAt(problems, names, cells, majority[2]);
    const citizenshipCode = countryAt(problems, names, cells, citizenship);
    const destinationCode = countryAt(problems, names, cells, destination);

    const abductionFlag = flagOf(cellAt(cells, abduction));
    if (abductionFlag === null) addProblem(problems, names, cells, abduction, EXPECTED_CTDC_FLAG);

    const record: Record<string, unknown> = {};
    let notRecorded: Record<string, readonly string[]> | undefined;
    const lists: (string[] | undefined)[] = [];
    for (let g = 0; g < groups.length; g++) {
      const compiled = groups[g] as CompiledGroup;
      const { group } = compiled;
      let present: string[] | undefined;
      let unknown: string[] | undefined;
      let recorded = false;
      if (compiled.labelsOnly) {
        const text = cellAt(cells, compiled.concatenated);
        if (!isMissingCell(text)) {
          recorded = true;
          present = [];
          for (const label of text.split(";")) {
            const value = compiled.byLabel.get(label.trim().toLowerCase());
            if (value === undefined) addProblem(problems, names, cells, compiled.concatenated, EXPECTED_CTDC_LABELS);
            else if (!present.includes(value)) present.push(value);
          }
        }
      } else {
        const { columns } = compiled;
        const { flags } = group;
        for (let f = 0; f < columns.length; f++) {
          const i = columns[f] as number;
          if (i === -1) continue;
          const value = flagOf(cellAt(cells, i));
          if (value === null) {
            addProblem(problems, names, cells, i, EXPECTED_CTDC_FLAG);
          } else if (value === undefined) {
            unknown ??= [];
            unknown.push((flags[f] as CtdcFlag).value);
          } else {
            recorded = true;
            if (value) {
              present ??= [];
              present.push((flags[f] as CtdcFlag).value);
            }
          }
        }
        if (group === EXPLOITATION && sexAndLabour !== -1) {
          const both = flagOf(cellAt(cells, sexAndLabour));
          if (both === null) addProblem(problems, names, cells, sexAndLabour, EXPECTED_CTDC_FLAG);
          else if (both === true) {
            recorded = true;
            present ??= [];
            for (const value of BOTH) {
              if (!present.includes(value)) present.push(value);
              if (unknown !== undefined) unknown = unknown.filter((other) => other !== value);
            }
          }
        }
      }
      if (!recorded) {
        lists.push(undefined);
        continue;
      }
      lists.push(present ?? []);
      const unknownValues =
        unknown === undefined || unknown.length === 0
          ? compiled.uncovered
          : compiled.uncovered.length === 0
            ? unknown
            : unknown.concat(compiled.uncovered);
      if (unknownValues.length > 0) {
        notRecorded ??= {};
        notRecorded[group.field] = unknownValues;
      }
    }

    let extra: Record<string, string | boolean> | undefined;
    for (const [i, field] of extraColumns) {
      const text = cellAt(cells, i);
      if (isMissingCell(text)) continue;
      if (field.type === "boolean") {
        const value = flagOf(text);
        if (value === null || value === undefined) addProblem(problems, names, cells, i, EXPECTED_CTDC_BOOLEAN);
        else {
          extra ??= {};
          extra[field.name] = value;
        }
      } else if (field.codes.includes(text)) {
        extra ??= {};
        extra[field.name] = text;
      } else {
        addProblem(problems, names, cells, i, oneOf(field.codes));
      }
    }

    if (problems.length > 0 || registrationDate === undefined) return { ok: false, problems };
    const idCell = idColumn === -1 ? "" : cellAt(cells, idColumn);
    record.id = idCell === "" ? `${idPrefix}${String(dataRow).padStart(6, "0")}` : idCell;
    record.registrationDate = registrationDate;
    if (dataSource !== undefined) record.dataSource = dataSource;
    record.gender = genderCode;
    record.ageBand = ageBand;
    if (status0 !== undefined) record.majorityStatus = status0;
    if (status1 !== undefined) record.majorityStatusAtExploitation = status1;
    if (status2 !== undefined) record.majorityStatusAtEntry = status2;
    record.citizenship = citizenshipCode;
    record.exploitationCountry = destinationCode;
    // Record fields in the interface's order.
    for (const g of FIELD_ORDER) {
      const list = lists[g];
      if (list !== undefined) record[(groups[g] as CompiledGroup).group.field] = list;
    }
    if (abductionFlag !== undefined && abductionFlag !== null) record.abduction = abductionFlag;
    record.referringAgencyKind = "unknown";
    if (notRecorded !== undefined) record.notRecorded = notRecorded;
    if (extra !== undefined) record.extra = extra;
    return { ok: true, record: record as unknown as CaseRecord };
  }

  return {
    width: names.length,
    unknownColumns: Object.freeze(unknownColumns),
    missingColumns: Object.freeze(missingColumns),
    hasYear: year !== -1,
    map,
  };
}
