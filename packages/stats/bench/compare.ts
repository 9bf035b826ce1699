// Benchmark: @nrmkit/stats against arquero, DuckDB and a hand-written columnar loop on 1M synthetic records.
// Run: pnpm --filter @nrmkit/stats bench   (or `pnpm bench` at the root)
// Prints load times, the median of 7 timed runs (after 2 warm-up runs) per query and engine, ratios, and memory.
import { DuckDBInstance } from "@duckdb/node-api";
import type { CaseRecord } from "@nrmkit/core";
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
const RUNS = 7;
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

async function median(run: () => unknown): Promise<number> {
  // Start each engine with a clean heap, so one engine's garbage is not collected in another's time.
  gc();
  for (let i = 0; i < WARMUP; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(await time(run));
  times.sort((a, b) => a - b);
  return times[Math.floor(RUNS / 2)] as number;
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
    ...Object.values(encoded.multi).map((column) => column.masks.byteLength),
  ].reduce((a, b) => a + b, 0);

  started = performance.now();
  const frame = arqueroTable(records);
  const arqueroLoad = performance.now() - started;
  started = performance.now();
  const duck = await duckdbLoad(records);
  const duckLoad = performance.now() - started;

  // Templates (dimensions and key order) shared by every engine's output.
  const templateQ1 = aggregate(encoded, SPEC_Q1);
  const templateQ2 = crossTab(encoded, "regionId", "exploitationCountry");
  const oursQ3 = trend(encoded, { period: "month", by: "gender" });

  const agree = {
    q1: [handQ1(encoded, templateQ1), arqueroQ1(frame, templateQ1), await duckQ1(duck, templateQ1)].every((table) =>
      sameCounts(table, templateQ1),
    ),
    q2: [handQ2(encoded, templateQ2), arqueroQ2(frame, templateQ2), await duckQ2(duck, templateQ2)].every((table) =>
      sameCounts(table, templateQ2),
    ),
    q3: [handQ3(encoded), arqueroQ3(frame), await duckQ3(duck)].every((rows) => sameTrend(oursQ3, rows)),
  };

  const queries = [
    {
      name: "Q1 year × region × exploitation type, suppressed",
      ours: () => protectTable(aggregate(encoded, SPEC_Q1), PROTECTION),
      hand: () => protectTable(handQ1(encoded, templateQ1), PROTECTION),
      arquero: () => protectTable(arqueroQ1(frame, templateQ1), PROTECTION),
      duckdb: async () => protectTable(await duckQ1(duck, templateQ1), PROTECTION),
    },
    {
      name: "Q2 region × destination cross-tab with totals",
      ours: () => crossTab(encoded, "regionId", "exploitationCountry"),
      hand: () => handQ2(encoded, templateQ2),
      arquero: () => arqueroQ2(frame, templateQ2),
      duckdb: () => duckQ2(duck, templateQ2),
    },
    {
      name: "Q3 monthly trend by sex with change",
      ours: () => trend(encoded, { period: "month", by: "gender" }),
      hand: () => handQ3(encoded),
      arquero: () => arqueroQ3(frame),
      duckdb: () => duckQ3(duck),
    },
  ];

  // Warm every engine once first, so shared code (protectTable) is not warmed by whichever runs first.
  for (const query of queries) {
    query.ours();
    query.hand();
    query.arquero();
    await query.duckdb();
  }
  const results: { name: string; ours: number; hand: number; arquero: number; duckdb: number }[] = [];
  for (const query of queries) {
    results.push({
      name: query.name,
      ours: await median(query.ours),
      hand: await median(query.hand),
      arquero: await median(query.arquero),
      duckdb: await median(query.duckdb),
    });
  }
  // Heap allocated by one query of ours (garbage included), measured apart from the timings.
  let allocated = 0;
  for (const query of queries) {
    gc();
    const start = memory().heapUsed;
    query.ours();
    allocated = Math.max(allocated, memory().heapUsed - start);
  }
  gc();
  const heapAfter = memory().heapUsed;
  duck.connection.closeSync();

  const ms = (value: number) => value.toFixed(1).padStart(9);
  const ratio = (value: number, base: number) => `${(value / base).toFixed(2)}×`.padStart(8);
  const lines = [
    `Records: ${COUNT.toLocaleString("en")} synthetic (seed 1), generated in ${(generated / 1000).toFixed(1)} s; Node ${process.version}; ${String((await import("node:os")).cpus().length)} CPUs.`,
    `Load (not timed in queries): encodeCases ${encodeTime.toFixed(0)} ms, arquero table ${arqueroLoad.toFixed(0)} ms, DuckDB appender + CREATE TABLE ${duckLoad.toFixed(0)} ms.`,
    `Median of ${String(RUNS)} runs after ${String(WARMUP)} warm-up runs, in ms; ratio = engine / @nrmkit/stats. Results agree across engines: Q1 ${agree.q1 ? "yes" : "NO"}, Q2 ${agree.q2 ? "yes" : "NO"}, Q3 ${agree.q3 ? "yes" : "NO"}.`,
    "",
    "| Query | @nrmkit/stats | hand loop | arquero | DuckDB | stats / hand | arquero / stats | DuckDB / stats |",
    "|---|---:|---:|---:|---:|---:|---:|---:|",
    ...results.map(
      (row) =>
        `| ${row.name} |${ms(row.ours)} |${ms(row.hand)} |${ms(row.arquero)} |${ms(row.duckdb)} |${ratio(row.ours, row.hand)} |${ratio(row.arquero, row.ours)} |${ratio(row.duckdb, row.ours)} |`,
    ),
    "",
    `Memory: heap ${mb(heapRecords)} with the records, ${mb(heapEncoded)} after encoding (encoded columns ${mb(encodedBytes)}); one @nrmkit/stats query allocates at most ${mb(allocated)} of heap (garbage included); ${mb(heapAfter)} heap after all runs.`,
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}

await main();
