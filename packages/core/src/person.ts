import type { IsoDate } from "./isoDate.js";
import type { LocalizedText } from "./localizedText.js";

/**
 * A post that a person holds in an organisation for a period (a Popolo membership).
 *
 * @category Model
 * @since 0.1.0
 */
export interface Position {
  /** The organisation the position is in. */
  readonly organizationId: string;
  /** The title of the post in several languages: "National Project Coordinator". */
  readonly title: LocalizedText;
  /** First day in the post, when known. */
  readonly startDate?: IsoDate;
  /** Last day in the post; open when absent. */
  readonly endDate?: IsoDate;
}

/**
 * An official who takes part in meetings; never a victim. One person may hold several positions at once.
 *
 * @category Model
 * @since 0.1.0
 */
export interface Person {
  /** Stable id, unique in its dataset. */
  readonly id: string;
  /** The person's name in several languages and scripts; absent when a source names only the post. */
  readonly name?: LocalizedText;
  /** Every post the person holds or held, in the order the source lists them. */
  readonly positions: readonly Position[];
}
