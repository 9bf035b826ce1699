// The privacy budget of one set of records across releases. Under zero-concentrated differential
// privacy (zCDP) the ρ of successive releases add up; an ε-DP release counts as ρ = ε²/2. Sums and
// the comparison with the budget are exact (the ρ of each release as the rational its number is).
import { NrmkitError } from "@nrmkit/core";
import { type Rational, rationalOf } from "./rational.js";

/**
 * One release charged to a {@link PrivacyLedger}.
 *
 * @example
 * ```ts
 * import type { PrivacyCharge } from "@nrmkit/stats/dp";
 *
 * const charge: PrivacyCharge = { label: "2024 Q1", rho: 0.125 };
 * ```
 *
 * @category Differential privacy
 * @since 0.1.0
 */
export interface PrivacyCharge {
  /** What was released (a quarter, a report). */
  readonly label: string;
  /** The ρ of zCDP the release spent. */
  readonly rho: number;
  /** For an ε-DP release, its ε (then `rho` is ε²/2, charged exactly as such). */
  readonly epsilon?: number;
}

/**
 * The privacy budget of one set of case records and what each release has spent of it: plain JSON, kept between releases.
 *
 * @example
 * ```ts
 * import { createPrivacyLedger, type PrivacyLedger } from "@nrmkit/stats/dp";
 *
 * const ledger: PrivacyLedger = createPrivacyLedger({ rho: 1 });
 * ledger.releases.length;
 * // => 0
 * ```
 *
 * @category Differential privacy
 * @since 0.1.0
 */
export interface PrivacyLedger {
  /** Discriminator for JSON consumers. */
  readonly kind: "privacy_ledger";
  /** Shape version. */
  readonly version: 1;
  /** What every release of these records together may spend. */
  readonly budget: {
    /** The total ρ of zero-concentrated differential privacy. */
    readonly rho: number;
  };
  /** The releases so far, oldest first. */
  readonly releases: readonly PrivacyCharge[];
}

function checkPositive(value: unknown, name: string): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
    throw new NrmkitError(
      "invalid_argument",
      `${name}: expected a positive finite number, received ${typeof value === "number" ? String(value) : typeof value}`,
    );
  }
  return value;
}

/**
 * Starts a privacy ledger with a total budget of ρ (zero-concentrated differential privacy).
 *
 * @remarks
 * Keep the ledger with the records (it is plain JSON) and pass it to every
 * {@link releaseTables} of them: each release returns the ledger with its charge added, and a
 * release that would spend more than is left throws `privacy_budget_exceeded` before any noise is
 * drawn. For a yearly budget spent in quarterly releases, start one ledger a year with the year's
 * ρ and release a quarter of it each time.
 *
 * @param budget - The total ρ (for example 1 for a year).
 * @returns An empty ledger.
 * @throws NrmkitError with code `invalid_argument` when `budget.rho` is not a positive finite number.
 *
 * @example
 * ```ts
 * import { createPrivacyLedger, privacySpent } from "@nrmkit/stats/dp";
 *
 * const ledger = createPrivacyLedger({ rho: 1 });
 * privacySpent(ledger);
 * // => 0
 * ```
 *
 * @category Differential privacy
 * @since 0.1.0
 */
export function createPrivacyLedger(budget: { readonly rho: number }): PrivacyLedger {
  checkPositive(budget?.rho, "budget.rho");
  return { kind: "privacy_ledger", version: 1, budget: { rho: budget.rho }, releases: [] };
}

function add(a: Rational, b: Rational): Rational {
  return { num: a.num * b.den + b.num * a.den, den: a.den * b.den };
}

/** The exact ρ of a charge: ε²/2 from ε when it is an ε-DP release. */
function exactRho(charge: PrivacyCharge): Rational {
  if (charge.epsilon !== undefined) {
    const e = rationalOf(charge.epsilon);
    return { num: e.num * e.num, den: 2n * e.den * e.den };
  }
  return rationalOf(charge.rho);
}

function spentExactly(ledger: PrivacyLedger): Rational {
  return ledger.releases.reduce((sum, charge) => add(sum, exactRho(charge)), { num: 0n, den: 1n });
}

/**
 * The ρ that the releases in a ledger have spent together (zCDP composition: their sum).
 *
 * @param ledger - A privacy ledger.
 * @returns The total ρ spent.
 *
 * @example
 * ```ts
 * import { createPrivacyLedger, privacySpent } from "@nrmkit/stats/dp";
 *
 * const ledger = { ...createPrivacyLedger({ rho: 1 }), releases: [{ label: "Q1", rho: 0.25 }, { label: "Q2", rho: 0.25 }] };
 * privacySpent(ledger);
 * // => 0.5
 * ```
 *
 * @category Differential privacy
 * @since 0.1.0
 */
export function privacySpent(ledger: PrivacyLedger): number {
  const spent = spentExactly(ledger);
  return Number(spent.num) / Number(spent.den);
}

/** The ledger with `charge` added; throws `privacy_budget_exceeded` when it would pass the budget. */
export function charged(ledger: PrivacyLedger, charge: PrivacyCharge): PrivacyLedger {
  if (ledger?.kind !== "privacy_ledger" || !Array.isArray(ledger.releases)) {
    throw new NrmkitError("invalid_argument", "ledger: expected a privacy ledger from createPrivacyLedger");
  }
  const budget = rationalOf(checkPositive(ledger.budget?.rho, "ledger.budget.rho"));
  const spent = spentExactly(ledger);
  const after = add(spent, exactRho(charge));
  if (after.num * budget.den > budget.num * after.den) {
    const left = Math.max(0, ledger.budget.rho - privacySpent(ledger));
    throw new NrmkitError(
      "privacy_budget_exceeded",
      `ledger: expected a release within the budget (ρ = ${ledger.budget.rho}, ${ledger.releases.length} release(s) spent ρ = ${privacySpent(ledger)}, ${left} left), received "${charge.label}" asking for ρ = ${charge.rho}; release less (a smaller rho or epsilon) or start a new ledger only for new records`,
    );
  }
  return { ...ledger, releases: [...ledger.releases, charge] };
}
