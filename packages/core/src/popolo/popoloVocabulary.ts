import type { MeetingStatus } from "../meeting.js";

/**
 * The Popolo values nrmkit writes and reads: classifications, notes, roles and meeting statuses.
 *
 * @remarks
 * Meeting statuses use the event status words of Popolo (RFC 5545) and Open Civic Data: a planned
 * meeting is `"confirmed"`, a held one `"passed"`. On import, `"tentative"`, `"postponed"` and
 * `"rescheduled"` also read as planned, `"canceled"` as cancelled.
 *
 * @example
 * ```ts
 * import { POPOLO_VOCABULARY } from "@nrmkit/core/popolo";
 *
 * POPOLO_VOCABULARY.meetingStatus.held;
 * // => "passed"
 * POPOLO_VOCABULARY.taskForce;
 * // => "task force"
 * ```
 *
 * @category Popolo
 * @since 0.1.0
 */
export const POPOLO_VOCABULARY = {
  /** The classification of an organization that is a task force. */
  taskForce: "task force",
  /** The classification of an event that is a meeting. */
  meeting: "meeting",
  /** The note of an `other_names` entry holding a name in one language. */
  multilingual: "multilingual",
  /** The note of an `other_names` entry holding an abbreviation in one language. */
  abbreviation: "abbreviation",
  /** The role of a membership making an organisation a task force's coordinator. */
  coordinator: "coordinator",
  /** The role of a membership making an organisation a task force's secretariat. */
  secretariat: "secretariat",
  /** The result of every motion: a recorded decision was adopted. */
  motionResult: "pass",
  /** The event status written for each meeting status. */
  meetingStatus: {
    /** A planned meeting is a confirmed event. */
    planned: "confirmed",
    /** A held meeting is a passed event (Open Civic Data's word). */
    held: "passed",
    /** A cancelled meeting is a cancelled event. */
    cancelled: "cancelled",
  },
  /** The meeting status read from each event status. */
  eventStatus: {
    /** RFC 5545: the event will take place. */
    confirmed: "planned",
    /** RFC 5545: the event may take place. */
    tentative: "planned",
    /** Schema.org: the event was put off to a day not yet set. */
    postponed: "planned",
    /** Schema.org: the event was moved to another day. */
    rescheduled: "planned",
    /** Open Civic Data: the event took place. */
    passed: "held",
    /** RFC 5545 and Schema.org: the event will not take place. */
    cancelled: "cancelled",
    /** The American spelling some tools write. */
    canceled: "cancelled",
  },
} as const satisfies {
  readonly meetingStatus: Readonly<Record<MeetingStatus, string>>;
  readonly eventStatus: Readonly<Record<string, MeetingStatus>>;
  readonly [key: string]: unknown;
};
