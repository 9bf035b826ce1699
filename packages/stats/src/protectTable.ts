import { NrmkitError } from "@nrmkit/core";
import type { DisclosureMetadata, DisclosureMethod, RoundingMetadata } from "./disclosureMetadata.js";
import { noteOf } from "./internal/protection/disclosureNote.js";
import { readerKnowledge } from "./internal/protection/readerKnowledge.js";
import { readerModel } from "./internal/protection/readerModel.js";
import { runAudit } from "./internal/protection/runAudit.js";
import { type SuppressInput, suppressCells } from "./internal/protection/suppressCells.js";
import { forgetTableau } from "./internal/protection/tableauCache.js";
import { grandTotalMarks, tableLines } from "./internal/protection/tableLines.js";
import { EN_STATS } from "./locales/en.js";
import { messagesOfTable } from "./localizeTable.js";
import { earlierPublications, rememberPublished } from "./publicationHistory.js";
import { roundDown, roundToBase } from "./rounding.js";
import type { StatsDisclosureMessages } from "./statsMessages.js";
import { type CellStatus, isSuppressedStatus, type StatCell, type StatTable } from "./statTable.js";

/**
 * The footnote templates of a table's language. A table read back from JSON in a language stats has
 * not been given gets an English footnote: protection must never fail over a label.
 */
function noteLanguage(table: StatTable): [StatsDisclosureMessages, string] {
  try {
    const messages = messagesOfTable(table);
    return [messages.messages.disclosure, messages.code];
  } catch {
    return [EN_STATS.disclosure, "en"];
  }
}
/**
 * How to protect a table: threshold, zeros, protection level, suppression on or off, rounding.
 *
 * @example
 * ```ts
 * import type { ProtectOptions } from "@nrmkit/stats";
 *
 * const ctdc: ProtectOptions = { threshold: 11 };
 * const roundedOnly: ProtectOptions = { suppression: false, rounding: { kind: "down", base: 11 } };
 * ```
 *
 * @category Disclosure control
 * @since 0.1.0
 */
export interface ProtectOptions {
  /** Smallest publishable non-zero count; default 11 (CTDC). Counts from 1 to threshold − 1 are hidden. */
  readonly threshold?: number;
  /** Hide zeros too (when a zero itself discloses, e.g. "no child victims in a district"); default `false`. */
  readonly zerosSensitive?: boolean;
  /** Minimum width of every hidden cell's feasible interval; default half the threshold (at least 1). */
  readonly protectionLevel?: number;
  /** Apply primary and secondary suppression; default `true`. */
  readonly suppression?: boolean;
  /** Round shown values (after suppression); default none. */
  readonly rounding?: RoundingMetadata | null;
  /** One marker for both kinds of suppression (`"uniform"`, default) or separate ones (`"distinct"`); see {@link DisclosureMetadata.markers}. */
  readonly markers?: "uniform" | "distinct";
  /**
   * Tables of the same records already published (the published-tables ledger): the new tables are
   * protected so that, together with these, no hidden count of either can be narrowed below the
   * protection level. Counts these show exactly are shown again; counts they hide stay hidden.
   */
  readonly published?: readonly StatTable[];
  /**
   * What secondary suppression minimises: `"value"` (default: the fewest hidden cells, small counts
   * first, so the fewest persons in them among equally many cells), `"cells"` (the number of hidden
   * cells alone), or a weight per cell (`cost(cell, table)`, a non-negative number; higher is kept
   * longer; the lowest total weight wins over fewer cells).
   */
  readonly cost?: "value" | "cells" | ((cell: StatCell, table: StatTable) => number);
}

/** Resolved, validated options. */
interface Settings {
  readonly threshold: number;
  readonly zerosSensitive: boolean;
  readonly protectionLevel: number;
  readonly suppression: boolean;
  readonly rounding: RoundingMetadata | null;
  readonly markers: "uniform" | "distinct";
  readonly published: readonly StatTable[];
  readonly cost: NonNullable<ProtectOptions["cost"]>;
}

