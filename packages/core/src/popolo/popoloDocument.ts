import type { DecisionEffects, DecisionLink, DecisionStatusChange } from "../decision.js";
import type { IsoDate } from "../isoDate.js";
import type { LocalizedText } from "../localizedText.js";
import type { Attendance, Organiser, Publication, Topic, Venue } from "../meeting.js";
import type { Mou } from "../mou.js";
import type { MouAmendment } from "../mouAmendment.js";
import type { MandateItem } from "../taskForce.js";

/**
 * One name of a record in one language, as EveryPolitician writes multilingual names.
 *
 * @remarks
 * nrmkit writes one entry per language of a name with `note: "multilingual"`, and one per
 * language of an organisation's abbreviation with `note: "abbreviation"`.
 *
 * @category Popolo
 * @since 0.1.0
 */
export interface PopoloOtherName {
  /** The name. */
  readonly name: string;
  /** The BCP 47 language tag of the name. */
  readonly lang?: string;
  /** What kind of name it is: `"multilingual"` or `"abbreviation"` for names nrmkit writes. */
  readonly note?: string;
}

/**
 * A Popolo area: a region of the dataset.
 *
 * @category Popolo
 * @since 0.1.0
 */
export interface PopoloArea {
  /** The region's id (its ISO 3166-2 code). */
  readonly id: string;
  /** The region's ISO 3166-2 code. */
  readonly identifier: string;
  /** What kind of region it is (`"oblast"`). */
  readonly classification: string;
  /** The name in the preferred language. */
  readonly name?: string;
  /** The name in every language. */
  readonly other_names?: readonly PopoloOtherName[];
  /** What Popolo cannot hold. */
  readonly nrmkit?: {
    /** The ISO 3166-1 alpha-2 country code. */
    readonly country: string;
  };
}

/**
 * A Popolo organization: an organisation or a task force (classification `"task force"`) of the dataset.
 *
 * @category Popolo
 * @since 0.1.0
 */
export interface PopoloOrganization {
  /** The organisation's or task force's id. */
  readonly id: string;
  /** The organisation's kind (`"ngo"`, `"interior"`, …) or `"task force"`. */
  readonly classification: string;
  /** The name in the preferred language. */
  readonly name?: string;
  /** The name in every language, and the abbreviation in every language. */
  readonly other_names?: readonly PopoloOtherName[];
  /** The organisation this one is part of. */
  readonly parent_id?: string;
  /** The region the organisation serves or the task force works in. */
  readonly area_id?: string;
  /** The day the task force was set up. */
  readonly founding_date?: IsoDate;
  /** The day the task force was dissolved. */
  readonly dissolution_date?: IsoDate;
  /** What Popolo cannot hold. */
  readonly nrmkit?: {
    /** The ISO 3166-1 alpha-2 country of a national organisation. */
    readonly country?: string;
    /** An abbreviation with no text in any language (others are in `other_names`). */
    readonly abbreviation?: LocalizedText;
    /** The task force's mandate. */
    readonly mandate?: readonly MandateItem[];
    /** The MoU the task force rests on. */
    readonly mouId?: string;
  };
}

/**
 * A Popolo person: an official of the dataset.
 *
 * @category Popolo
 * @since 0.1.0
 */
export interface PopoloPerson {
  /** The person's id. */
  readonly id: string;
  /** The name in the preferred language. */
  readonly name?: string;
  /** The name in every language. */
  readonly other_names?: readonly PopoloOtherName[];
  /** What Popolo cannot hold. */
  readonly nrmkit?: {
    /** A name with no text in any language (others are in `other_names`). */
    readonly name?: LocalizedText;
  };
}

/**
 * A Popolo post: the post of one position a person holds.
 *
 * @category Popolo
 * @since 0.1.0
 */
export interface PopoloPost {
  /** `<person id>#position-<n>`, n from 1. */
  readonly id: string;
  /** The title in the preferred language. */
  readonly label?: string;
  /** The title in every language. */
  readonly other_names?: readonly PopoloOtherName[];
  /** The organisation the post is in. */
  readonly organization_id: string;
}

/**
 * The member of a Popolo membership that is an organisation, as Popolo's JSON writes it.
 *
 * @category Popolo
 * @since 0.1.0
 */
export interface PopoloMember {
  /** Always `"Organization"` in nrmkit's output. */
  readonly "@type": "Organization" | "Person";
  /** The member's id. */
  readonly id: string;
}

/**
 * A Popolo membership: a person's position, or an organisation that coordinates or supports a task force.
 *
 * @category Popolo
 * @since 0.1.0
 */
