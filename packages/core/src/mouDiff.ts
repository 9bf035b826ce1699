import type { LocalizedText } from "./localizedText.js";
import type { Mou, MouClause } from "./mou.js";

/**
 * A clause whose topic or text differs between two versions.
 *
 * @category MoU
 * @since 0.1.0
 */
export interface ClauseChange {
  /** The clause number, the same in both versions. */
  readonly number: string;
  /** The clause in the older version. */
  readonly before: MouClause;
  /** The clause in the newer version. */
  readonly after: MouClause;
}

/**
 * What changed between two versions of an MoU.
 *
 * @category MoU
 * @since 0.1.0
 */
export interface MouDiff {
  /** Clauses only in the newer version, in its order. */
  readonly addedClauses: readonly MouClause[];
  /** Clauses only in the older version, in its order. */
  readonly removedClauses: readonly MouClause[];
  /** Clauses in both whose topic or text changed, in the newer version's order. */
  readonly changedClauses: readonly ClauseChange[];
  /** Organisations that are current parties in the newer version but not in the older one. */
  readonly addedPartyIds: readonly string[];
  /** Organisations that are current parties in the older version but not in the newer one. */
  readonly withdrawnPartyIds: readonly string[];
  /** `true` when nothing above changed. */
  readonly isEmpty: boolean;
}

function sameText(a: LocalizedText, b: LocalizedText): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => a[key] === b[key]);
}

function currentParties(mou: Mou): readonly string[] {
  const ids = mou.parties.filter((party) => party.withdrawnDate === undefined).map((party) => party.organizationId);
  return [...new Set(ids)];
}

/**
 * Compares two versions of an MoU: clauses added, removed or changed, parties added or withdrawn.
 *
 * @remarks
 * Clauses are matched by number. A party is current when it has no `withdrawnDate`, so compare
 * versions (see {@link mouVersions}) rather than MoUs seen at different dates.
 *
 * @param before - The older version.
 * @param after - The newer version.
 * @returns The differences.
 *
 * @example
 * ```ts
 * import { applyDecisionEffects, diffMou, getById, indexDataset } from "@nrmkit/core";
 * import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
 *
 * const index = indexDataset(belarusTaskForces2014);
 * const gomelMou = getById(index, "mous", "mou-gomel");
 * const widen = getById(index, "decisions", "decision-gomel-2014-04-16-10");
 * const diff = diffMou(gomelMou, applyDecisionEffects(gomelMou, widen, "2014-04-16").mou);
 * [diff.addedClauses.length, diff.addedPartyIds.length, diff.isEmpty];
 * // => [0, 5, false]
 * diffMou(gomelMou, gomelMou).isEmpty;
 * // => true
 * ```
 *
 * @category MoU
 * @since 0.1.0
 */
export function diffMou(before: Mou, after: Mou): MouDiff {
  const oldClauses = new Map(before.clauses.map((clause) => [clause.number, clause]));
  const newNumbers = new Set(after.clauses.map((clause) => clause.number));
  const addedClauses = after.clauses.filter((clause) => !oldClauses.has(clause.number));
  const removedClauses = before.clauses.filter((clause) => !newNumbers.has(clause.number));
  const changedClauses: ClauseChange[] = [];
  for (const clause of after.clauses) {
    const old = oldClauses.get(clause.number);
    if (old !== undefined && (old.topic !== clause.topic || !sameText(old.text, clause.text))) {
      changedClauses.push({ number: clause.number, before: old, after: clause });
    }
  }
  const oldParties = currentParties(before);
  const newParties = currentParties(after);
  const addedPartyIds = newParties.filter((id) => !oldParties.includes(id));
  const withdrawnPartyIds = oldParties.filter((id) => !newParties.includes(id));
  return {
    addedClauses,
    removedClauses,
    changedClauses,
    addedPartyIds,
    withdrawnPartyIds,
    isEmpty:
      addedClauses.length +
        removedClauses.length +
        changedClauses.length +
        addedPartyIds.length +
        withdrawnPartyIds.length ===
      0,
  };
}
