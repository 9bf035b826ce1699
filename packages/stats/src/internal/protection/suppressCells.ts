import { propagatedBounds, type QuantityBounds, type QuantityKnowledge, quantityBounds } from "./atomBounds.js";
import { gaussStart } from "./gaussStart.js";
import { orderedStart } from "./orderedStart.js";
import { bestPartners, finestIn, hideable, nearPartner, partnerFor } from "./partnerChoice.js";
import { knowledgeOf, targetsOf } from "./patternProof.js";
import { prunePattern } from "./prunePattern.js";
import type { ReaderModel } from "./readerModel.js";
import { testSetting } from "./testSetting.js";

/** The protection settings suppression needs. */
export interface SuppressSettings {
  readonly threshold: number;
  readonly zerosSensitive: boolean;
  readonly markers: "uniform" | "distinct";
  readonly level: number;
  /** Per quantity, the information lost by hiding it (the greedy search prefers cheap cells). */
  readonly cost: Float64Array;
  /**
   * Between protected patterns from different searches: the fewer secondary cells, then the lower
   * cost (`"cells"`: cost by value or per cell), or the lower cost first (`"cost"`: a user's weights).
   */
  readonly choose?: "cells" | "cost";
}

/** What suppression works on: the model, true values, and what earlier publications fix. */
export interface SuppressInput {
  readonly model: ReaderModel;
  /** Per quantity: its true value (NaN for quantities only earlier publications show). */
  readonly exact: Float64Array;
  /** Per quantity: 1 when a table being protected shows it. */
  readonly isNew: Uint8Array;
  /** Per quantity: what earlier publications already tell (0 to infinity where they say nothing). */
  readonly ledger: QuantityKnowledge;
  /** Per quantity: 1 when earlier publications hid it (it stays hidden and must stay protected). */
  readonly ledgerHidden: Uint8Array;
  /** Per quantity: 1 when earlier publications showed its exact value (it stays shown). */
  readonly ledgerShown: Uint8Array;
  /** Lines of the tables (quantity ids that add up), to search partners along. */
  readonly relations: readonly (readonly number[])[];
  /** Per quantity: fewest total coordinates among its entries. */
  readonly levels: Uint8Array;
  /** Per quantity: 1 when it is the grand total of a table (never hidden as a secondary cell). */
  readonly grandTotals: Uint8Array;
}

/** Marks per quantity: 0 shown, 1 primary, 2 secondary. */
export type Marks = Uint8Array;

/** A pattern to repair instead of starting from primary suppression alone (benchmarks compare methods so). */
export interface SuppressStart {
  /** Quantities hidden as secondary cells from the start (grand totals and ledger-shown ones are skipped). */
  readonly secondary: readonly number[];
  /** Whether to show again what the others make unnecessary; `false` measures the repair alone. */
  readonly prune: boolean;
}

/** Hidden quantities narrower than the level, narrowest first. */
function failing(targets: readonly number[], lower: Float64Array, upper: Float64Array, level: number): number[] {
  return targets
    .map((q) => ({ q, width: (upper[q] as number) - (lower[q] as number) }))
    .filter((entry) => entry.width < level)
    .sort((a, b) => a.width - b.width || a.q - b.q)
    .map((entry) => entry.q);
}

/** Hidden quantities whose witnesses span less than the level while their bounds are finite, narrowest first. */
function provenFailing(targets: readonly number[], proof: QuantityBounds, level: number): number[] {
  return failing(targets, proof.provenLower, proof.provenUpper, level).filter((q) =>
    Number.isFinite(proof.upper[q] as number),
  );
}

/**
 * Primary suppression below the threshold, then secondary suppression, one cell at a time, until
 * every hidden quantity is proven (by integer witness tables) to span at least the level. Each
 * round hides the cell that brings the failing quantities closest to the level (see
 * {@link bestPartners}), so a cell at the crossing of two failing lines is hidden once. Atom bound
 * propagation finds failures fast (its intervals are never narrower than the exact ones, so a
 * failure it finds is real); linear programming with witnesses confirms protection. Then
 * {@link prunePattern} shows again every secondary quantity the others make unnecessary. A grand
 * total is never a secondary cell. When nothing is left to hide near a failing quantity, the
 * pattern is returned and the audit reports the failure. Models beyond the scored search start
 * from GaussSuppression's pattern instead, up to LARGE_GAUSS_MAX quantities (see
 * {@link largeGaussStartFrom}).
 */
