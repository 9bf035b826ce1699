// Benchmark: @nrmkit/stats against arquero, DuckDB and a hand-written columnar loop on 1M synthetic records.
// Run: pnpm --filter @nrmkit/stats bench   (or `pnpm bench` at the root)
// Prints load times, per query and engine the median of 9 timed rounds (after 3 warm-up runs),
// the ratios ours / hand loop and DuckDB / ours, a Q1 over records with values not recorded, and memory.
// BENCH_COUNT=<n> changes the number of records; BENCH_ENGINES=ours,hand skips arquero and DuckDB
// (quick runs while optimising); BENCH_VERBOSE=1 prints every round's times.
import { DuckDBInstance } from "@duckdb/node-api";
import { type CaseRecord, EXPLOITATION_TYPES, type ExploitationType } from "@nrmkit/core";
import { generateSyntheticCases } from "@nrmkit/core/synthetic";
import * as aq from "arquero";
import {
  aggregate,
  crossTab,
  type EncodedCases,
  encodeCases,
  protectTable,
  type StatCell,
  type StatTable,
  trend,
} from "../src/index.js";

const COUNT = Number(process.env.BENCH_COUNT ?? 1_000_000);
const WARMUP = 3;
const ROUNDS = 9;
const ENGINES = (process.env.BENCH_ENGINES ?? "ours,hand,arquero,duckdb").split(",");
const SPEC_Q1 = { dimensions: ["regionId", "exploitation"], period: "year" } as const;
const PROTECTION = { threshold: 11 } as const;
const TOTAL = "*";

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

async function time(run: () => unknown): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/** Fills a template table (our dimensions and key order) from "a|b|c" → count, with "*" for totals. */
function fill(template: StatTable, counts: ReadonlyMap<string, number>): StatTable {
  const value = (cell: StatCell): StatCell => ({
    ...cell,
    value: counts.get(cell.key.map((code) => code ?? TOTAL).join("|")) ?? 0,
  });
  return { ...template, cells: template.cells.map(value), totals: template.totals.map(value) };
}

function countsOf(table: StatTable): Map<string, number> {
  return new Map(
    [...table.cells, ...table.totals].map((cell) => [cell.key.map((code) => code ?? TOTAL).join("|"), cell.value ?? 0]),
  );
}

// ---------------------------------------------------------------- hand-written columnar loops

function codeIndex(dictionary: readonly string[], categories: readonly string[]): Int32Array {
  const position = new Map(categories.map((code, i) => [code, i]));
  return Int32Array.from(dictionary, (code) => position.get(code) ?? -1);
}

function handQ1(encoded: EncodedCases, template: StatTable): StatTable {
  const [years, regions, types] = template.dimensions.map((dimension) =>
    dimension.categories.map((category) => category.code),
  ) as [string[], string[], string[]];
  const dates = encoded.columns.registrationDate;
  const yearOf = codeIndex(
    dates.dictionary.map((date) => date.slice(0, 4)),
    years,
  );
  const regionOf = codeIndex(encoded.columns.regionId.dictionary, regions);
  const bitToType = codeIndex(encoded.multi.exploitation.dictionary, types);
  const Y = years.length + 1;
  const R = regions.length + 1;
  const E = types.length + 1;
  const counts = new Uint32Array(Y * R * E);
  const dateCodes = dates.codes;
  const regionCodes = encoded.columns.regionId.codes;
  const masks = encoded.multi.exploitation.masks;
  for (let i = 0; i < encoded.count; i++) {
    const base = ((yearOf[dateCodes[i] as number] as number) * R + (regionOf[regionCodes[i] as number] as number)) * E;
    counts[base + E - 1] = (counts[base + E - 1] as number) + 1;
    let mask = masks[i] as number;
    while (mask !== 0) {
      const low = mask & -mask;
      const cell = base + (bitToType[31 - Math.clz32(low)] as number);
      counts[cell] = (counts[cell] as number) + 1;
      mask ^= low;
    }
  }
  // Margins over year and region by summation (both single-valued).
  for (let r = 0; r < R; r++)
    for (let e = 0; e < E; e++) {
      let sum = 0;
      for (let y = 0; y < Y - 1; y++) sum += counts[(y * R + r) * E + e] as number;
      counts[((Y - 1) * R + r) * E + e] = sum;
    }
  for (let y = 0; y < Y; y++)
    for (let e = 0; e < E; e++) {
      let sum = 0;
      for (let r = 0; r < R - 1; r++) sum += counts[(y * R + r) * E + e] as number;
      counts[(y * R + R - 1) * E + e] = sum;
    }
  const map = new Map<string, number>();
  for (let y = 0; y < Y; y++)
    for (let r = 0; r < R; r++)
      for (let e = 0; e < E; e++) {
        map.set(
          `${years[y] ?? TOTAL}|${regions[r] ?? TOTAL}|${types[e] ?? TOTAL}`,
          counts[(y * R + r) * E + e] as number,
        );
      }
  return fill(template, map);
}

