import type {
  AttendanceCapacity,
  DecisionCategory,
  DecisionRelation,
  DecisionStatus,
  MeetingStatus,
  OrganizationKind,
  PluralForms,
  SupportKind,
} from "@nrmkit/core";
import type { DisclosureMethod } from "@nrmkit/stats";

/**
 * The words and sentence templates of every report, for one language.
 *
 * @remarks
 * Templates hold `{name}` placeholders that the report builders fill with (escaped) data. A
 * {@link PluralForms} template is chosen by the count it is about. Russian templates put lists
 * after a colon, in the nominative, so that organisation names never need declining. Pass your
 * own catalogue (for example `{ ...reportMessages("en"), ...overrides }`, or a new language) in a
 * builder's `messages` option.
 *
 * @example
 * ```ts
 * import { type ReportMessages, reportMessages } from "@nrmkit/report";
 *
 * reportMessages("ru").decisionsHeading;
 * // => "Решения"
 * ```
 *
 * @category i18n
 * @since 0.1.0
 */
export interface ReportMessages {
  /** The BCP 47 language of the catalogue. */
  readonly locale: string;
  /** Separator before the last item of a short list: `" and "`. */
  readonly and: string;
  /** Separator between the items of a list of names, which may contain commas: `"; "`. */
  readonly listSeparator: string;
  /** `true` to lower-case the first letter of position titles and topics after a colon or inside a sentence (Russian style). */
  readonly lowercaseInSentence: boolean;
  /** A person with their positions: `"{name} ({positions})"`. */
  readonly personWithPositions: string;
  /** A person known only by their positions: `"the {positions}"`. */
  readonly unnamedPerson: string;
  /** An invited guest with the purpose of the invitation: `"{organisation} (purpose: {purpose})"`. */
  readonly withPurpose: string;
  /** Words for "all parties", when a decision names no responsible organisation. */
  readonly allParties: string;
  /** Words for a missing due date. */
  readonly notSet: string;
  /** Noun forms for counting decisions. */
  readonly decisionsCount: PluralForms;
  /** Noun forms for counting organisations. */
  readonly organisationsCount: PluralForms;
  /** Noun forms for counting meetings, in the case used after "at" (`{meetings}` of `trackerSummary`). */
  readonly meetingsCount: PluralForms;
  /** Noun forms for counting task forces, in the case used after "of" (`{taskForces}` of `trackerSummary`). */
  readonly taskForcesCount: PluralForms;
  /** Noun forms for counting table cells. */
  readonly cellsCount: PluralForms;
  /** Labels of decision statuses. */
  readonly decisionStatus: Readonly<Record<DecisionStatus, string>>;
  /** The label added to an overdue decision's status. */
  readonly overdue: string;
  /** Labels of decision categories. */
  readonly decisionCategory: Readonly<Record<DecisionCategory, string>>;
  /** Labels of meeting statuses. */
  readonly meetingStatus: Readonly<Record<MeetingStatus, string>>;
  /** Adjectives (or phrases) for the kinds of support an organiser gives. */
  readonly supportKind: Readonly<Record<SupportKind, string>>;
  /** Headings of attendee groups in minutes. */
  readonly capacityHeading: Readonly<Record<AttendanceCapacity, string>>;