export function suppressCells(input: SuppressInput, settings: SuppressSettings, start?: SuppressStart): Marks {
  const { threshold, zerosSensitive, markers } = settings;
  const size = input.model.quantities.length;
  const zeros = markers === "uniform";
  const marks = new Uint8Array(size);
  let any = false;
  for (let q = 0; q < size; q++) {
    if (input.isNew[q] !== 1 || input.ledgerShown[q] === 1) continue;
    const value = input.exact[q] as number;
    if (input.ledgerHidden[q] === 1) {
      marks[q] = value > 0 && value < threshold ? 1 : 2;
      any = true;
    } else if ((value > 0 && value < threshold) || (zerosSensitive && value === 0)) {
      marks[q] = 1;
      any = true;
    }
  }
  if (!any && !input.ledgerHidden.includes(1) && start === undefined) return marks;
  const relationsOf: number[][] = Array.from({ length: size }, () => []);
  input.relations.forEach((relation, r) => {
    for (const q of relation) (relationsOf[q] as number[]).push(r);
  });
  if (start !== undefined) {
    for (const q of start.secondary) if (hideable(input, marks, q, true)) marks[q] = 2;
    return repaired(input, relationsOf, marks, settings, start.prune).marks;
  }
  // Beyond the scored search: GaussSuppression's pattern alone, repaired to the level (see
  // LARGE_GAUSS_FROM); from primary suppression when its exact arithmetic overflows or the model
  // is too large for its elimination (LARGE_GAUSS_MAX).
  if (size > scoredSearchMax.value && size >= largeGaussFrom.value && size <= LARGE_GAUSS_MAX) {
    const gauss = Uint8Array.from(marks);
    if (gaussStart(input, gauss, settings, zeros)) {
      largeGaussRuns++;
      return repaired(input, relationsOf, gauss, settings, true).marks;
    }
  }
  let best = repaired(input, relationsOf, Uint8Array.from(marks), settings, true);
  // Searches from other first patterns, and the protected result with the fewest cells.
  // GaussSuppression's pattern, repaired to the level, on models the scored search handles
  // (bench:ratios, same run: region × sex × age group 153 secondary cells to 135, with exploitation
  // group 120 to 119, 2-D tables 452 either way; 1.3 times the time on three-way tables).
  if (size <= scoredSearchMax.value) {
    const gauss = Uint8Array.from(marks);
    if (gaussStart(input, gauss, settings, zeros)) {
      best = better(best, repaired(input, relationsOf, gauss, settings, true), settings);
    }
  }
  // From the other end, on small models only, where it is cheap (bench:ratios, small 2-D tables:
  // 172 secondary cells to 168, optimum 157); on three-way tables it doubled the time for a few
  // cells either way.
  if (size > SECOND_SEARCH_MAX) return best.marks;
  const ordered = Uint8Array.from(marks);
  orderedStart(input, ordered, settings, zeros);
  return better(best, repaired(input, relationsOf, ordered, settings, true), settings).marks;
}

/**
 * Models with more quantities than this choose partners without scoring each candidate (one bound
 * computation per candidate per round): a joint release at CTDC width (year × 19 means of control
 * beside two more tables, 1,000 records) took minutes with scoring and takes seconds without; the
 * two- and three-way tables of bench:ratios (up to 240 entries) keep the scored search.
 */
const SCORED_SEARCH_MAX = 400;
const scoredSearchMax = testSetting(SCORED_SEARCH_MAX);

