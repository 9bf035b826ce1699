import {
  type DatasetIndex,
  type Decision,
  type DecisionStatus,
  decisionStatusOn,
  type IsoDate,
  indexDataset,
  type LocalizedText,
  type Meeting,
  type MeetingStatus,
  type NrmDataset,
  NrmkitError,
  pickText,
} from "@nrmkit/core";
import ICAL from "ical.js";
import { formatLongDate } from "../i18n/datePhrase.js";
import type { ReportMessages } from "../i18n/messages.js";
import type { NrmLocale } from "../i18n/nrmLocale.js";
import { messagesOf, reportLocaleOf } from "../i18n/resolveReportLocale.js";
import { documentText } from "../internal/dataText.js";

/**
 * Options of {@link renderICalendar}.
 *
 * @example
 * ```ts
 * import type { ICalendarOptions } from "@nrmkit/report/ical";
 *
 * const options: ICalendarOptions = { locale: "ru", statuses: ["planned"], decisions: "open", asOf: "2014-12-01" };
 * ```
 *
 * @category Formats
 * @since 0.1.0
 */
export interface ICalendarOptions {
  /**
   * The language of names, texts and the words around them: a tag (`"ru"`) or a locale object such
   * as `ro` from `@nrmkit/report/locales`; default `"en"` (each text falls back to any language it has).
   */
  readonly locale?: string | NrmLocale;
  /** Only these meetings; all when absent. */
  readonly meetingIds?: readonly string[];
  /** Only meetings of these task forces; all when absent. */
  readonly taskForceIds?: readonly string[];
  /** Only meetings with these statuses; default every status (cancelled ones as `STATUS:CANCELLED`). */
  readonly statuses?: readonly MeetingStatus[];
  /**
   * Which decisions of the chosen meetings become to-dos: `"due"` (default) those with a due date,
   * `"open"` those still adopted or in progress on `asOf`, `"all"`, or `"none"`.
   */
  readonly decisions?: "due" | "open" | "all" | "none";
  /** The day the to-dos' statuses are those of; default: the last status of each decision. */
  readonly asOf?: IsoDate;
  /** When the calendar was made (`DTSTAMP`), as an ISO date-time; default now. Set it for reproducible files. */
  readonly timestamp?: string;
  /** The domain part of each `UID`; default `"nrmkit.invalid"`. Use your own so UIDs stay globally unique. */
  readonly uidDomain?: string;
}

// RFC 5545 has no calendar address for people without e-mail: a URN names them, stable and unique.
const address = (kind: "organization" | "person", id: string): string =>
  `urn:nrmkit:${kind}:${encodeURIComponent(documentText(id))}`;

const TODO_STATUS: Readonly<Record<DecisionStatus, string>> = {
  adopted: "NEEDS-ACTION",
  in_progress: "IN-PROCESS",
  done: "COMPLETED",
  dropped: "CANCELLED",
};

function dateValue(date: IsoDate): ICAL.Time {
  return ICAL.Time.fromDateString(date);
}

function nextDay(date: IsoDate): ICAL.Time {
  const time = dateValue(date);
  time.adjust(1, 0, 0, 0);
  return time;
}

interface Names {
  readonly messages: ReportMessages;
  readonly locale: NrmLocale;
  readonly text: (value: LocalizedText | undefined, placeholder: string) => string;
  readonly organisation: (id: string) => string;
  readonly person: (id: string) => string;
}

function names(index: DatasetIndex, localeOption: string | NrmLocale): Names {
  const locale = reportLocaleOf(localeOption);
  const text = (value: LocalizedText | undefined, placeholder: string): string => {
    const picked = pickText(value, [locale.code, "en"]);
    return documentText(picked.text === "" ? placeholder : picked.text);
  };
  return {
    messages: messagesOf(locale).messages,
    locale,
    text,
    organisation: (id) => text(index.organizations.get(id)?.name, id),
    person: (id) => text(index.people.get(id)?.name, id),
  };
}

