import type { IsoDate } from "./isoDate.js";
import type { LocalizedText } from "./localizedText.js";

/**
 * What an MoU clause is about.
 *
 * @category MoU
 * @since 0.1.0
 */
export type ClauseTopic =
  | "purpose"
  | "target_group"
  | "governance"
  | "party_commitments"
  | "information_exchange"
  | "confidentiality"
  | "state_programme"
  | "international_convention"
  | "referral"
  | "assistance"
  | "prevention"
  | "review_and_amendment"
  | "conflict_resolution"
  | "other";

/**
 * A numbered clause of a memorandum of understanding.
 *
 * @category MoU
 * @since 0.1.0
 */
export interface MouClause {
  /** The clause number as printed, unique in its MoU: `"1"`, `"4.2"`. */
  readonly number: string;
  /** What the clause is about. */
  readonly topic: ClauseTopic;
  /** The clause text in several languages. */
  readonly text: LocalizedText;
}

/**
 * An organisation's membership of an MoU.
 *
 * @category MoU
 * @since 0.1.0
 */
export interface MouParty {
  /** The organisation that signed. */
  readonly organizationId: string;
  /** The day it signed or joined. */
  readonly signedDate: IsoDate;
  /** The day it withdrew; still a party when absent. */
  readonly withdrawnDate?: IsoDate;
}

/**
 * A memorandum of understanding on which a task force's cooperation rests, as one version.
 *
 * @category MoU
 * @since 0.1.0
 */
export interface Mou {
  /** Stable id, unique in its dataset. */
  readonly id: string;
  /** The MoU's title in several languages. */
  readonly title: LocalizedText;
  /** The day the MoU (this version's base text) took effect. */
  readonly effectiveDate: IsoDate;
  /** The day it ceased to have effect; open when absent. */
  readonly expiryDate?: IsoDate;
  /** Every organisation that is or was a party. */
  readonly parties: readonly MouParty[];
  /** The clauses in order. */
  readonly clauses: readonly MouClause[];
}
