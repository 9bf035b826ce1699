import { datePrecision, type IsoDate, isIsoDate, NrmkitError, partialDateRange, toDate, toIsoDate } from "@nrmkit/core";
import {
  eachMonthOfInterval,
  eachQuarterOfInterval,
  eachYearOfInterval,
  endOfMonth,
  endOfQuarter,
  endOfYear,
  format,
  getQuarter,
} from "date-fns";
import type { CustomPeriod, PeriodSpec } from "../../periods.js";
import type { Category } from "../../statTable.js";

/** The period dimension compiled against a dictionary of dates. */
export interface CompiledPeriods {
  readonly categories: readonly Category[];
  readonly multiValued: boolean;
  /** Per date code: category index, or -1 when outside (single-valued periods). */
  readonly index: Int32Array;
  /** Per date code: bit mask of categories (multi-valued periods). */
  readonly masks: Uint32Array;
  /**
   * Per date code: 1 when a date known only to a year or month spans more than one period (or the
   * edge of the range), so it cannot be placed and is left out; null when every date is placed.
   */
  readonly unplaced: Uint8Array | null;
}

const EMPTY_RANGE = { from: "", to: "" } as const;

/** The first and last day a dictionary date covers, or null for a malformed one (which then throws). */
function spanOf(date: string): { readonly from: string; readonly to: string } {
  if (date.length === 10) return { from: date, to: date };
  if (datePrecision(date) === undefined) checkDate(date, "registrationDate");
  return date.length === 4 || date.length === 7 ? partialDateRange(date) : EMPTY_RANGE;
}

const CALENDAR = {
  month: {
    each: eachMonthOfInterval,
    end: endOfMonth,
    code: (date: Date) => format(date, "yyyy-MM"),
    label: (date: Date) => format(date, "MMM yyyy"),
  },
  quarter: {
    each: eachQuarterOfInterval,
    end: endOfQuarter,
    code: (date: Date) => `${format(date, "yyyy")}-Q${String(getQuarter(date))}`,
    label: (date: Date) => `${format(date, "yyyy")} Q${String(getQuarter(date))}`,
  },
  year: {
    each: eachYearOfInterval,
    end: endOfYear,
    code: (date: Date) => format(date, "yyyy"),
    label: (date: Date) => format(date, "yyyy"),
  },
} as const;

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The calendar period code of a `YYYY-MM-DD` date, read from its digits: the categories come from
 * date-fns, but mapping thousands of distinct dates per query must not format each one.
 */
function periodCodeOf(date: string, granularity: "month" | "quarter" | "year"): string {
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(date) ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > (DAYS_IN_MONTH[month - 1] as number) ||
    (month === 2 && day === 29)
  ) {
    checkDate(date, "registrationDate");
  }
  if (granularity === "year") return date.slice(0, 4);
  if (granularity === "month") return date.slice(0, 7);
  return `${date.slice(0, 4)}-Q${String(Math.ceil(month / 3))}`;
}

function checkDate(value: IsoDate, field: string): void {
  if (field === "registrationDate" ? datePrecision(value) === undefined : !isIsoDate(value)) {
    throw new NrmkitError(
      "invalid_date",
      field === "registrationDate"
        ? `${field}: expected a date written YYYY, YYYY-MM or YYYY-MM-DD, received ${JSON.stringify(value)}`
        : `${field}: expected a date written YYYY-MM-DD, received ${JSON.stringify(value)}`,
    );
  }
}

/** Tells whether any two custom periods share a day. */
function overlaps(periods: readonly CustomPeriod[]): boolean {
  const sorted = [...periods].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  for (let i = 1; i < sorted.length; i++) {
    if ((sorted[i] as CustomPeriod).from <= (sorted[i - 1] as CustomPeriod).to) return true;
  }
  return false;
}

function compileCustom(periods: readonly CustomPeriod[], dates: readonly string[]): CompiledPeriods {
  if (periods.length === 0 || periods.length > 31) {
    throw new NrmkitError(
      "invalid_argument",
      `period: expected 1 to 31 custom periods, received ${String(periods.length)}`,
    );
  }
  const ids = new Set<string>();
  periods.forEach((period, i) => {
    checkDate(period.from, `period[${String(i)}].from`);
    checkDate(period.to, `period[${String(i)}].to`);
    if (period.from > period.to) {
      throw new NrmkitError("invalid_argument", `period[${String(i)}]: expected from on or before to`);
    }
    if (ids.has(period.id)) throw new NrmkitError("duplicate_id", `period[${String(i)}].id: duplicate ${period.id}`);
    ids.add(period.id);
  });
  const index = new Int32Array(dates.length).fill(-1);
  const masks = new Uint32Array(dates.length);
  let unplaced: Uint8Array | null = null;
  dates.forEach((date, code) => {
    const span = spanOf(date);
    let partly = false;
    periods.forEach((period, p) => {
      // ISO dates compare as strings. A year or month inside a period is placed; one that crosses
      // the period's edge cannot be.
      if (span.from >= period.from && span.to <= period.to) {
        masks[code] = (masks[code] as number) | (1 << p);
        if (index[code] === -1) index[code] = p;
      } else if (span.from <= period.to && span.to >= period.from) {
        partly = true;
      }
    });
    if (partly) {
      unplaced ??= new Uint8Array(dates.length);
      unplaced[code] = 1;
      index[code] = -1;
      masks[code] = 0;
    }
  });
  const categories = periods.map(
    (period): Category => ({
      code: period.id,
      label: period.label ?? period.id,
      unknown: false,
      from: period.from,
      to: period.to,
    }),
  );
  return { categories, multiValued: overlaps(periods), index, masks, unplaced };
}