function settingsOf(options: ProtectOptions): Settings {
  const threshold = options.threshold ?? 11;
  const zerosSensitive = options.zerosSensitive ?? false;
  const suppression = options.suppression ?? true;
  const rounding = options.rounding ?? null;
  const markers = options.markers ?? "uniform";
  const minimum = zerosSensitive ? 2 : 3;
  if (!Number.isInteger(threshold) || threshold < minimum) {
    throw new NrmkitError(
      "invalid_argument",
      `threshold: expected an integer of at least ${String(minimum)}, received ${String(threshold)}`,
    );
  }
  // With distinct markers a primary cell is known to lie in [1, threshold - 1] ([0, ...] with
  // sensitive zeros), so no wider interval can be asked for.
  const widest = markers === "uniform" ? Number.POSITIVE_INFINITY : zerosSensitive ? threshold - 1 : threshold - 2;
  const protectionLevel = options.protectionLevel ?? Math.max(1, Math.min(widest, Math.floor(threshold / 2)));
  const levelText = Number.isFinite(widest) ? `from 1 to ${String(widest)}` : "of at least 1";
  if (!Number.isInteger(protectionLevel) || protectionLevel < 1 || protectionLevel > widest) {
    throw new NrmkitError(
      "invalid_argument",
      `protectionLevel: expected an integer ${levelText} for threshold ${String(threshold)}, received ${String(protectionLevel)}`,
    );
  }
  if (rounding !== null && (!Number.isInteger(rounding.base) || rounding.base < 2)) {
    throw new NrmkitError(
      "invalid_argument",
      `rounding.base: expected an integer of at least 2, received ${String(rounding.base)}`,
    );
  }
  if (!suppression && rounding === null) {
    throw new NrmkitError("invalid_argument", "options: expected suppression, rounding or both");
  }
  const published = options.published ?? [];
  published.forEach((table, i) => {
    if (table.disclosure.method === "none") {
      throw new NrmkitError(
        "invalid_argument",
        `published[${String(i)}]: expected a published (protected) table, received raw counts`,
      );
    }
  });
  const cost = options.cost ?? "value";
  if (cost !== "value" && cost !== "cells" && typeof cost !== "function") {
    throw new NrmkitError(
      "invalid_argument",
      `cost: expected "value", "cells" or a function, received ${String(cost)}`,
    );
  }
  return { threshold, zerosSensitive, protectionLevel, suppression, rounding, markers, published, cost };
}

function methodOf(settings: Settings): DisclosureMethod {
  if (settings.suppression) return settings.rounding === null ? "suppression" : "suppression_and_rounding";
  return "rounding";
}

function shown(value: number, rounding: RoundingMetadata | null): number {
  if (rounding === null) return value;
  return rounding.kind === "down" ? roundDown(value, rounding.base) : roundToBase(value, rounding.base);
}

function checkRaw(table: StatTable, what: string): void {
  if (table.disclosure.method !== "none") {
    throw new NrmkitError(
      "invalid_operation",
      `${what}: expected raw counts, received a table already protected by ${table.disclosure.method}`,
    );
  }
}

function keyText(key: readonly (string | null)[]): string {
  return JSON.stringify(key);
}