function handQ2(encoded: EncodedCases, template: StatTable): StatTable {
  const [regions, countries] = template.dimensions.map((dimension) =>
    dimension.categories.map((category) => category.code),
  ) as [string[], string[]];
  const regionOf = codeIndex(encoded.columns.regionId.dictionary, regions);
  const countryOf = codeIndex(encoded.columns.exploitationCountry.dictionary, countries);
  const C = countries.length + 1;
  const counts = new Uint32Array((regions.length + 1) * C);
  const regionCodes = encoded.columns.regionId.codes;
  const countryCodes = encoded.columns.exploitationCountry.codes;
  for (let i = 0; i < encoded.count; i++) {
    const cell = (regionOf[regionCodes[i] as number] as number) * C + (countryOf[countryCodes[i] as number] as number);
    counts[cell] = (counts[cell] as number) + 1;
  }
  const map = new Map<string, number>();
  let grand = 0;
  const columnTotals = new Array<number>(countries.length).fill(0);
  regions.forEach((region, r) => {
    let row = 0;
    countries.forEach((country, c) => {
      const n = counts[r * C + c] as number;
      map.set(`${region}|${country}`, n);
      row += n;
      columnTotals[c] = (columnTotals[c] as number) + n;
    });
    map.set(`${region}|${TOTAL}`, row);
    grand += row;
  });
  countries.forEach((country, c) => {
    map.set(`${TOTAL}|${country}`, columnTotals[c] as number);
  });
  map.set(`${TOTAL}|${TOTAL}`, grand);
  return fill(template, map);
}

interface TrendRow {
  readonly month: string;
  readonly gender: string;
  readonly count: number;
  readonly change: number | null;
}

function withChanges(rows: readonly { month: string; gender: string; count: number }[]): TrendRow[] {
  const previous = new Map<string, number>();
  return [...rows]
    .sort((a, b) =>
      a.gender < b.gender ? -1 : a.gender > b.gender ? 1 : a.month < b.month ? -1 : a.month > b.month ? 1 : 0,
    )
    .map((row) => {
      const before = previous.get(row.gender);
      previous.set(row.gender, row.count);
      return { ...row, change: before === undefined ? null : row.count - before };
    });
}

function handQ3(encoded: EncodedCases): TrendRow[] {
  const dates = encoded.columns.registrationDate;
  const months = [...new Set(dates.dictionary.map((date) => date.slice(0, 7)))].sort();
  const monthOf = codeIndex(
    dates.dictionary.map((date) => date.slice(0, 7)),
    months,
  );
  const genders = encoded.columns.gender.dictionary;
  const G = genders.length + 1;
  const counts = new Uint32Array(months.length * G);
  const dateCodes = dates.codes;
  const genderCodes = encoded.columns.gender.codes;
  for (let i = 0; i < encoded.count; i++) {
    const cell = (monthOf[dateCodes[i] as number] as number) * G + (genderCodes[i] as number);
    counts[cell] = (counts[cell] as number) + 1;
  }
  const rows: { month: string; gender: string; count: number }[] = [];
  months.forEach((month, m) => {
    let total = 0;
    genders.forEach((gender, g) => {
      const n = counts[m * G + g] as number;
      rows.push({ month, gender, count: n });
      total += n;
    });
    rows.push({ month, gender: TOTAL, count: total });
  });
  return withChanges(rows);
}