function attendee(
  kind: "organization" | "person",
  id: string,
  name: string,
  role: "CHAIR" | "REQ-PARTICIPANT" | "OPT-PARTICIPANT" | "NON-PARTICIPANT",
  nrmRole: string,
): ICAL.Property {
  const property = new ICAL.Property("attendee");
  property.setParameter("cn", name);
  property.setParameter("cutype", kind === "person" ? "INDIVIDUAL" : "GROUP");
  property.setParameter("role", role);
  // The task force's own role words, which ROLE cannot hold (panel, MoU party, guest).
  property.setParameter("x-nrmkit-role", nrmRole);
  property.setValue(address(kind, id));
  return property;
}

function event(meeting: Meeting, index: DatasetIndex, n: Names, stamp: ICAL.Time, domain: string): ICAL.Component {
  const vevent = new ICAL.Component("vevent");
  const taskForce = index.taskForces.get(meeting.taskForceId);
  const taskForceName = n.text(taskForce?.name, meeting.taskForceId);
  vevent.addPropertyWithValue("uid", `${documentText(meeting.id)}@${domain}`);
  vevent.addPropertyWithValue("dtstamp", stamp);
  vevent.addPropertyWithValue("dtstart", dateValue(meeting.date));
  vevent.addPropertyWithValue("dtend", nextDay(meeting.date));
  vevent.addPropertyWithValue("summary", taskForceName);
  vevent.addPropertyWithValue("status", meeting.status === "cancelled" ? "CANCELLED" : "CONFIRMED");
  vevent.addPropertyWithValue("transp", "OPAQUE");
  const venue = meeting.venue;
  if (venue !== undefined) {
    const place = [
      venue.name === undefined ? undefined : n.text(venue.name, ""),
      venue.hostId === undefined ? undefined : n.organisation(venue.hostId),
      venue.locality === undefined ? undefined : n.text(venue.locality, ""),
    ].filter((part): part is string => part !== undefined && part !== "");
    if (place.length > 0) vevent.addPropertyWithValue("location", [...new Set(place)].join(", "));
  }
  // The news item's address, and the other meetings of its series by UID (RFC 5545 RELATED-TO,
  // siblings), marked previous or next; links by URL alone have no UID to point at.
  const url = meeting.publication?.url;
  if (url !== undefined && /^https?:\/\//i.test(url)) vevent.addPropertyWithValue("url", documentText(url));
  for (const side of ["previous", "next"] as const) {
    const other = meeting.publication?.[side]?.meetingId;
    if (other === undefined) continue;
    const related = new ICAL.Property("related-to");
    related.setParameter("reltype", "SIBLING");
    related.setParameter("x-nrmkit-series", side);
    related.setValue(`${documentText(other)}@${domain}`);
    vevent.addProperty(related);
  }
  const topics = meeting.topics.map((topic) => `- ${n.text(topic.text, topic.kind)}`);
  if (topics.length > 0) vevent.addPropertyWithValue("description", topics.join("\n"));
  const organiser = meeting.organisers[0]?.organizationId ?? venue?.hostId;
  if (organiser !== undefined) {
    const property = new ICAL.Property("organizer");
    property.setParameter("cn", n.organisation(organiser));
    property.setValue(address("organization", organiser));
    vevent.addProperty(property);
  }
  const seen = new Set<string>();
  const add = (property: ICAL.Property): void => {
    const key = String(property.getFirstValue());
    if (seen.has(key)) return;
    seen.add(key);
    vevent.addProperty(property);
  };
  for (const id of meeting.chairIds) add(attendee("person", id, n.person(id), "CHAIR", "chair"));
  for (const id of meeting.panelIds) add(attendee("person", id, n.person(id), "REQ-PARTICIPANT", "panel"));
  for (const entry of meeting.attendance) {
    const guest = entry.capacity === "guest";
    const role = guest ? "OPT-PARTICIPANT" : "REQ-PARTICIPANT";
    const word = entry.capacity === "mou_party" ? "mou-party" : guest ? "guest" : "interested-organization";
    add(attendee("organization", entry.organizationId, n.organisation(entry.organizationId), role, word));
    for (const person of entry.personIds ?? []) add(attendee("person", person, n.person(person), role, word));
  }
  return vevent;
}

function todo(
  decision: Decision,
  meeting: Meeting,
  index: DatasetIndex,
  n: Names,
  stamp: ICAL.Time,
  domain: string,
  asOf: IsoDate | undefined,
): ICAL.Component {
  const vtodo = new ICAL.Component("vtodo");
  vtodo.addPropertyWithValue("uid", `${documentText(decision.id)}@${domain}`);
  vtodo.addPropertyWithValue("dtstamp", stamp);
  vtodo.addPropertyWithValue("dtstart", dateValue(meeting.date));
  if (decision.dueDate !== undefined) vtodo.addPropertyWithValue("due", dateValue(decision.dueDate));
  vtodo.addPropertyWithValue("summary", n.text(decision.text, decision.id));
  const taskForce = n.text(index.taskForces.get(meeting.taskForceId)?.name, meeting.taskForceId);
  // The reference in the calendar's language: "{taskForce}, {date}, No. {number}" and its translations.
  const values: Readonly<Record<string, string>> = {
    taskForce,
    date: formatLongDate(meeting.date, n.locale),
    number: String(decision.ordinal),
  };
  vtodo.addPropertyWithValue(
    "description",
    n.messages.decisionReference.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole),
  );
  const status = asOf === undefined ? decision.statusHistory.at(-1)?.status : decisionStatusOn(decision, asOf);
  if (status !== undefined) vtodo.addPropertyWithValue("status", TODO_STATUS[status]);
  if (status === "done") {
    const done = [...decision.statusHistory].reverse().find((change) => change.status === "done");
    if (done !== undefined) {
      const completed = dateValue(done.date);
      completed.isDate = false;
      completed.zone = ICAL.Timezone.utcTimezone;
      vtodo.addPropertyWithValue("completed", completed);
    }
  }
  vtodo.addPropertyWithValue("related-to", `${documentText(meeting.id)}@${domain}`);
  vtodo.addPropertyWithValue("categories", decision.category);
  // The owners: the responsible organisations, or every MoU party when the source names none.
  const owners =
    decision.responsibleIds.length > 0
      ? decision.responsibleIds
      : meeting.attendance.filter((entry) => entry.capacity === "mou_party").map((entry) => entry.organizationId);
  for (const id of owners) {
    vtodo.addProperty(attendee("organization", id, n.organisation(id), "REQ-PARTICIPANT", "responsible"));
  }
  return vtodo;
}