/** Runs primary and secondary suppression over the joint reader model; marks per table entry. */
function suppressJointly(tables: readonly StatTable[], settings: Settings): (Uint8Array | null)[] {
  const ledger = settings.published;
  const all = [...ledger, ...tables];
  const model = readerModel(all);
  const size = model.quantities.length;
  const exact = new Float64Array(size).fill(Number.NaN);
  const isNew = new Uint8Array(size);
  const levels = new Uint8Array(size).fill(255);
  const cost = new Float64Array(size);
  model.layouts.forEach((layout, t) => {
    if (t < ledger.length) return;
    const positions = layout.table.dimensions.map((d) => new Map(d.categories.map((c, i) => [c.code, i])));
    for (const cell of [...layout.table.cells, ...layout.table.totals]) {
      let at = 0;
      cell.key.forEach((code, j) => {
        const position = code === null ? layout.table.dimensions[j]?.categories.length : positions[j]?.get(code);
        at += (position ?? 0) * (layout.strides[j] as number);
      });
      const q = layout.quantity[at] as number;
      if (q < 0) continue;
      const value = cell.value ?? 0;
      const previous = exact[q] as number;
      if (!Number.isNaN(previous) && previous !== value) {
        throw new NrmkitError(
          "invalid_argument",
          `tables[${String(t - ledger.length)}]: expected tables of the same records, received ${String(value)} at ${keyText(cell.key)} where another table counts the same persons as ${String(previous)}`,
        );
      }
      exact[q] = value;
      isNew[q] = 1;
      levels[q] = Math.min(levels[q] as number, layout.levels[at] as number);
      const weight =
        settings.cost === "value" ? value : settings.cost === "cells" ? 1 : settings.cost(cell, layout.table);
      if (!Number.isFinite(weight) || weight < 0) {
        throw new NrmkitError(
          "invalid_argument",
          `cost: expected a non-negative number for ${keyText(cell.key)}, received ${String(weight)}`,
        );
      }
      cost[q] = Math.max(cost[q] as number, weight);
    }
  });
  const ledgerKnowledge = readerKnowledge(model, undefined, ledger.length);
  const ledgerHidden = new Uint8Array(size);
  const ledgerShown = new Uint8Array(size);
  model.layouts.forEach((layout, t) => {
    if (t >= ledger.length) return;
    for (let at = 0; at < layout.size; at++) {
      const q = layout.quantity[at] as number;
      const status = layout.statuses[at];
      if (q < 0 || status === undefined) continue;
      if (isSuppressedStatus(status)) ledgerHidden[q] = 1;
      else if (status === "published" && layout.values[at] !== null) ledgerShown[q] = 1;
    }
  });
  for (let q = 0; q < size; q++) {
    const value = exact[q] as number;
    if (
      isNew[q] === 1 &&
      (value < (ledgerKnowledge.lower[q] as number) || value > (ledgerKnowledge.upper[q] as number))
    ) {
      throw new NrmkitError(
        "invalid_argument",
        "published: expected tables of the same records as the new tables, received counts that contradict them",
      );
    }
  }
  const input: SuppressInput = {
    model,
    exact,
    isNew,
    ledger: ledgerKnowledge,
    ledgerHidden,
    ledgerShown,
    relations: tableLines(model),
    levels,
    grandTotals: grandTotalMarks(model),
  };
  const marks = suppressCells(input, {
    threshold: settings.threshold,
    zerosSensitive: settings.zerosSensitive,
    markers: settings.markers,
    level: settings.protectionLevel,
    cost,
    choose: typeof settings.cost === "function" ? "cost" : "cells",
  });
  return model.layouts
    .slice(ledger.length)
    .map((layout) => Uint8Array.from(layout.quantity, (q) => (q < 0 ? 0 : (marks[q] as number))));
}