/**
 * Compiles a period spec against the distinct registration dates of the data.
 *
 * @param spec - Granularity or custom periods.
 * @param dates - Distinct dates (a dictionary); each code maps to a period.
 * @param range - Optional first and last day to keep; defaults to the data's range.
 */
export function compilePeriods(
  spec: PeriodSpec,
  dates: readonly string[],
  range: { readonly from?: IsoDate | undefined; readonly to?: IsoDate | undefined } = {},
): CompiledPeriods {
  if (typeof spec !== "string") return compileCustom(spec, dates);
  // Calendar periods depend only on the date dictionary and the range, so they are compiled once per
  // encoded dataset: building categories with date-fns would otherwise be a fixed cost of every query.
  const key = `${spec}|${range.from ?? ""}|${range.to ?? ""}|${String(dates.length)}`;
  let byKey = calendarCache.get(dates);
  if (byKey === undefined) {
    byKey = new Map();
    calendarCache.set(dates, byKey);
  }
  const cached = byKey.get(key);
  if (cached !== undefined) return cached;
  const compiled = compileCalendar(spec, dates, range);
  byKey.set(key, compiled);
  return compiled;
}

// Dictionaries are never changed once encoded (the length in the key guards against appends).
const calendarCache = new WeakMap<readonly string[], Map<string, CompiledPeriods>>();

function compileCalendar(
  spec: "month" | "quarter" | "year",
  dates: readonly string[],
  range: { readonly from?: IsoDate | undefined; readonly to?: IsoDate | undefined },
): CompiledPeriods {
  const calendar = CALENDAR[spec];
  if (calendar === undefined) {
    throw new NrmkitError(
      "invalid_argument",
      `period: expected month, quarter, year or custom periods, received ${String(spec)}`,
    );
  }
  if (range.from !== undefined) checkDate(range.from, "from");
  if (range.to !== undefined) checkDate(range.to, "to");
  // A date counts toward the data's range only when it is precise enough for the granularity, so a
  // year-only record never stretches a monthly table over twelve empty months.
  const precise = (date: string) => spec === "year" || date.length >= 7;
  let first = range.from;
  let last = range.to;
  if (first === undefined || last === undefined) {
    let min: string | undefined;
    let max: string | undefined;
    for (const date of dates) {
      if (!precise(date)) continue;
      const span = spanOf(date);
      if (min === undefined || span.from < min) min = span.from;
      if (max === undefined || span.to > max) max = span.to;
    }
    first ??= min;
    last ??= max;
  }
  const index = new Int32Array(dates.length).fill(-1);
  let unplaced: Uint8Array | null = null;
  const markUnplaced = (code: number) => {
    unplaced ??= new Uint8Array(dates.length);
    unplaced[code] = 1;
  };
  if (first === undefined || last === undefined || first > last) {
    // No period to show: every date that is not precise enough could not be placed.
    dates.forEach((date, code) => {
      if (!precise(date)) markUnplaced(code);
    });
    return { categories: [], multiValued: false, index, masks: new Uint32Array(dates.length), unplaced };
  }
  const starts = calendar.each({ start: toDate(first, "from"), end: toDate(last, "to") });
  const categories = starts.map(
    (start): Category => ({
      code: calendar.code(start),
      label: calendar.label(start),
      unknown: false,
      from: toIsoDate(start),
      to: toIsoDate(calendar.end(start)),
    }),
  );
  const position = new Map(categories.map((category, i) => [category.code, i]));
  // Bounds from the data cover whole periods, so a month-only record in the last month is placed;
  // bounds the caller gave are kept to the day.
  const lo = range.from ?? (categories[0] as Category).from ?? first;
  const hi = range.to ?? (categories[categories.length - 1] as Category).to ?? last;
  dates.forEach((date, code) => {
    if (date.length === 10) {
      if (date < lo || date > hi) return;
      index[code] = position.get(periodCodeOf(date, spec)) ?? -1;
      return;
    }
    const span = spanOf(date);
    // Outside the caller's from/to: filtered out. Outside the data's own range (a year-only record
    // before the first dated one): not placeable, so noted.
    if ((range.to !== undefined && span.from > range.to) || (range.from !== undefined && span.to < range.from)) return;
    const period = periodCodeOf(span.from, spec);
    if (span.from < lo || span.to > hi || period !== periodCodeOf(span.to, spec)) {
      markUnplaced(code);
      return;
    }
    index[code] = position.get(period) ?? -1;
  });
  return { categories, multiValued: false, index, masks: new Uint32Array(dates.length), unplaced };
}