function stampOf(timestamp: string | undefined): ICAL.Time {
  const date = timestamp === undefined ? new Date() : new Date(timestamp);
  if (Number.isNaN(date.getTime())) {
    throw new NrmkitError(
      "invalid_argument",
      `timestamp: expected an ISO date-time such as "2014-12-01T09:00:00Z", received ${JSON.stringify(timestamp)}`,
    );
  }
  return ICAL.Time.fromJSDate(date, true);
}

/**
 * Writes meetings as an iCalendar file (RFC 5545): each meeting an all-day event with its organiser, venue and attendees in their roles, and decisions as to-dos with their due dates and owners.
 *
 * @remarks
 * Events (`VEVENT`) carry the meeting day, the task force as summary, the topics as description,
 * the venue as `LOCATION`, the first organiser as `ORGANIZER`, and as `ATTENDEE`s the chairs
 * (`ROLE=CHAIR`), the panel, the attending organisations and their people (`CUTYPE=GROUP` or
 * `INDIVIDUAL`; guests `ROLE=OPT-PARTICIPANT`), each with `CN` and the task force's own word in
 * `X-NRMKIT-ROLE`, the news item's web address as `URL`, and the previous and next meetings of its
 * series named by id as `RELATED-TO;RELTYPE=SIBLING` with `X-NRMKIT-SERIES=previous|next` (their
 * UIDs). People and organisations have no e-mail in the data, so their calendar
 * addresses are URNs (`urn:nrmkit:person:<id>`). To-dos (`VTODO`) carry the decision text, its
 * `DUE` date, its status on `asOf` and its owners (the responsible organisations, or the MoU
 * parties present when the source names all parties), `RELATED-TO` their meeting. Written with
 * ical.js (Mozilla's, browser-safe): texts escaped, parameters quoted (RFC 6868), lines folded at
 * 75 octets, CRLF line ends; data text has control characters and bidirectional overrides removed.
 *
 * @param dataset - The dataset, or its index.
 * @param options - Which meetings and decisions, language, statuses date, timestamp, UID domain.
 * @returns The calendar, ending with CRLF.
 * @throws NrmkitError with code `not_found` when a `meetingIds` entry is unknown, `invalid_argument` for a bad `timestamp`.
 *
 * @example
 * ```ts
 * import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
 * import { renderICalendar } from "@nrmkit/report/ical";
 *
 * const calendar = renderICalendar(belarusTaskForces2014, {
 *   meetingIds: ["meeting-vitebsk-2014-05-14"], timestamp: "2014-12-01T00:00:00Z",
 * });
 * calendar.startsWith("BEGIN:VCALENDAR\r\n");
 * // => true
 * calendar.includes("DTSTART;VALUE=DATE:20140514");
 * // => true
 * ```
 *
 * @category Formats
 * @since 0.1.0
 */
