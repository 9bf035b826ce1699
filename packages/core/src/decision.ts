import type { IsoDate } from "./isoDate.js";
import type { LocalizedText } from "./localizedText.js";
import type { MouAmendment, MouOperation } from "./mouAmendment.js";

/**
 * What a decision is about.
 *
 * @category Decisions
 * @since 0.1.0
 */
export type DecisionCategory =
  | "information_sharing"
  | "prevention"
  | "confidentiality"
  | "legal_aid"
  | "child_interviews"
  | "media"
  | "social_contracting"
  | "volunteers"
  | "reintegration"
  | "cooperation"
  | "mou_amendment"
  | "mou_membership"
  | "other";

/**
 * Where a decision stands in its follow-up.
 *
 * @category Decisions
 * @since 0.1.0
 */
export type DecisionStatus = "adopted" | "in_progress" | "done" | "dropped";

/**
 * A dated change of a decision's status.
 *
 * @category Decisions
 * @since 0.1.0
 */
export interface DecisionStatusChange {
  /** The new status. */
  readonly status: DecisionStatus;
  /** The day it took effect. */
  readonly date: IsoDate;
  /** Why, or what was done. */
  readonly note?: LocalizedText;
}

/**
 * How one decision relates to an earlier one.
 *
 * @category Decisions
 * @since 0.1.0
 */
export type DecisionRelation = "repeats" | "continues" | "supersedes";

/**
 * A link from a decision to a decision of another (usually earlier) meeting.
 *
 * @category Decisions
 * @since 0.1.0
 */
export interface DecisionLink {
  /** The decision linked to. */
  readonly decisionId: string;
  /** How this decision relates to it. */
  readonly relation: DecisionRelation;
}

/**
 * The MoU changes a decision calls for, ready to become an {@link MouAmendment}.
 *
 * @category Decisions
 * @since 0.1.0
 */
export interface DecisionEffects {
  /** The MoU to change. */
  readonly mouId: string;
  /** The operations, in order. */
  readonly operations: readonly MouOperation[];
}

/**
 * A numbered decision of a meeting, with its follow-up.
 *
 * @category Decisions
 * @since 0.1.0
 */
export interface Decision {
  /** Stable id, unique in its dataset. */
  readonly id: string;
  /** The meeting that took it. */
  readonly meetingId: string;
  /** Its number in the meeting's list, from 1. */
  readonly ordinal: number;
  /** What it is about. */
  readonly category: DecisionCategory;
  /** The decision as worded in the source. */
  readonly text: LocalizedText;
  /** Organisations responsible for carrying it out; empty when the source names all parties. */
  readonly responsibleIds: readonly string[];
  /** The day it should be done by, when set. */
  readonly dueDate?: IsoDate;
  /** Status changes in date order; the first is normally `adopted` on the meeting day. */
  readonly statusHistory: readonly DecisionStatusChange[];
  /** Links to decisions of other meetings that this one repeats, continues or supersedes. */
  readonly links: readonly DecisionLink[];
  /** Structured MoU changes this decision calls for (for `mou_amendment` and `mou_membership`). */
  readonly effects?: DecisionEffects;
}