/**
 * Protects several tables of the same records jointly: one reader model over all of them, so that no hidden count of any can be narrowed below the protection level from everything they show together.
 *
 * @remarks
 * As {@link protectTable} for each table, except that the audit and secondary suppression see
 * every table at once (and the tables in `options.published`): the same persons counted in two
 * tables (a region's total in a region × sex and a region × age table, a period contained in
 * another) are one quantity of the reader model, hidden in both or shown in both, and every
 * relation between the tables constrains the reader. Tables protected one by one can disclose
 * together what neither discloses alone; publish tables of the same records with this function.
 * Each returned table's audit passes only when every hidden cell of every table is protected.
 *
 * @param tables - Raw tables of the same records (disclosure method `"none"`).
 * @param options - As for {@link protectTable}, shared by all tables.
 * @returns The protected tables, in order.
 * @throws NrmkitError with code `invalid_operation` when a table is already protected; `invalid_argument` for out-of-range options, or when the tables give different counts for the same persons; `disclosure_risk` when `options.published` is given and the joint audit fails (a ledger is given only to publish, so such tables are never returned).
 *
 * @example
 * ```ts
 * import { generateSyntheticCases } from "@nrmkit/core/synthetic";
 * import { crossTab, protectTables } from "@nrmkit/stats";
 *
 * const records = generateSyntheticCases({ count: 200, seed: 530 });
 * const [bySex, byAge] = protectTables([crossTab(records, "regionId", "gender"), crossTab(records, "regionId", "ageBand")]);
 * bySex?.disclosure.audit?.passed && byAge?.disclosure.audit?.passed;
 * // => true
 * ```
 *
 * @category Disclosure control
 * @since 0.1.0
 */
export function protectTables(tables: readonly StatTable[], options: ProtectOptions = {}): StatTable[] {
  const result = protectJointly(tables, options);
  // A ledger is only given to publish: a failed audit must not come back as if it could be.
  if ((options.published ?? []).length > 0 && result.some((table) => table.disclosure.audit?.passed !== true)) {
    throw new NrmkitError(
      "disclosure_risk",
      `published: expected new tables that can be protected together with the ${String(options.published?.length)} published table(s), received a failed joint audit; publish the tables together with publishTables, or hide more in the earlier ones`,
    );
  }
  return result;
}

/** Protects tables jointly (with the ledger in `options.published`); a failed audit is returned, not thrown. */
function protectJointly(tables: readonly StatTable[], options: ProtectOptions): StatTable[] {
  try {
    return protectJointlyOnce(tables, options);
  } finally {
    // The final audit reused the last round's tableau; nothing after this call needs it.
    forgetTableau();
  }
}