export function renderICalendar(dataset: NrmDataset | DatasetIndex, options: ICalendarOptions = {}): string {
  const index = "dataset" in dataset ? dataset : indexDataset(dataset);
  const n = names(index, options.locale ?? "en");
  const stamp = stampOf(options.timestamp);
  const domain = documentText(options.uidDomain ?? "nrmkit.invalid").replace(/[^A-Za-z0-9.-]/g, "") || "nrmkit.invalid";
  for (const id of options.meetingIds ?? []) {
    if (!index.meetings.has(id)) {
      throw new NrmkitError(
        "not_found",
        `meetingIds: expected the id of a meeting in the dataset, received ${JSON.stringify(id)}`,
      );
    }
  }
  const meetings = index.dataset.meetings.filter(
    (meeting) =>
      (options.meetingIds === undefined || options.meetingIds.includes(meeting.id)) &&
      (options.taskForceIds === undefined || options.taskForceIds.includes(meeting.taskForceId)) &&
      (options.statuses === undefined || options.statuses.includes(meeting.status)),
  );
  const calendar = new ICAL.Component(["vcalendar", [], []]);
  calendar.addPropertyWithValue("version", "2.0");
  calendar.addPropertyWithValue("prodid", "-//nrmkit//report//EN");
  calendar.addPropertyWithValue("calscale", "GREGORIAN");
  for (const meeting of meetings) calendar.addSubcomponent(event(meeting, index, n, stamp, domain));
  const which = options.decisions ?? "due";
  if (which !== "none") {
    for (const meeting of meetings) {
      for (const decision of index.dataset.decisions.filter((candidate) => candidate.meetingId === meeting.id)) {
        const status =
          options.asOf === undefined ? decision.statusHistory.at(-1)?.status : decisionStatusOn(decision, options.asOf);
        const open = status === "adopted" || status === "in_progress";
        if (which === "due" && decision.dueDate === undefined) continue;
        if (which === "open" && !open) continue;
        calendar.addSubcomponent(todo(decision, meeting, index, n, stamp, domain, options.asOf));
      }
    }
  }
  return `${foldedText(calendar)}\r\n`;
}

/**
 * The calendar's text with lines of at most 75 octets. ical.js folds content into 75-octet chunks
 * and then puts the space of a continuation line in front (76 octets); its fold length is a module
 * setting, so it is lowered for this one synchronous call only and restored.
 */
function foldedText(calendar: ICAL.Component): string {
  const settings = ICAL as unknown as { foldLength: number };
  const before = settings.foldLength;
  settings.foldLength = 74;
  try {
    return calendar.toString();
  } finally {
    settings.foldLength = before;
  }
}
