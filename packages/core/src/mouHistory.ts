import { type Draft, enablePatches, type Patch, produceWithPatches } from "immer";
import { NrmkitError } from "./error.js";
import { byDate } from "./internal/byDate.js";
import { mouVersionOn } from "./internal/mouVersionOn.js";
import { compareIsoDates, type IsoDate, toDate } from "./isoDate.js";
import type { Mou, MouClause } from "./mou.js";
import type { MouAmendment, MouOperation } from "./mouAmendment.js";

/**
 * One JSON-patch-like change to an MoU, as recorded by immer (RFC 6902 style, path as an array).
 *
 * @category MoU
 * @since 0.1.0
 */
export interface MouPatch {
  /** What the patch does at `path`. */
  readonly op: "add" | "remove" | "replace";
  /** Where in the MoU: `["clauses", 5]`, `["parties", 2, "withdrawnDate"]`. */
  readonly path: readonly (string | number)[];
  /** The new value, for `add` and `replace`. */
  readonly value?: unknown;
}

/**
 * The outcome of applying an amendment: the new MoU and the patches that lead to it and back.
 *
 * @category MoU
 * @since 0.1.0
 */
export interface MouAmendmentResult {
  /** The amended MoU (a new, frozen object; the input is untouched). */
  readonly mou: Mou;
  /** Patches from the old MoU to the new one. */
  readonly patches: readonly MouPatch[];
  /** Patches from the new MoU back to the old one: apply them with immer's `applyPatches` to undo. */
  readonly inversePatches: readonly MouPatch[];
}

/**
 * One version of an MoU in its history.
 *
 * @category MoU
 * @since 0.1.0
 */
export interface MouVersion {
  /** The day this version took effect. */
  readonly date: IsoDate;
  /** The amendment that produced it; absent for the base text. */
  readonly amendmentId?: string;
  /** The MoU as it stood from `date`. */
  readonly mou: Mou;
  /** Patches from the previous version; empty for the base text. */
  readonly patches: readonly MouPatch[];
}

function invalid(amendment: MouAmendment, index: number, what: string): NrmkitError {
  return new NrmkitError("invalid_operation", `${amendment.id}.operations.${index}: ${what}`);
}

function clauseIndex(draft: Draft<Mou>, number: string): number {
  return draft.clauses.findIndex((clause) => clause.number === number);
}

function activePartyIndex(draft: Draft<Mou>, organizationId: string): number {
  return draft.parties.findIndex(
    (party) => party.organizationId === organizationId && party.withdrawnDate === undefined,
  );
}

function applyOperation(draft: Draft<Mou>, operation: MouOperation, amendment: MouAmendment, index: number): void {
  switch (operation.op) {
    case "add_clause": {
      const { clause, after } = operation;
      if (clauseIndex(draft, clause.number) !== -1) {
        throw invalid(amendment, index, `expected a new clause number, received ${JSON.stringify(clause.number)}`);
      }
      const afterIndex = after === undefined ? draft.clauses.length - 1 : clauseIndex(draft, after);
      if (after !== undefined && afterIndex === -1) {
        throw invalid(amendment, index, `expected an existing clause to add after, received ${JSON.stringify(after)}`);
      }
      // A copy: immer freezes what it inserts, and the caller's amendment must stay untouched.
      const copy: Draft<MouClause> = { number: clause.number, topic: clause.topic, text: { ...clause.text } };
      draft.clauses.splice(afterIndex + 1, 0, copy);
      return;
    }
    case "amend_clause": {
      const current = draft.clauses[clauseIndex(draft, operation.number)];
      if (current === undefined) {
        throw invalid(amendment, index, `expected an existing clause, received ${JSON.stringify(operation.number)}`);
      }
      if (operation.changes.topic !== undefined) current.topic = operation.changes.topic;
      // Text replaces the old one language by language, so a Russian-only fix keeps the English.
      if (operation.changes.text !== undefined) current.text = { ...current.text, ...operation.changes.text };
      return;
    }
    case "remove_clause": {
      const position = clauseIndex(draft, operation.number);
      if (position === -1) {
        throw invalid(amendment, index, `expected an existing clause, received ${JSON.stringify(operation.number)}`);
      }
      draft.clauses.splice(position, 1);
      return;
    }
    case "add_party": {
      if (activePartyIndex(draft, operation.organizationId) !== -1) {
        throw invalid(
          amendment,
          index,
          `expected an organisation that is not a party, received ${JSON.stringify(operation.organizationId)}`,
        );
      }
      draft.parties.push({ organizationId: operation.organizationId, signedDate: amendment.date });
      return;
    }
    case "withdraw_party": {
      const party = draft.parties[activePartyIndex(draft, operation.organizationId)];
      if (party === undefined || compareIsoDates(amendment.date, party.signedDate) < 0) {
        throw invalid(
          amendment,
          index,
          `expected a party on ${amendment.date}, received ${JSON.stringify(operation.organizationId)}`,
        );
      }
      party.withdrawnDate = amendment.date;
      return;
    }
  }
}