// ---------------------------------------------------------------- arquero

function arqueroTable(records: readonly CaseRecord[]) {
  return aq.table({
    registrationDate: records.map((record) => record.registrationDate),
    regionId: records.map((record) => record.regionId ?? "unknown"),
    gender: records.map((record) => record.gender),
    exploitationCountry: records.map((record) => record.exploitationCountry),
    // An absent list means "not recorded", an empty one "none", encoded as such at load time (as encodeCases does).
    exploitation: records.map((record) =>
      record.exploitation === undefined
        ? ["unknown"]
        : record.exploitation.length === 0
          ? ["none"]
          : record.exploitation,
    ),
  });
}

type ArqueroTable = ReturnType<typeof arqueroTable>;

function tally(
  map: Map<string, number>,
  rows: readonly Record<string, unknown>[],
  keys: readonly (string | null)[],
): void {
  for (const row of rows)
    map.set(keys.map((key) => (key === null ? TOTAL : String(row[key]))).join("|"), row.n as number);
}

function arqueroQ1(table: ArqueroTable, template: StatTable): StatTable {
  const withYear = table.derive({ year: "d => op.substring(d.registrationDate, 0, 4)" });
  const unrolled = withYear.unroll("exploitation");
  const map = new Map<string, number>();
  const sets: [ArqueroTable, (string | null)[]][] = [
    [unrolled, ["year", "regionId", "exploitation"]],
    [unrolled, ["year", null, "exploitation"]],
    [unrolled, [null, "regionId", "exploitation"]],
    [unrolled, [null, null, "exploitation"]],
    [withYear, ["year", "regionId", null]],
    [withYear, ["year", null, null]],
    [withYear, [null, "regionId", null]],
    [withYear, [null, null, null]],
  ];
  for (const [source, keys] of sets) {
    const by = keys.filter((key): key is string => key !== null);
    const counted = by.length === 0 ? source.count({ as: "n" }) : source.groupby(...by).count({ as: "n" });
    tally(map, counted.objects() as Record<string, unknown>[], keys);
  }
  return fill(template, map);
}

function arqueroQ2(table: ArqueroTable, template: StatTable): StatTable {
  const map = new Map<string, number>();
  const sets: (string | null)[][] = [
    ["regionId", "exploitationCountry"],
    ["regionId", null],
    [null, "exploitationCountry"],
    [null, null],
  ];
  for (const keys of sets) {
    const by = keys.filter((key): key is string => key !== null);
    const counted = by.length === 0 ? table.count({ as: "n" }) : table.groupby(...by).count({ as: "n" });
    tally(map, counted.objects() as Record<string, unknown>[], keys);
  }
  return fill(template, map);
}

function arqueroQ3(table: ArqueroTable): TrendRow[] {
  const withMonth = table.derive({ month: "d => op.substring(d.registrationDate, 0, 7)" });
  const bySex = withMonth.groupby("month", "gender").count({ as: "n" });
  const total = withMonth.groupby("month").count({ as: "n" }).derive({ gender: "() => '*'" });
  const changed = bySex.concat(total).groupby("gender").orderby("month").derive({ change: "d => d.n - op.lag(d.n)" });
  return (changed.objects() as { month: string; gender: string; n: number; change: number | null }[]).map((row) => ({
    month: row.month,
    gender: row.gender,
    count: row.n,
    change: Number.isNaN(row.change) ? null : row.change,
  }));
}

