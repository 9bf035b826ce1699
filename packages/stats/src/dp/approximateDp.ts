// zCDP read as (ε, δ)-differential privacy (Bun and Steinke 2016, Proposition 1.3): a ρ-zCDP
// release is (ρ + 2√(ρ ln(1/δ)), δ)-DP for every δ > 0. For comparing with budgets stated as ε.
import { NrmkitError } from "@nrmkit/core";

function check(value: number, name: string, below1 = false): void {
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0 || (below1 && value >= 1)) {
    throw new NrmkitError(
      "invalid_argument",
      `${name}: expected a positive finite number${below1 ? " below 1" : ""}, received ${String(value)}`,
    );
  }
}

/**
 * The ε of (ε, δ)-differential privacy that a ρ-zCDP release gives: ρ + 2√(ρ ln(1/δ)).
 *
 * @param rho - The ρ of zero-concentrated differential privacy.
 * @param delta - The δ, such as 1e-6 (below one over the number of records).
 * @returns The ε.
 * @throws NrmkitError with code `invalid_argument` when `rho` is not positive or `delta` not in (0, 1).
 *
 * @example
 * ```ts
 * import { epsilonOfRho } from "@nrmkit/stats/dp";
 *
 * Number(epsilonOfRho(0.5, 1e-6).toFixed(2));
 * // => 5.76
 * ```
 *
 * @category Differential privacy
 * @since 0.1.0
 */
export function epsilonOfRho(rho: number, delta: number): number {
  check(rho, "rho");
  check(delta, "delta", true);
  return rho + 2 * Math.sqrt(rho * Math.log(1 / delta));
}

/**
 * The largest ρ of zero-concentrated differential privacy whose release is (ε, δ)-DP: the inverse of {@link epsilonOfRho}.
 *
 * @param epsilon - The ε of the budget.
 * @param delta - The δ, such as 1e-6.
 * @returns The ρ: (√(ln(1/δ) + ε) − √ln(1/δ))².
 * @throws NrmkitError with code `invalid_argument` when `epsilon` is not positive or `delta` not in (0, 1).
 *
 * @example
 * ```ts
 * import { epsilonOfRho, rhoOfEpsilon } from "@nrmkit/stats/dp";
 *
 * const rho = rhoOfEpsilon(1, 1e-6);
 * Math.abs(epsilonOfRho(rho, 1e-6) - 1) < 1e-9;
 * // => true
 * ```
 *
 * @category Differential privacy
 * @since 0.1.0
 */
export function rhoOfEpsilon(epsilon: number, delta: number): number {
  check(epsilon, "epsilon");
  check(delta, "delta", true);
  const log = Math.log(1 / delta);
  return (Math.sqrt(log + epsilon) - Math.sqrt(log)) ** 2;
}