/**
 * Models beyond the scored search start from GaussSuppression's pattern (see {@link gaussStart}),
 * repaired to the level, instead of from primary suppression: its linear dependencies already hold
 * most cells open, so the repair hides few cells more and needs few rounds of proofs.
 * bench:joint, six seeds of 2,000 records, alternating in one run: 16.2/17.7 s -> 14.0/14.6 s and
 * 4,451 -> 4,063 hidden cells; seed 18 was proven in its first round (nine rounds before), in
 * 1.9 s instead of 2.7 s, 659 hidden cells instead of 744. Its elimination took 70 to 120 ms there.
 * Tests set it to Infinity to reach the repair from primary suppression on a small model.
 */
const LARGE_GAUSS_FROM = 0;
/**
 * The elimination compares every vector with every later one: 0.1 s for bench:joint's 1,326
 * quantities, 2.4 s for 5,078 (a month × region × sex × age group table of 4,500 entries beside
 * four more). Beyond this many quantities the repair starts from primary suppression.
 */
const LARGE_GAUSS_MAX = 3000;
const largeGaussFrom = testSetting(LARGE_GAUSS_FROM);
let largeGaussRuns = 0;

/**
 * Tests only: GaussSuppression's start beyond the scored search from this many quantities on
 * (Infinity: never), returning the previous setting; and how many searches took it so far.
 */
export function largeGaussStartFrom(quantities: number): number {
  return largeGaussFrom.set(quantities);
}

/** See {@link largeGaussStartFrom}. */
export function largeGaussStartCount(): number {
  return largeGaussRuns;
}

/**
 * Tests only: the scored search up to this many quantities (0: never), returning the previous
 * setting; and how many partners were blockers so far (see {@link quickPartners}).
 */
export function scoredSearchUpTo(quantities: number): number {
  return scoredSearchMax.set(quantities);
}

let blockerPartners = 0;

/** See {@link scoredSearchUpTo}. */
export function blockerPartnerCount(): number {
  return blockerPartners;
}

/**
 * One partner per failing quantity, never two in one relation per round: of the shown quantities
 * whose published bounds hold the failing one's linear programme short of the level (`blockers`),
 * the finest (see {@link finestIn}), those in a line of the failing one first; else one from its own relations (see {@link nearPartner}). A
 * blocker may lie in another table (a quarter's total holding a month's): bench:joint at 500
 * records, where one month total failed for 16 rounds while the cells of its own line were hidden
 * one by one.
 */
function quickPartners(
  input: SuppressInput,
  relationsOf: readonly (readonly number[])[],
  failures: readonly number[],
  marks: Marks,
  settings: SuppressSettings,
  zeros: boolean,
  blockers: ReadonlyMap<number, readonly number[]> | undefined,
): number[] {
  const touched = new Set<number>();
  const partners: number[] = [];
  for (const target of failures) {
    if ((relationsOf[target] ?? []).some((r) => touched.has(r))) continue;
    const blocking = blockers?.get(target) ?? [];
    // Those in a line of the failing cell first: a month's total held by its quarter is freed by a
    // sibling month, not by a month of another quarter that the year's total also holds
    // (bench:joint, seed 2 from GaussSuppression's pattern: a month's total failed for eight
    // rounds while months of other quarters were hidden one a round; 706 -> 674 hidden cells).
    const own = new Set(relationsOf[target] ?? []);
    const related = blocking.filter((q) => (relationsOf[q] ?? []).some((r) => own.has(r)));
    let blocker = related.length > 0 ? finestIn(input, related, marks, settings) : -1;
    if (blocker < 0 && blocking.length > 0) blocker = finestIn(input, blocking, marks, settings);
    if (blocker >= 0) blockerPartners++;
    const partner = blocker >= 0 ? blocker : nearPartner(input, relationsOf, target, marks, settings, zeros);
    if (partner < 0 || marks[partner] !== 0) continue;
    marks[partner] = 2;
    partners.push(partner);
    for (const r of relationsOf[partner] ?? []) touched.add(r);
  }
  for (const q of partners) marks[q] = 0;
  return partners;
}

/** Models with at most this many quantities get the second search: a 2-D table of 10 × 10 has 121. */
const SECOND_SEARCH_MAX = 121;

interface Search {
  readonly marks: Marks;
  /** Whether every hidden quantity was proven protected. */
  readonly proven: boolean;
}

