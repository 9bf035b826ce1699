import type { IsoDate } from "./isoDate.js";
import type { LocalizedText } from "./localizedText.js";

/**
 * The kind of responsibility a task force's mandate gives it.
 *
 * @category Model
 * @since 0.1.0
 */
export type MandateKind =
  | "identify"
  | "refer"
  | "assist"
  | "strengthen_nrm"
  | "share_information"
  | "prevent"
  | "other";

/**
 * One responsibility in a task force's mandate.
 *
 * @category Model
 * @since 0.1.0
 */
export interface MandateItem {
  /** The kind of responsibility. */
  readonly kind: MandateKind;
  /** The responsibility as the source words it. */
  readonly text: LocalizedText;
}

/**
 * A regional multi-disciplinary task force (MDTF) of a National Referral Mechanism.
 *
 * @category Model
 * @since 0.1.0
 */
export interface TaskForce {
  /** Stable id, unique in its dataset. */
  readonly id: string;
  /** The task force's name in several languages. */
  readonly name: LocalizedText;
  /** The region it works in (an ISO 3166-2 code, see {@link Region}). */
  readonly regionId: string;
  /** What the task force is responsible for, in the source's order. */
  readonly mandate: readonly MandateItem[];
  /** The day it was set up, when known. */
  readonly establishedDate?: IsoDate;
  /** The day it was dissolved; open when absent. */
  readonly dissolvedDate?: IsoDate;
  /** Organisations that coordinate it. */
  readonly coordinatorIds: readonly string[];
  /** Organisations that act as its secretariat or give it technical support. */
  readonly secretariatIds: readonly string[];
  /** The memorandum of understanding it rests on. */
  readonly mouId?: string;
}
