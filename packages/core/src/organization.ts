import type { LocalizedText } from "./localizedText.js";

/**
 * What an organisation is, for grouping attendees and MoU parties.
 *
 * @category Model
 * @since 0.1.0
 */
export type OrganizationKind =
  | "interior"
  | "prosecution"
  | "court"
  | "investigation"
  | "border_guard"
  | "migration"
  | "labour_social_protection"
  | "education"
  | "health"
  | "local_government"
  | "bar_association"
  | "ngo"
  | "international_organization"
  | "donor"
  | "media"
  | "youth"
  | "other";

/**
 * An agency, department, NGO or international organisation that takes part in a task force.
 *
 * @category Model
 * @since 0.1.0
 */
export interface Organization {
  /** Stable id, unique in its dataset. */
  readonly id: string;
  /** What the organisation is. */
  readonly kind: OrganizationKind;
  /** Full names in several languages. */
  readonly name: LocalizedText;
  /** Short names or acronyms in several languages (`IOM`, `МОМ`). */
  readonly abbreviation?: LocalizedText;
  /** The organisation this one is a department or unit of. */
  readonly parentId?: string;
  /** The region it serves, when it is regional. */
  readonly regionId?: string;
  /** The ISO 3166-1 alpha-2 country it belongs to, when national. */
  readonly country?: string;
}