/**
 * The protected pattern over the unprotected one, then (see {@link SuppressSettings.choose}) the
 * fewer secondary cells (what a reader loses, and what bench:ratios compares with
 * GaussSuppression) and the lower cost.
 */
function better(a: Search, b: Search, settings: SuppressSettings): Search {
  if (a.proven !== b.proven) return a.proven ? a : b;
  const tally = (marks: Marks) => {
    let cells = 0;
    let cost = 0;
    marks.forEach((mark, q) => {
      if (mark !== 2) return;
      cells++;
      cost += settings.cost[q] as number;
    });
    return { cells, cost };
  };
  const x = tally(a.marks);
  const y = tally(b.marks);
  if (settings.choose === "cost") return y.cost < x.cost || (y.cost === x.cost && y.cells < x.cells) ? b : a;
  return y.cells < x.cells || (y.cells === x.cells && y.cost < x.cost) ? b : a;
}

/**
 * Hides, one cell a round, the cell that brings the failing quantities closest to the level (see
 * {@link bestPartners}; a cell at the crossing of two failing lines is hidden once), until linear
 * programming with integer witnesses proves every hidden quantity; then (with `prune`)
 * {@link prunePattern}. When nothing is left to hide near a failing quantity, the pattern is
 * returned unproven and the audit reports the failure. Changes `marks`.
 */
function repaired(
  input: SuppressInput,
  relationsOf: readonly (readonly number[])[],
  marks: Marks,
  settings: SuppressSettings,
  prune: boolean,
): Search {
  const { level } = settings;
  const zeros = settings.markers === "uniform";
  for (;;) {
    const knowledge = knowledgeOf(input, marks, settings);
    const targets = targetsOf(input, marks);
    const fast = propagatedBounds(input.model, knowledge);
    let failures = failing(targets, fast.lower, fast.upper, level);
    const exact = failures.length === 0;
    let blockers: QuantityBounds["blockers"];
    if (exact) {
      // Large models: a quick proof first. A goal whose first dive found no witness stays open while
      // other cells fail (this round hides more anyway, and the next one often proves it at once);
      // the full search runs only when nothing else fails. bench:joint, six seeds of 2,000 records:
      // 17.6-19.9 s -> 16.7-17.4 s, 4,476 -> 4,485 cells; three of 1,000: 12.5-13.6 s -> 10.4-11.7
      // s, 2,360 -> 2,317 cells. On the scored search's small models it changed bench:ratios'
      // patterns (region × sex × age group: 131 -> 133 cells) for no time worth having.
      const quick = input.model.quantities.length > scoredSearchMax.value;
      let proof: QuantityBounds = quantityBounds(input.model, knowledge, targets, level, { quick });
      failures = provenFailing(targets, proof, level);
      if (quick && failures.length === 0 && failing(targets, proof.provenLower, proof.provenUpper, level).length > 0) {
        proof = quantityBounds(input.model, knowledge, targets, level);
        failures = provenFailing(targets, proof, level);
      }
      blockers = proof.blockers;
      if (failures.length === 0) {
        // Pruning proves once per run of cells; on large models that costs far more than it saves
        // (CTDC width, 1,000 records: 33 s for one cell of 355).
        const worth = prune && input.model.quantities.length <= scoredSearchMax.value;
        return { marks: worth ? prunePattern(input, relationsOf, marks, settings) : marks, proven: true };
      }
    }
    // The cells that help most near the failures (on large models: one cheap partner per failing
    // cell, never two in one relation); when none helps there, the nearest one further out.
    const near =
      input.model.quantities.length > scoredSearchMax.value
        ? quickPartners(input, relationsOf, failures, marks, settings, zeros, blockers)
        : bestPartners(input, relationsOf, targets, failures, marks, settings, zeros, exact);
    const partners =
      near.length > 0
        ? near
        : failures
            .map((target) => partnerFor(input, relationsOf, target, marks, settings, zeros))
            .filter((q) => q >= 0)
            .slice(0, 1);
    if (partners.length === 0) return { marks, proven: false };
    for (const q of partners) marks[q] = 2;
  }
}