// ---------------------------------------------------------------- DuckDB

async function duckdbLoad(records: readonly CaseRecord[]) {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  await connection.run(
    "CREATE TABLE staging (d VARCHAR, region VARCHAR, gender VARCHAR, destination VARCHAR, exploitation VARCHAR)",
  );
  const appender = await connection.createAppender("staging");
  for (const record of records) {
    appender.appendVarchar(record.registrationDate);
    appender.appendVarchar(record.regionId ?? "unknown");
    appender.appendVarchar(record.gender);
    appender.appendVarchar(record.exploitationCountry);
    appender.appendVarchar(
      record.exploitation === undefined
        ? "unknown"
        : record.exploitation.length === 0
          ? "none"
          : record.exploitation.join("|"),
    );
    appender.endRow();
  }
  appender.flushSync();
  appender.closeSync();
  // Natural schema: a DATE column and a list of forms of exploitation.
  await connection.run(
    "CREATE TABLE cases AS SELECT CAST(d AS DATE) AS registration_date, region, gender, destination, string_split(exploitation, '|') AS exploitation FROM staging",
  );
  await connection.run("DROP TABLE staging");
  return { instance, connection };
}

type Duck = Awaited<ReturnType<typeof duckdbLoad>>;

async function duckRows(duck: Duck, sql: string): Promise<Record<string, unknown>[]> {
  return (await duck.connection.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
}

function grouped(rows: readonly Record<string, unknown>[], columns: readonly string[]): Map<string, number> {
  return new Map(
    rows.map((row) => [
      columns.map((column) => (row[column] === null ? TOTAL : String(row[column]))).join("|"),
      Number(row.n),
    ]),
  );
}

async function duckQ1(duck: Duck, template: StatTable): Promise<StatTable> {
  const cells = await duckRows(
    duck,
    `SELECT CAST(year(registration_date) AS VARCHAR) AS y, region, t, count(*) AS n
     FROM (SELECT registration_date, region, unnest(exploitation) AS t FROM cases)
     GROUP BY GROUPING SETS ((y, region, t), (y, t), (region, t), (t))`,
  );
  // Totals over the form of exploitation count persons, so they come from the table before unnesting.
  const persons = await duckRows(
    duck,
    `SELECT CAST(year(registration_date) AS VARCHAR) AS y, region, NULL AS t, count(*) AS n
     FROM cases GROUP BY GROUPING SETS ((y, region), (y), (region), ())`,
  );
  return fill(template, grouped([...cells, ...persons], ["y", "region", "t"]));
}

async function duckQ2(duck: Duck, template: StatTable): Promise<StatTable> {
  const rows = await duckRows(
    duck,
    "SELECT region, destination, count(*) AS n FROM cases GROUP BY CUBE (region, destination)",
  );
  return fill(template, grouped(rows, ["region", "destination"]));
}

async function duckQ3(duck: Duck): Promise<TrendRow[]> {
  const rows = await duckRows(
    duck,
    `WITH c AS (
       SELECT strftime(registration_date, '%Y-%m') AS month, coalesce(gender, '*') AS gender, count(*) AS n
       FROM cases GROUP BY GROUPING SETS ((month, gender), (month))
     )
     SELECT month, gender, n, n - lag(n) OVER (PARTITION BY gender ORDER BY month) AS change FROM c`,
  );
  return rows.map((row) => ({
    month: String(row.month),
    gender: String(row.gender),
    count: Number(row.n),
    change: row.change === null ? null : Number(row.change),
  }));
}

// ---------------------------------------------------------------- run

function sameCounts(a: StatTable, b: StatTable): boolean {
  const left = countsOf(a);
  const right = countsOf(b);
  return left.size === right.size && [...left].every(([key, value]) => right.get(key) === value);
}

function sameTrend(ours: ReturnType<typeof trend>, other: readonly TrendRow[]): boolean {
  const expected = new Map<string, number>();
  for (const series of ours.series)
    for (const point of series.points) expected.set(`${point.period}|${series.key ?? TOTAL}`, point.value ?? 0);
  return (
    other.length === expected.size && other.every((row) => expected.get(`${row.month}|${row.gender}`) === row.count)
  );
}

/**
 * Records with values of exploitation not recorded beside known ones (CTDC flags left empty): in
 * every third record the first form listed is dropped and, with `named`, it and one form not
 * listed are named in `notRecorded`. Without `named` the same forms are present, with no status:
 * the two differ only by the per-value status.
 */
function partlyRecorded(records: readonly CaseRecord[], named: boolean): CaseRecord[] {
  return records.map((record, i) => {
    const exploitation = record.exploitation;
    if (i % 3 !== 0 || exploitation === undefined) return record;
    const dropped = { ...record, exploitation: exploitation.slice(1) };
    if (!named) return dropped;
    const unknown: ExploitationType[] = exploitation.slice(0, 1);
    const other = EXPLOITATION_TYPES.find((type) => !exploitation.includes(type));
    if (other !== undefined) unknown.push(other);
    return { ...dropped, notRecorded: { exploitation: unknown } };
  });
}

type Engine = "ours" | "hand" | "arquero" | "duckdb";

interface Query {
  readonly name: string;
  readonly runs: Partial<Record<Engine, () => unknown>>;
}

interface Result {
  readonly name: string;
  /** Median time per engine, in ms. */
  readonly median: Partial<Record<Engine, number>>;
  /** Median over rounds of the per-round ratios (robust to load that drifts between rounds). */
  readonly oursOverHand: number | null;
  readonly duckdbOverOurs: number | null;
}

const middle = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};