/**
 * Applies an amendment's operations, in order, to an MoU, and records the patches both ways.
 *
 * @remarks
 * The input is never changed. Added parties sign on the amendment's date; withdrawn parties
 * get it as `withdrawnDate`. An amended clause's text is merged language by language. An
 * organisation that withdrew may join again: it gets a new party entry.
 *
 * @param mou - The MoU as it stands before the amendment.
 * @param amendment - The amendment; its `mouId` must be the MoU's id.
 * @returns The amended MoU with `patches` and `inversePatches`.
 * @throws NrmkitError with code `invalid_argument` when the amendment is for another MoU.
 * @throws NrmkitError with code `invalid_date` when the amendment date is not `YYYY-MM-DD`.
 * @throws NrmkitError with code `invalid_operation` when an operation names an unknown clause, reuses a
 * clause number, adds a current party or withdraws an organisation that is not a party.
 *
 * @example
 * ```ts
 * import { applyMouAmendment, getById, indexDataset } from "@nrmkit/core";
 * import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
 *
 * const mou = getById(indexDataset(belarusTaskForces2014), "mous", "mou-gomel"); // clauses 1–5
 * const { mou: amended, patches } = applyMouAmendment(mou, {
 *   id: "amendment-1",
 *   mouId: "mou-gomel",
 *   date: "2014-04-16",
 *   operations: [{ op: "add_party", organizationId: "org-by-ho-court" }],
 * });
 * amended.parties.at(-1);
 * // => { organizationId: "org-by-ho-court", signedDate: "2014-04-16" }
 * patches[0]?.path;
 * // => ["parties", 5]
 * ```
 *
 * @category MoU
 * @since 0.1.0
 */
export function applyMouAmendment(mou: Mou, amendment: MouAmendment): MouAmendmentResult {
  if (amendment.mouId !== mou.id) {
    throw new NrmkitError(
      "invalid_argument",
      `${amendment.id}.mouId: expected ${JSON.stringify(mou.id)}, received ${JSON.stringify(amendment.mouId)}`,
    );
  }
  toDate(amendment.date, `${amendment.id}.date`);
  // Called here rather than at module load: with sideEffects: false a bundler may drop top-level calls.
  enablePatches();
  const [next, patches, inversePatches] = produceWithPatches(mou, (draft) => {
    for (const [index, operation] of amendment.operations.entries()) applyOperation(draft, operation, amendment, index);
  });
  return { mou: next, patches: patches as readonly Patch[], inversePatches: inversePatches as readonly Patch[] };
}