  /** Meeting report title without a publication: `"Meeting of the {taskForce}, {date}"`. */
  readonly reportTitle: string;
  /** Opening sentence of a held meeting; `{place}` is `placeSuffix` or empty. */
  readonly meetingHeld: string;
  /** Opening sentence of a planned meeting. */
  readonly meetingPlanned: string;
  /** Opening sentence of a cancelled meeting; `{date}` is a long date. */
  readonly meetingCancelled: string;
  /** The place inside the opening sentence: `" in {place}"`. */
  readonly placeSuffix: string;
  /** The mandate sentence: `"The main responsibility of the task force is {items}."`. */
  readonly mandate: string;
  /** Chairs sentence, by number of chairs. */
  readonly chairedBy: PluralForms;
  /** Panel sentence: `"Other members of the meeting panel included {panel}."`. */
  readonly panel: string;
  /** Venue and support sentence(s). */
  readonly venueAndSupport: string;
  /** Support sentence without a venue. */
  readonly supportOnly: string;
  /** Venue sentence without organisers. */
  readonly venueOnly: string;
  /** A venue with a name and a host. */
  readonly venueNamedWithHost: string;
  /** A venue with a name only. */
  readonly venueNamed: string;
  /** A venue known only by its host. */
  readonly venueHostOnly: string;
  /** One organiser's support: `"the {kinds} support of the {organisation}"`. */
  readonly supportBy: string;
  /** MoU-party attendees sentence. */
  readonly attendedParties: string;
  /** Other interested organisations sentence. */
  readonly attendedOthers: string;
  /** Guests sentence with their purpose, by number of guest organisations. */
  readonly guestsWithPurpose: PluralForms;
  /** Guests sentence without a purpose, by number of guest organisations. */
  readonly guests: PluralForms;
  /**
   * An organisation named with its kind in the report's prose, such as `"the donor {name}"`; kinds
   * left out are named alone. NGOs are grouped instead (see `ngoGroup`).
   */
  readonly kindName: Readonly<Partial<Record<OrganizationKind, string>>>;
  /** An organisation with its kind in lists such as the minutes' attendees: `"{organisation} ({kind})"`, for the kinds in `kindLabel`. */
  readonly withKind: string;
  /** Words for the kinds of organisation that lists name (a donor, say); kinds left out are not named. */
  readonly kindLabel: Readonly<Partial<Record<OrganizationKind, string>>>;
  /** The NGOs among the attendees of one sentence, listed last as in the news items: `"NGOs: {organisations}"`. */
  readonly ngoGroup: PluralForms;
  /** Sentence saying members shared the latest information and statistics. */
  readonly statisticsShared: string;
  /** Introduction of the topics list. */
  readonly topicsIntro: string;
  /** Label of a topic given special attention. */
  readonly specialAttention: string;
  /** Who presented a topic, by number of presenters. */
  readonly presentedBy: PluralForms;
  /** Heading of the participants section. */
  readonly participantsHeading: string;
  /** Heading of the discussion section. */
  readonly discussionHeading: string;
  /** Heading of the decisions section. */
  readonly decisionsHeading: string;
  /** Introduction of the numbered decisions. */
  readonly decisionsIntro: string;
  /** Heading of the statistics attached to a report. */
  readonly statisticsHeading: string;
  /** Heading of the publication data. */
  readonly publicationHeading: string;
  /** Label: publication date. */
  readonly published: string;
  /** Label: publisher. */
  readonly publisher: string;
  /** Label: categories. */
  readonly categories: string;
  /** Label: tags. */
  readonly tags: string;
  /** Label: languages of publication. */
  readonly languages: string;
  /** Label: previous item of the series. */
  readonly previousItem: string;
  /** Label: next item of the series. */
  readonly nextItem: string;
  /** Label: web address. */
  readonly address: string;

  /** Minutes title: `"Minutes: {taskForce}, {date}"`. */
  readonly minutesTitle: string;
  /** Label: date. */
  readonly date: string;
  /** Label: venue. */
  readonly venue: string;
  /** Label: the organisation that hosted the meeting at its venue. */
  readonly host: string;
  /** Label: meeting status. */
  readonly status: string;
  /** Label: chairs, by number of chairs. */
  readonly chairs: PluralForms;
  /** Label: other panel members. */
  readonly panelLabel: string;
  /** Label: organisers. */
  readonly organisers: string;
  /** Heading of the attendees section. */
  readonly attendeesHeading: string;
  /** An attendee with the people who represented it: `"{organisation}: {people}"`. */
  readonly representedBy: string;
  /** Heading of the agenda. */
  readonly agendaHeading: string;
  /** Column: number. */
  readonly number: string;
  /** Column: decision. */
  readonly decision: string;
  /** Column: responsible organisations. */
  readonly responsible: string;
  /** Column: due date. */
  readonly dueDate: string;
  /** Column: task force. */
  readonly taskForce: string;
  /** Column: meeting. */
  readonly meeting: string;

  /** Attendance report title for one task force: `"Attendance: {taskForce}"`. */
  readonly attendanceTitle: string;
  /** Attendance report title for several task forces. */
  readonly attendanceTitleAll: string;
  /** Caption of the organisations × meetings table. */
  readonly attendanceHeading: string;
  /** Caption of the MoU parties' participation table. */
  readonly participationHeading: string;
  /** Column: organisation. */
  readonly organisation: string;
  /** What an organisation was at a meeting: its capacity, or absent. */
  readonly attendanceCell: Readonly<Record<AttendanceCapacity | "absent", string>>;
  /** Row: organisations present at each meeting. */
  readonly present: string;
  /** Column: meetings held while the organisation was a party. */
  readonly meetingsHeld: string;
  /** Column: meetings it attended. */
  readonly meetingsAttended: string;
  /** Column: participation rate. */
  readonly participationRate: string;
  /** Note under the participation table: what the rate counts. */
  readonly participationNote: string;
  /** Sentence when a task force held no meeting. */
  readonly noMeetingsHeld: string;

  /** Decision tracker title: `"Decision tracker as at {date}"`. */
  readonly trackerTitle: string;
  /** Tracker summary sentence. */
  readonly trackerSummary: string;
  /** Tracker counts sentence. */
  readonly trackerCounts: string;
  /** Heading of overdue decisions. */
  readonly overdueHeading: string;
  /** Heading of open decisions that are not overdue. */
  readonly openHeading: string;
  /** Heading of done decisions. */
  readonly doneHeading: string;
  /** Heading of dropped decisions. */
  readonly droppedHeading: string;
  /** Name of the register of every decision (the tracker's CSV export of all its sections). */
  readonly allDecisionsHeading: string;
  /** Heading of decisions repeated across task forces. */
  readonly commonHeading: string;
  /** Introduction of the repeated decisions. */
  readonly commonIntro: string;
  /** One group of repeated decisions: `"{category} ({count})"`. */
  readonly commonGroup: string;
  /** A decision reference: `"{taskForce}, {date}, No. {number}"`. */
  readonly decisionReference: string;
  /** Text for an empty section. */
  readonly none: string;