/**
 * Times every engine of a query in rounds: each round runs each engine once, in an order that
 * rotates, so load from other processes on a shared machine hits every engine alike.
 */
async function measure(query: Query): Promise<Result> {
  const engines = (Object.keys(query.runs) as Engine[]).filter((engine) => ENGINES.includes(engine));
  for (const engine of engines) {
    gc();
    for (let i = 0; i < WARMUP; i++) await query.runs[engine]?.();
  }
  // No collection between rounds: a full one right before a run slowed the next runs several-fold
  // (measured: Q1 120 ms instead of 15), which would time the collector, not the query.
  const times = new Map<Engine, number[]>(engines.map((engine) => [engine, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (let e = 0; e < engines.length; e++) {
      const engine = engines[(round + e) % engines.length] as Engine;
      times.get(engine)?.push(await time(query.runs[engine] as () => unknown));
    }
  }
  if (process.env.BENCH_VERBOSE === "1") {
    for (const [engine, values] of times) {
      process.stdout.write(`${query.name} ${engine}: ${values.map((value) => value.toFixed(1)).join(" ")}\n`);
    }
  }
  const ratio = (top: Engine, bottom: Engine): number | null => {
    const a = times.get(top);
    const b = times.get(bottom);
    if (a === undefined || b === undefined) return null;
    return middle(a.map((value, round) => value / (b[round] as number)));
  };
  return {
    name: query.name,
    median: Object.fromEntries([...times].map(([engine, values]) => [engine, middle(values)])),
    oursOverHand: ratio("ours", "hand"),
    duckdbOverOurs: ratio("duckdb", "ours"),
  };
}

async function main(): Promise<void> {
  const memory = () => process.memoryUsage();
  let started = performance.now();
  const records = generateSyntheticCases({ count: COUNT, seed: 1 });
  const generated = performance.now() - started;
  gc();
  const heapRecords = memory().heapUsed;

  started = performance.now();
  const encoded = encodeCases(records);
  const encodeTime = performance.now() - started;
  gc();
  const heapEncoded = memory().heapUsed;
  const encodedBytes = [
    ...Object.values(encoded.columns).map((column) => column.codes.byteLength),
    ...Object.values(encoded.multi).map((column) => column.masks.byteLength + column.codes.byteLength),
  ].reduce((a, b) => a + b, 0);

  const partly = partlyRecorded(records, true);
  gc();
  started = performance.now();
  const encodedPartly = encodeCases(partly);
  const encodePartlyTime = performance.now() - started;
  const encodedDropped = encodeCases(partlyRecorded(records, false));
  gc();

  const withArquero = ENGINES.includes("arquero");
  const withDuckdb = ENGINES.includes("duckdb");
  started = performance.now();
  const frame = withArquero ? arqueroTable(records) : undefined;
  const arqueroLoad = performance.now() - started;
  started = performance.now();
  const duck = withDuckdb ? await duckdbLoad(records) : undefined;
  const duckLoad = performance.now() - started;

  // Templates (dimensions and key order) shared by every engine's output.
  const templateQ1 = aggregate(encoded, SPEC_Q1);
  const templateQ1Partly = aggregate(encodedPartly, SPEC_Q1);
  const templateQ2 = crossTab(encoded, "regionId", "exploitationCountry");
  const oursQ3 = trend(encoded, { period: "month", by: "gender" });

  const agree = {
    q1: [
      handQ1(encoded, templateQ1),
      ...(frame === undefined ? [] : [arqueroQ1(frame, templateQ1)]),
      ...(duck === undefined ? [] : [await duckQ1(duck, templateQ1)]),
    ].every((table) => sameCounts(table, templateQ1)),
    q1Partly: sameCounts(handQ1(encodedPartly, templateQ1Partly), templateQ1Partly),
    q2: [
      handQ2(encoded, templateQ2),
      ...(frame === undefined ? [] : [arqueroQ2(frame, templateQ2)]),
      ...(duck === undefined ? [] : [await duckQ2(duck, templateQ2)]),
    ].every((table) => sameCounts(table, templateQ2)),
    q3: [
      handQ3(encoded),
      ...(frame === undefined ? [] : [arqueroQ3(frame)]),
      ...(duck === undefined ? [] : [await duckQ3(duck)]),
    ].every((rows) => sameTrend(oursQ3, rows)),
  };

  const queries: Query[] = [
    {
      name: "Q1 year × region × exploitation type, suppressed",
      runs: {
        ours: () => protectTable(aggregate(encoded, SPEC_Q1), PROTECTION),
        hand: () => protectTable(handQ1(encoded, templateQ1), PROTECTION),
        ...(frame === undefined ? {} : { arquero: () => protectTable(arqueroQ1(frame, templateQ1), PROTECTION) }),
        ...(duck === undefined ? {} : { duckdb: async () => protectTable(await duckQ1(duck, templateQ1), PROTECTION) }),
      },
    },
    {
      name: "Q2 region × destination cross-tab with totals",
      runs: {
        ours: () => crossTab(encoded, "regionId", "exploitationCountry"),
        hand: () => handQ2(encoded, templateQ2),
        ...(frame === undefined ? {} : { arquero: () => arqueroQ2(frame, templateQ2) }),
        ...(duck === undefined ? {} : { duckdb: () => duckQ2(duck, templateQ2) }),
      },
    },
    {
      name: "Q3 monthly trend by sex with change",
      runs: {
        ours: () => trend(encoded, { period: "month", by: "gender" }),
        hand: () => handQ3(encoded),
        ...(frame === undefined ? {} : { arquero: () => arqueroQ3(frame) }),
        ...(duck === undefined ? {} : { duckdb: () => duckQ3(duck) }),
      },
    },
  ];
  // The per-value status: Q1 over the records with values not recorded, against Q1 over the plain
  // records (same engine, same rounds) and against the hand loop over the same encoded records.
  const partlyQuery: Query = {
    name: "Q1 over records with values not recorded",
    runs: {
      ours: () => protectTable(aggregate(encodedPartly, SPEC_Q1), PROTECTION),
      hand: () => protectTable(handQ1(encodedPartly, templateQ1Partly), PROTECTION),
    },
  };
  // Its cost: the same query over the same values present, with and without the status.
  const statusCost: Query = {
    name: "status cost",
    runs: {
      ours: () => protectTable(aggregate(encodedPartly, SPEC_Q1), PROTECTION),
      hand: () => protectTable(aggregate(encodedDropped, SPEC_Q1), PROTECTION),
    },
  };

  // Warm every engine once first, so shared code (protectTable) is not warmed by whichever runs first.
  for (const query of [...queries, partlyQuery]) {
    for (const run of Object.values(query.runs)) await run();
  }
  const results: Result[] = [];
  for (const query of [...queries, partlyQuery]) results.push(await measure(query));
  const cost = await measure(statusCost);
  // Heap allocated by one query of ours (garbage included), measured apart from the timings.
  let allocated = 0;
  for (const query of queries) {
    gc();
    const start = memory().heapUsed;
    query.runs.ours?.();
    allocated = Math.max(allocated, memory().heapUsed - start);
  }
  gc();
  const heapAfter = memory().heapUsed;
  duck?.connection.closeSync();

  const ms = (value: number | undefined) => (value === undefined ? "–" : value.toFixed(1)).padStart(9);
  const times = (value: number | null) => (value === null ? "–" : `${value.toFixed(2)}×`).padStart(8);
  const yes = (value: boolean) => (value ? "yes" : "NO");
  const lines = [
    `Records: ${COUNT.toLocaleString("en")} synthetic (seed 1), generated in ${(generated / 1000).toFixed(1)} s; Node ${process.version}; ${String((await import("node:os")).cpus().length)} CPUs.`,
    `Load (not timed in queries): encodeCases ${encodeTime.toFixed(0)} ms, arquero table ${frame === undefined ? "skipped" : `${arqueroLoad.toFixed(0)} ms`}, DuckDB appender + CREATE TABLE ${duck === undefined ? "skipped" : `${duckLoad.toFixed(0)} ms`}.`,
    `Median of ${String(ROUNDS)} rounds (each engine once per round, order rotating) after ${String(WARMUP)} warm-up runs, in ms. Results agree across engines: Q1 ${yes(agree.q1)}, Q2 ${yes(agree.q2)}, Q3 ${yes(agree.q3)}, Q1 with values not recorded ${yes(agree.q1Partly)}.`,
    "Ratios are medians of the per-round ratios: ours / hand loop (goal at most 1.5×) and DuckDB / ours (goal at least 5×).",
    "",
    "| Query | @nrmkit/stats | hand loop | arquero | DuckDB | ours / hand | DuckDB / ours |",
    "|---|---:|---:|---:|---:|---:|---:|",
    ...results.map(
      (row) =>
        `| ${row.name} |${ms(row.median.ours)} |${ms(row.median.hand)} |${ms(row.median.arquero)} |${ms(row.median.duckdb)} |${times(row.oursOverHand)} |${times(row.duckdbOverOurs)} |`,
    ),
    "",
    `Per-value status: in every third record a form of exploitation is dropped and named not recorded with another (hand loop over the same encoding; arquero and DuckDB not run). Q1 over them takes ${times(cost.oursOverHand).trim()} the time of Q1 over the same forms present without the status (${ms(cost.median.ours).trim()} ms against ${ms(cost.median.hand).trim()} ms); encoding them takes ${encodePartlyTime.toFixed(0)} ms.`,
    "",
    `Memory: heap ${mb(heapRecords)} with the records, ${mb(heapEncoded)} after encoding (encoded columns ${mb(encodedBytes)}); one @nrmkit/stats query allocates at most ${mb(allocated)} of heap (garbage included); ${mb(heapAfter)} heap after all runs.`,
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}

await main();