/**
 * Lists every version of an MoU: its base text, then one version per amendment, in date order.
 *
 * @remarks
 * Only amendments whose `mouId` is the MoU's id are used, so a dataset's whole `mouAmendments`
 * list can be passed. Amendments of the same date apply in the order given.
 *
 * @param mou - The MoU's base text, as first signed.
 * @param amendments - Amendments, of this MoU or others, in any order.
 * @returns The versions, oldest first; the first is the base text dated `effectiveDate`.
 * @throws NrmkitError with code `invalid_operation` when an amendment predates the MoU or cannot apply.
 * @throws NrmkitError with code `invalid_date` when a date is not `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * import { amendmentFromDecision, getById, indexDataset, mouVersions } from "@nrmkit/core";
 * import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
 *
 * const index = indexDataset(belarusTaskForces2014);
 * const mou = getById(index, "mous", "mou-gomel");
 * const decision = getById(index, "decisions", "decision-gomel-2014-04-16-10"); // widen the MoU
 * const versions = mouVersions(mou, [amendmentFromDecision(decision, { date: "2014-04-16" })]);
 * versions.map((version) => [version.date, version.mou.parties.length]);
 * // => [["2013-03-01", 5], ["2014-04-16", 10]]
 * ```
 *
 * @category MoU
 * @since 0.1.0
 */
export function mouVersions(mou: Mou, amendments: readonly MouAmendment[]): readonly MouVersion[] {
  const versions: MouVersion[] = [{ date: mou.effectiveDate, mou, patches: [] }];
  let current = mou;
  for (const amendment of byDate(amendments.filter((candidate) => candidate.mouId === mou.id))) {
    if (compareIsoDates(amendment.date, mou.effectiveDate) < 0) {
      throw new NrmkitError(
        "invalid_operation",
        `${amendment.id}.date: expected a date on or after the MoU's effective date ${mou.effectiveDate}, received ${amendment.date}`,
      );
    }
    const result = applyMouAmendment(current, amendment);
    current = result.mou;
    versions.push({ date: amendment.date, amendmentId: amendment.id, mou: current, patches: result.patches });
  }
  return versions;
}

/**
 * Gives the MoU as it stood on a date, after every amendment dated on or before it.
 *
 * @remarks
 * Amendments dated on or before `date` apply in date order (same-date ones in the order given);
 * later amendments are never applied, so one that cannot apply does not make this throw.
 *
 * @param mou - The MoU's base text, as first signed.
 * @param amendments - Amendments, of this MoU or others, in any order.
 * @param date - The day to look at.
 * @returns The MoU on `date`, or `undefined` when `date` is before its effective date.
 * @throws NrmkitError with code `invalid_date` when a date is not `YYYY-MM-DD`.
 * @throws NrmkitError with code `invalid_operation` when an amendment dated on or before `date` predates the MoU or cannot apply.
 *
 * @example
 * ```ts
 * import { amendmentFromDecision, getById, indexDataset, mouAsOf } from "@nrmkit/core";
 * import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
 *
 * const index = indexDataset(belarusTaskForces2014);
 * const mou = getById(index, "mous", "mou-gomel");
 * const decision = getById(index, "decisions", "decision-gomel-2014-04-16-10");
 * const widen = amendmentFromDecision(decision, { date: "2014-04-16" });
 * mouAsOf(mou, [widen], "2014-04-15")?.parties.length;
 * // => 5
 * mouAsOf(mou, [widen], "2014-04-16")?.parties.length;
 * // => 10
 * mouAsOf(mou, [widen], "2012-01-01");
 * // => undefined
 * ```
 *
 * @category MoU
 * @since 0.1.0
 */
export function mouAsOf(mou: Mou, amendments: readonly MouAmendment[], date: IsoDate): Mou | undefined {
  toDate(date);
  // Only amendments in force on `date` are applied, so a later amendment that cannot apply does not matter here.
  const inForce = amendments.filter((amendment) => {
    if (amendment.mouId !== mou.id) return false;
    toDate(amendment.date, `${amendment.id}.date`);
    return compareIsoDates(amendment.date, date) <= 0;
  });
  return mouVersionOn(mouVersions(mou, inForce), date);
}