function protectJointlyOnce(tables: readonly StatTable[], options: ProtectOptions): StatTable[] {
  tables.forEach((table, i) => {
    checkRaw(table, `tables[${String(i)}]`);
  });
  const settings = settingsOf(options);
  if (tables.length === 0) return [];
  const sensitive = (cell: StatCell) => {
    const value = cell.value ?? 0;
    return (value > 0 && value < settings.threshold) || (settings.zerosSensitive && value === 0);
  };
  const ledgerHides = settings.published.some((table) =>
    [...table.cells, ...table.totals].some((cell) => isSuppressedStatus(cell.status)),
  );
  // Large tables often have nothing to hide: then skip the model and the audit altogether.
  const anySensitive =
    settings.suppression &&
    (ledgerHides || tables.some((table) => table.cells.some(sensitive) || table.totals.some(sensitive)));
  const marks = anySensitive ? suppressJointly(tables, settings) : tables.map(() => null);
  const uniform = settings.markers === "uniform";
  let hiddenAnywhere = ledgerHides;
  const protectedTables = tables.map((table, t) => {
    const tableMarks = marks[t] ?? null;
    const positions = table.dimensions.map((d) => new Map(d.categories.map((c, i) => [c.code, i])));
    const extents = table.dimensions.map((d) => d.categories.length + 1);
    const strides = new Array<number>(extents.length).fill(1);
    for (let j = extents.length - 2; j >= 0; j--) strides[j] = (strides[j + 1] as number) * (extents[j + 1] as number);
    let primary = 0;
    let secondary = 0;
    const protect = (cell: StatCell): StatCell => {
      let mark = 0;
      if (tableMarks !== null) {
        let at = 0;
        cell.key.forEach((code, j) => {
          const position = code === null ? table.dimensions[j]?.categories.length : positions[j]?.get(code);
          at += (position ?? 0) * (strides[j] as number);
        });
        mark = tableMarks[at] as number;
      }
      if (mark === 1 || mark === 2) {
        if (mark === 1) primary++;
        else secondary++;
        // Uniform markers: the published table must not tell primary from secondary, not even in JSON.
        const status: CellStatus = uniform ? "suppressed" : mark === 1 ? "suppressed_primary" : "suppressed_secondary";
        return { key: cell.key, value: null, status };
      }
      const status: CellStatus = settings.rounding === null ? "published" : "rounded";
      return { key: cell.key, value: shown(cell.value ?? 0, settings.rounding), status };
    };
    const cells = table.cells.map(protect);
    const totals = table.totals.map(protect);
    if (primary + secondary > 0) hiddenAnywhere = true;
    const disclosure: DisclosureMetadata = {
      method: methodOf(settings),
      threshold: settings.suppression ? settings.threshold : null,
      zerosSensitive: settings.zerosSensitive,
      protectionLevel: settings.suppression ? settings.protectionLevel : null,
      secondary: settings.suppression ? "greedy" : "none",
      rounding: settings.rounding,
      markers: settings.markers,
      suppressedCells: primary + secondary,
      ...(uniform ? {} : { suppressedPrimary: primary, suppressedSecondary: secondary }),
      audit: null,
      note: noteOf(settings, primary, secondary, ...noteLanguage(table)),
    };
    return { ...table, cells, totals, disclosure };
  });
  // Proving the widths is enough here (auditTable gives exact intervals on demand); without hidden
  // cells there is nothing to prove.
  let passed = true;
  let minWidths: (number | null)[] = tables.map(() => null);
  if (hiddenAnywhere) {
    const ledger = settings.published;
    const reports = runAudit([...ledger, ...protectedTables], {
      originals: [...ledger.map(() => undefined), ...tables],
      proveOnly: true,
    });
    passed = reports.every((report) => report.passed);
    minWidths = reports.slice(ledger.length).map((report) => report.minWidth);
    // Proving searches have pivot budgets and may give up on a cell that is protected; without
    // rounding the exact audit (auditTable's reader) then decides. With rounding, suppression and the
    // proof above read shown counts exactly, a reader stronger than one of the rounded tables: the
    // reader of what is published (auditTables') decides. bench:joint, 100 records, seed 5: a region
    // total hidden as a partner was pinned by exact counts, and [14, 22] at level 5 once rounded.
    if (!passed && settings.rounding === null) {
      const exact = runAudit([...ledger, ...protectedTables]);
      passed = exact.every((report) => report.passed);
      minWidths = exact.slice(ledger.length).map((report) => report.minWidth);
    } else if (!passed) {
      const rounded = runAudit([...ledger, ...protectedTables], { proveOnly: true });
      passed = rounded.every((report) => report.passed);
      minWidths = rounded.slice(ledger.length).map((report) => report.minWidth);
    }
  }
  return protectedTables.map((table, t) => ({
    ...table,
    disclosure: {
      ...table.disclosure,
      audit: {
        method: "linear_programming",
        passed,
        minWidth: minWidths[t] ?? null,
        protectionLevel: settings.protectionLevel,
      },
    },
  }));
}