export interface PopoloMembership {
  /** `<person id>#position-<n>` or `<task force id>#coordinator-<n>` / `#secretariat-<n>`. */
  readonly id: string;
  /** The post's title in the preferred language, or `"coordinator"` / `"secretariat"`. */
  readonly role?: string;
  /** The person holding the position. */
  readonly person_id?: string;
  /** The organisation coordinating or supporting the task force. */
  readonly member?: PopoloMember;
  /** The organisation of the position, or the task force. */
  readonly organization_id: string;
  /** The post of the position. */
  readonly post_id?: string;
  /** The first day in the post. */
  readonly start_date?: IsoDate;
  /** The last day in the post. */
  readonly end_date?: IsoDate;
}

/**
 * A person at a Popolo event, referenced by id.
 *
 * @category Popolo
 * @since 0.1.0
 */
export interface PopoloAttendee {
  /** The person's id. */
  readonly id: string;
}

/**
 * A Popolo event: a meeting of a task force.
 *
 * @category Popolo
 * @since 0.1.0
 */
export interface PopoloEvent {
  /** The meeting's id. */
  readonly id: string;
  /** Always `"meeting"`. */
  readonly classification: string;
  /** The task force that met. */
  readonly organization_id: string;
  /** The day of the meeting. */
  readonly start_date: IsoDate;
  /** `"confirmed"` (planned), `"passed"` (held) or `"cancelled"`. */
  readonly status: string;
  /** The venue's name, locality or host in the preferred language. */
  readonly location?: string;
  /** The summary in the preferred language. */
  readonly description?: string;
  /** The chairs, the panel and the people named in the attendance, each once. */
  readonly attendees?: readonly PopoloAttendee[];
  /** What Popolo cannot hold. */
  readonly nrmkit?: {
    /** People who chaired the meeting. */
    readonly chairIds: readonly string[];
    /** Other members of the panel. */
    readonly panelIds: readonly string[];
    /** Organisations that organised or supported it. */
    readonly organisers: readonly Organiser[];
    /** Organisations present, with their capacity. */
    readonly attendance: readonly Attendance[];
    /** Topics discussed. */
    readonly topics: readonly Topic[];
    /** Whether members shared the latest statistics. */
    readonly statisticsShared: boolean;
    /** Whether the decisions are the meeting's complete record. */
    readonly decisionsRecorded?: boolean;
    /** The summary in every language. */
    readonly summary?: LocalizedText;
    /** Where it took place. */
    readonly venue?: Venue;
    /** The meeting's publication, carried whole. */
    readonly publication?: Publication;
  };
}

/**
 * A Popolo motion: a decision of a meeting.
 *
 * @category Popolo
 * @since 0.1.0
 */
export interface PopoloMotion {
  /** The decision's id. */
  readonly id: string;
  /** The task force whose meeting took the decision. */
  readonly organization_id?: string;
  /** The meeting (event) that took it. */
  readonly legislative_session_id: string;
  /** The decision's number in its meeting. */
  readonly identifier: string;
  /** The decision's category (`"prevention"`, …). */
  readonly classification: string;
  /** The decision's text in the preferred language. */
  readonly text?: string;
  /** Always `"pass"`: a recorded decision was adopted. */
  readonly result: string;
  /** What Popolo cannot hold. */
  readonly nrmkit?: {
    /** The text in every language. */
    readonly text: LocalizedText;
    /** Organisations responsible for carrying it out. */
    readonly responsibleIds: readonly string[];
    /** The day it should be done by. */
    readonly dueDate?: IsoDate;
    /** Its status changes. */
    readonly statusHistory: readonly DecisionStatusChange[];
    /** Links to decisions of other meetings. */
    readonly links: readonly DecisionLink[];
    /** The MoU changes it calls for. */
    readonly effects?: DecisionEffects;
  };
}

/**
 * A Popolo JSON document, as {@link toPopolo} writes it: one array per Popolo class and the nrmkit extension.
 *
 * @remarks
 * Every record may carry an `nrmkit` object with what Popolo has no property for; the document's
 * own `nrmkit` object holds the MoUs and their amendments. Popolo tools ignore unknown properties.
 *
 * @category Popolo
 * @since 0.1.0
 */
export interface PopoloDocument {
  /** The regions. */
  readonly areas: readonly PopoloArea[];
  /** The organisations, then the task forces. */
  readonly organizations: readonly PopoloOrganization[];
  /** The people. */
  readonly persons: readonly PopoloPerson[];
  /** One post per position. */
  readonly posts: readonly PopoloPost[];
  /** Positions, then task-force coordinators and secretariats. */
  readonly memberships: readonly PopoloMembership[];
  /** The meetings. */
  readonly events: readonly PopoloEvent[];
  /** The decisions. */
  readonly motions: readonly PopoloMotion[];
  /** What Popolo cannot hold at all. */
  readonly nrmkit?: {
    /** The version of the extension: `1`. */
    readonly version: 1;
    /** The MoUs. */
    readonly mous: readonly Mou[];
    /** The MoU amendments. */
    readonly mouAmendments: readonly MouAmendment[];
  };
}