  /** MoU document title: `"{title}: consolidated text as at {date}"`. */
  readonly mouTitle: string;
  /** Heading of the parties. */
  readonly partiesHeading: string;
  /** A party with the day it signed or joined: `"{organisation} (since {date})"`. */
  readonly partySince: string;
  /** Heading of the clauses. */
  readonly clausesHeading: string;
  /** Heading of the amendment history. */
  readonly historyHeading: string;
  /** Column: amendment. */
  readonly amendment: string;
  /** Column: changes. */
  readonly changes: string;
  /** The base text's row in the history. */
  readonly baseText: string;
  /** A clause was added. */
  readonly clauseAdded: string;
  /** A clause was amended. */
  readonly clauseAmended: string;
  /** A clause was removed. */
  readonly clauseRemoved: string;
  /** A party joined. */
  readonly partyAdded: string;
  /** A party withdrew. */
  readonly partyWithdrawn: string;
  /** The decision behind an amendment: `"decision No. {number} of the meeting of {date}"`. */
  readonly amendmentDecision: string;
  /** Heading of the diff between two versions. */
  readonly diffHeading: string;
  /** Label: clauses added. */
  readonly addedClauses: string;
  /** Label: clauses removed. */
  readonly removedClauses: string;
  /** Label: clauses amended. */
  readonly changedClauses: string;
  /** Label: the old wording. */
  readonly before: string;
  /** Label: the new wording. */
  readonly after: string;
  /** Label: parties that joined. */
  readonly addedParties: string;
  /** Label: parties that withdrew. */
  readonly withdrawnParties: string;
  /** Text when two versions do not differ. */
  readonly noChanges: string;

  /** Label of totals. */
  readonly total: string;
  /** The measure of statistics tables: persons. */
  readonly persons: string;
  /** Words for a hidden value in chart descriptions. */
  readonly hiddenValue: string;
  /** Words for an unknown value in chart descriptions. */
  readonly unknownValue: string;
  /** Names of disclosure-control methods. */
  readonly disclosureMethod: Readonly<Record<DisclosureMethod, string>>;
  /** Footnote naming the method. */
  readonly methodNote: string;
  /** Footnote on primary suppression. */
  readonly primaryNote: string;
  /** Footnote on hidden zeros. */
  readonly zerosNote: string;
  /** Footnote on secondary suppression. */
  readonly secondaryNote: string;
  /** Footnote on how many cells are hidden. */
  readonly hiddenCountNote: string;
  /** Footnote on rounding to the nearest multiple. */
  readonly roundingNearestNote: string;
  /** Footnote on rounding down. */
  readonly roundingDownNote: string;
  /** Footnote on unknown values. */
  readonly unknownNote: string;
  /** Footnote on values that do not apply. */
  readonly notApplicableNote: string;
  /** Footnote on hidden values when no threshold is given. */
  readonly hiddenNote: string;
  /** Footnote on "not recorded" categories. */
  readonly notRecordedNote: string;
  /** Footnote on a differentially private release with discrete Gaussian noise: `{rho}`, `{sigma}`. */
  readonly privacyZcdpNote: string;
  /** Footnote on a differentially private release with discrete Laplace noise: `{epsilon}`, `{scale}`. */
  readonly privacyPureNote: string;
  /** Footnote on the accuracy of noisy counts: `{margin}`, `{level}` (a percentage). */
  readonly privacyAccuracyNote: string;
  /** Footnote on a passed audit. */
  readonly auditPassed: string;
  /** Footnote on a failed audit. */
  readonly auditFailed: string;
  /** Warning over unprotected counts. */
  readonly unprotectedWarning: string;

  /** Column: how a decision relates to decisions of other meetings. */
  readonly followUp: string;
  /** What a decision does to an earlier one: `"repeats {decision}"`; `{decision}` is a `decisionReference`. */
  readonly follows: Readonly<Record<DecisionRelation, string>>;
  /** What a later decision did to this one: `"repeated by {decision}"`. */
  readonly followedBy: Readonly<Record<DecisionRelation, string>>;
  /** The status of a decision carried out by an MoU amendment: `"done (MoU amended on {date})"`. */
  readonly doneByAmendment: string;
  /** One decision's follow-up in a meeting report: `"No. {number} {followUp}"`. */
  readonly followUpItem: string;
  /** The meeting report's follow-up sentence: `"Follow-up: {items}."`. */
  readonly followUpSentence: string;
  /** Tracker sentence naming held meetings whose decisions are not recorded: `{meetings}` is a list. */
  readonly decisionsUnknownAt: string;
  /** A held meeting took no decisions. */
  readonly noDecisionsTaken: string;
  /** A held meeting's decisions are not recorded in the data. */
  readonly decisionsUnknown: string;
}