/**
 * Applies statistical disclosure control to a raw table: primary and secondary suppression, optional rounding, and an audit.
 *
 * @remarks
 * Primary suppression hides every cell and total from 1 to threshold − 1 (and zeros when
 * `zerosSensitive`). Secondary suppression then hides, one cell at a time, the publishable cell
 * that brings the hidden cells closest to `protectionLevel` (ties: inner cells before totals, then
 * the cheapest by `cost`; a zero only when nothing else helps; never a grand total), shows again
 * every secondary cell the others make unnecessary, and stops when integer witness tables prove
 * every hidden cell's feasible interval is at least `protectionLevel` wide. The reader model behind the proof is built
 * from the person types behind the cells (see {@link auditTable}), so it holds every relation a
 * reader can derive: subtotals, nested and overlapping periods, multi-valued margins, "not
 * recorded", rounding and markers. With uniform markers (the default) every hidden cell gets
 * status `"suppressed"` and the metadata only `suppressedCells`; with distinct markers cells show
 * `"suppressed_primary"` or `"suppressed_secondary"` and the metadata both counts. Rounding is
 * applied last to shown values. A table too small for its threshold comes back with a failed
 * audit, which {@link publishTable} refuses. Several tables of the same records must be protected
 * together with {@link protectTables}, or each new one with `options.published` listing those
 * already out.
 *
 * @param table - A raw table (disclosure method `"none"`).
 * @param options - Threshold (default 11), zeros, protection level, suppression, rounding, markers, cost, published tables.
 * @returns The protected table (a new object; the input is unchanged).
 * @throws NrmkitError with code `invalid_operation` when the table is already protected; `invalid_argument` for out-of-range options; `disclosure_risk` when `options.published` is given and the joint audit fails.
 *
 * @example
 * ```ts
 * import { generateSyntheticCases } from "@nrmkit/core/synthetic";
 * import { aggregate, protectTable } from "@nrmkit/stats";
 *
 * const raw = aggregate(generateSyntheticCases({ count: 300, seed: 8 }), { dimensions: ["regionId", "exploitationGroup"] });
 * const table = protectTable(raw, { threshold: 11 });
 * table.disclosure.method;
 * // => "suppression"
 * table.cells.every((cell) => cell.value === null || cell.value === 0 || cell.value >= 11);
 * // => true
 * table.cells.every((cell) => cell.value !== null || cell.status === "suppressed");
 * // => true
 * ```
 *
 * @category Disclosure control
 * @since 0.1.0
 */
export function protectTable(table: StatTable, options: ProtectOptions = {}): StatTable {
  checkRaw(table, "table");
  return protectTables([table], options)[0] as StatTable;
}

/**
 * Protects several raw tables of the same records jointly for publication and refuses to return them unless the joint audit passes.
 *
 * @remarks
 * Publication remembers, per set of records, what it returned in this process: tables of the same
 * records published before (by this function or {@link publishTable}) are the implicit ledger of
 * every later call, as if passed in `options.published`, so tables published one by one are
 * protected together too; the same raw table with the same options comes back as it went out. A
 * table counts the same records as another when both come from {@link aggregate} (or
 * {@link crossTab}, {@link trend}, {@link partialTable}) over records with the same ids; a table
 * built or copied by hand is not tracked. {@link forgetPublishedTables} clears the memory.
 *
 * @param tables - Raw tables of the same records.
 * @param options - As for {@link protectTables}.
 * @returns The protected tables, audit passed.
 * @throws NrmkitError with code `disclosure_risk` when the joint audit fails (with the tables published before); `invalid_argument` when tables published before from records with the same ids give other counts; otherwise as {@link protectTables}.
 *
 * @example
 * ```ts
 * import { generateSyntheticCases } from "@nrmkit/core/synthetic";
 * import { crossTab, publishTables } from "@nrmkit/stats";
 *
 * const records = generateSyntheticCases({ count: 300, seed: 9 });
 * const tables = publishTables([crossTab(records, "regionId", "gender"), crossTab(records, "regionId", "exploitationGroup")]);
 * tables.length;
 * // => 2
 * ```
 *
 * @category Disclosure control
 * @since 0.1.0
 */
export function publishTables(tables: readonly StatTable[], options: ProtectOptions = {}): StatTable[] {
  return publishRemembered(tables, options, "tables");
}

