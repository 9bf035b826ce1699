import type { IsoDate } from "./isoDate.js";
import type { MouClause } from "./mou.js";

/**
 * Adds a clause, after clause `after` or at the end.
 *
 * @category MoU
 * @since 0.1.0
 */
export interface AddClauseOperation {
  /** Discriminator. */
  readonly op: "add_clause";
  /** The new clause; its number must be new in the MoU. */
  readonly clause: MouClause;
  /** The number of the clause to insert after; appended at the end when absent. */
  readonly after?: string;
}

/**
 * Changes the topic or text of an existing clause.
 *
 * @category MoU
 * @since 0.1.0
 */
export interface AmendClauseOperation {
  /** Discriminator. */
  readonly op: "amend_clause";
  /** The number of the clause to change. */
  readonly number: string;
  /** The new topic and/or text; the text replaces the old one language by language. */
  readonly changes: Partial<Omit<MouClause, "number">>;
}

/**
 * Removes a clause.
 *
 * @category MoU
 * @since 0.1.0
 */
export interface RemoveClauseOperation {
  /** Discriminator. */
  readonly op: "remove_clause";
  /** The number of the clause to remove. */
  readonly number: string;
}

/**
 * Makes an organisation a party, signed on the amendment's date.
 *
 * @category MoU
 * @since 0.1.0
 */
export interface AddPartyOperation {
  /** Discriminator. */
  readonly op: "add_party";
  /** The joining organisation. */
  readonly organizationId: string;
}

/**
 * Records that a party withdrew on the amendment's date.
 *
 * @category MoU
 * @since 0.1.0
 */
export interface WithdrawPartyOperation {
  /** Discriminator. */
  readonly op: "withdraw_party";
  /** The withdrawing organisation. */
  readonly organizationId: string;
}

/**
 * One change to an MoU: a discriminated union on `op`.
 *
 * @category MoU
 * @since 0.1.0
 */
export type MouOperation =
  | AddClauseOperation
  | AmendClauseOperation
  | RemoveClauseOperation
  | AddPartyOperation
  | WithdrawPartyOperation;

/**
 * A dated set of operations on one MoU, optionally motivated by a meeting decision.
 *
 * @category MoU
 * @since 0.1.0
 */
export interface MouAmendment {
  /** Stable id, unique in its dataset. */
  readonly id: string;
  /** The MoU it changes. */
  readonly mouId: string;
  /** The day the amendment takes effect. */
  readonly date: IsoDate;
  /** The operations, applied in order. */
  readonly operations: readonly MouOperation[];
  /** The decision that motivated it, when there is one. */
  readonly decisionId?: string;
}
