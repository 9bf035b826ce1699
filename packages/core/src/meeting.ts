import type { IsoDate } from "./isoDate.js";
import type { LocalizedText } from "./localizedText.js";

/**
 * Where a meeting stands: planned, held or cancelled.
 *
 * @category Meetings
 * @since 0.1.0
 */
export type MeetingStatus = "planned" | "held" | "cancelled";

/**
 * The kind of support an organiser gives a meeting.
 *
 * @category Meetings
 * @since 0.1.0
 */
export type SupportKind = "technical" | "organisational" | "financial" | "venue";

/**
 * An organisation that organised or supported a meeting.
 *
 * @category Meetings
 * @since 0.1.0
 */
export interface Organiser {
  /** The organising organisation. */
  readonly organizationId: string;
  /** What it provided. */
  readonly support: readonly SupportKind[];
}

/**
 * Where a meeting took place.
 *
 * @category Meetings
 * @since 0.1.0
 */
export interface Venue {
  /** The organisation whose premises hosted the meeting. */
  readonly hostId?: string;
  /** The place's name, when it is not simply the host's premises. */
  readonly name?: LocalizedText;
  /** The city or town. */
  readonly locality?: LocalizedText;
}

/**
 * The capacity in which an organisation attended a meeting.
 *
 * @category Meetings
 * @since 0.1.0
 */
export type AttendanceCapacity = "mou_party" | "interested_organization" | "guest";

/**
 * An organisation's presence at a meeting, with the people who represented it when known.
 *
 * @category Meetings
 * @since 0.1.0
 */
export interface Attendance {
  /** The attending organisation. */
  readonly organizationId: string;
  /** Whether it came as an MoU party, another interested organisation or an invited guest. */
  readonly capacity: AttendanceCapacity;
  /** The people who represented it, when the source names them. */
  readonly personIds?: readonly string[];
  /** Why it was invited, for guests: "sharing their experience in prevention of THB". */
  readonly purpose?: LocalizedText;
}

/**
 * What a meeting topic is about.
 *
 * @category Meetings
 * @since 0.1.0
 */
export type TopicKind =
  | "latest_trends"
  | "statistics"
  | "victim_assistance"
  | "labour_exploitation"
  | "sexual_exploitation"
  | "child_sexual_abuse"
  | "social_contracting"
  | "prevention"
  | "identification"
  | "other";

/**
 * One item discussed at a meeting, in agenda order.
 *
 * @category Meetings
 * @since 0.1.0
 */
export interface Topic {
  /** What the topic is about. */
  readonly kind: TopicKind;
  /** The topic as the source words it. */
  readonly text: LocalizedText;
  /** `true` when the source says special attention was given to it. */
  readonly highlighted?: boolean;
  /** Organisations whose experience was presented under this topic. */
  readonly presenterIds?: readonly string[];
}

/**
 * Publication metadata of a news item or report about a meeting.
 *
 * @category Meetings
 * @since 0.1.0
 */
export interface Publication {
  /** The headline in several languages. */
  readonly title: LocalizedText;
  /** The publisher. */
  readonly publisherId?: string;
  /** The day it was published. */
  readonly publishedDate?: IsoDate;
  /** Where it was published, when public. */
  readonly url?: string;
  /** Categories it was filed under, each in the languages it is known in. */
  readonly categories: readonly LocalizedText[];
  /** Tags it carries, each in the languages it is known in. */
  readonly tags: readonly LocalizedText[];
  /** Language tags the item was published in. */
  readonly languages: readonly string[];
  /** The previous item in its series. */
  readonly previous?: SeriesLink;
  /** The next item in its series. */
  readonly next?: SeriesLink;
}

/**
 * A link from a news item to another item of its series: the other meeting by id, a URL, a title,
 * or any of them together.
 *
 * @remarks
 * Reports show the link as the title when there is one, else the other meeting's own
 * publication title, else its date; they link it to `url`, else to the other meeting's published
 * URL or the address a report's `meetingUrl` option gives for its id.
 *
 * @example
 * ```ts
 * import type { SeriesLink } from "@nrmkit/core";
 *
 * const next: SeriesLink = { meetingId: "meeting-brest-2014-05-21", title: { en: "Meeting of the Task Force, Brest" } };
 * ```
 *
 * @category Meetings
 * @since 0.1.0
 */
export interface SeriesLink {
  /** The other item's headline, as the source gives it. */
  readonly title?: LocalizedText;
  /** The id of the other meeting, when it is in the dataset. */
  readonly meetingId?: string;
  /** Where the other item is published (`http:` or `https:`). */
  readonly url?: string;
}

/**
 * A meeting of a task force.
 *
 * @remarks
 * Decisions are kept apart, in {@link Decision} records that point back with `meetingId`, so that
 * their status can change after the meeting.
 *
 * @category Meetings
 * @since 0.1.0
 */
export interface Meeting {
  /** Stable id, unique in its dataset. */
  readonly id: string;
  /** The task force that met. */
  readonly taskForceId: string;
  /** The day of the meeting. */
  readonly date: IsoDate;
  /** Whether it is planned, was held or was cancelled. */
  readonly status: MeetingStatus;
  /** Where it took place. */
  readonly venue?: Venue;
  /** Organisations that organised or supported it. */
  readonly organisers: readonly Organiser[];
  /** People who chaired it, in the source's order. */
  readonly chairIds: readonly string[];
  /** Other members of the meeting panel (people), in the source's order. */
  readonly panelIds: readonly string[];
  /** Organisations present, with their capacity. */
  readonly attendance: readonly Attendance[];
  /** Topics discussed, in order. */
  readonly topics: readonly Topic[];
  /** Whether members shared the latest statistics. */
  readonly statisticsShared: boolean;
  /**
   * Whether the dataset's decisions of this meeting are its complete record: `true` when they are
   * (no decisions then means none were taken), `false` when the source does not say what was
   * decided. When absent, a meeting with decisions counts as recorded and one without as not known.
   */
  readonly decisionsRecorded?: boolean;
  /** A free-text summary meant for publication; checked for personal data before it leaves. */
  readonly summary?: LocalizedText;
  /** The news item or report about the meeting. */
  readonly publication?: Publication;
}