/**
 * Protects a raw table for publication and refuses to return it unless the audit passes.
 *
 * @remarks
 * The default for anything that leaves an agency: CTDC's threshold of 11 with secondary
 * suppression unless options say otherwise, and a guarantee that no hidden count can be narrowed
 * below the protection level from the published values (and from `options.published`, the tables
 * of the same records already out). Use {@link publishTables} for several tables at once. Like
 * {@link publishTables}, it remembers what it published in this process and protects every later
 * table of the same records against it.
 *
 * @param table - A raw table.
 * @param options - As for {@link protectTable}; defaults to threshold 11 with suppression.
 * @returns The protected table, audit passed.
 * @throws NrmkitError with code `disclosure_risk` when the audit fails (with the tables of the same records published before); otherwise as {@link publishTables}.
 *
 * @example
 * ```ts
 * import { generateSyntheticCases } from "@nrmkit/core/synthetic";
 * import { crossTab, publishTable } from "@nrmkit/stats";
 *
 * const raw = crossTab(generateSyntheticCases({ count: 250, seed: 6 }), "regionId", "gender");
 * publishTable(raw).disclosure.audit?.passed;
 * // => true
 * ```
 *
 * @category Disclosure control
 * @since 0.1.0
 */
export function publishTable(table: StatTable, options: ProtectOptions = {}): StatTable {
  checkRaw(table, "table");
  return publishRemembered([table], options, "table")[0] as StatTable;
}

/** The options that decide a protected table, as text; `null` when a cost function makes them incomparable. */
function optionsKey(options: ProtectOptions): string | null {
  const settings = settingsOf(options);
  if (typeof settings.cost === "function") return null;
  const { threshold, zerosSensitive, protectionLevel, suppression, rounding, markers, cost } = settings;
  return JSON.stringify([threshold, zerosSensitive, protectionLevel, suppression, rounding, markers, cost]);
}

/**
 * Publishes with the memory of this process: tables of the same records published before are the
 * implicit ledger, the same table with the same options comes back as it went out, and nothing
 * is returned (or remembered) unless the joint audit passes.
 */
function publishRemembered(tables: readonly StatTable[], options: ProtectOptions, what: string): StatTable[] {
  tables.forEach((table, i) => {
    checkRaw(table, tables.length === 1 && what === "table" ? "table" : `tables[${String(i)}]`);
  });
  const key = optionsKey(options);
  const earlier = earlierPublications(tables, key);
  const { ledger } = earlier;
  const explicit = new Set(options.published ?? []);
  const implicit = ledger.filter((table) => !explicit.has(table));
  // A table given in `published` that this process did not publish must be audited with the rest,
  // so nothing is taken as already out.
  const unknownLedger = [...explicit].some((table) => !ledger.includes(table));
  const repeats = unknownLedger ? tables.map(() => undefined) : earlier.repeats;
  const fresh = tables.filter((_, i) => repeats[i] === undefined);
  let results: StatTable[] = [];
  if (fresh.length > 0) {
    try {
      results = protectJointly(fresh, { ...options, published: [...(options.published ?? []), ...implicit] });
    } catch (error) {
      if (
        implicit.length > 0 &&
        error instanceof NrmkitError &&
        error.code === "invalid_argument" &&
        /contradict/.test(error.message)
      ) {
        throw new NrmkitError(
          "invalid_argument",
          `${what}: expected the same counts as the ${String(implicit.length)} table(s) already published from records with the same ids, received different counts (were records changed?); call forgetPublishedTables() when the earlier tables are withdrawn`,
        );
      }
      throw error;
    }
  }
  if (results.some((table) => table.disclosure.audit?.passed !== true)) {
    const together =
      implicit.length === 0
        ? ""
        : ` together with the ${String(implicit.length)} table(s) of the same records published before in this process (see forgetPublishedTables)`;
    throw new NrmkitError(
      "disclosure_risk",
      what === "table"
        ? `table: expected every hidden cell to be protected, received a failed audit${together}`
        : `tables: expected every hidden cell of every table to be protected, received a failed joint audit${together}`,
    );
  }
  rememberPublished(fresh, results, key);
  let next = 0;
  return tables.map((_, i) => repeats[i] ?? (results[next++] as StatTable));
}
