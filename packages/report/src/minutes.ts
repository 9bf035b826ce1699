import {
  type DatasetIndex,
  getById,
  type IsoDate,
  type Meeting,
  type MouAmendment,
  meetingDecisionRecord,
  type NrmDataset,
  pluralForm,
} from "@nrmkit/core";
import type { Block, DefinitionItem, Inline, ReportDocument } from "./document.js";
import { type Context, createContext } from "./internal/context.js";
import { type DecisionView, decisionCells, decisionColumns } from "./internal/decisionRows.js";
import { changeFirst, join, lowerFirst, trimEnd } from "./internal/inline.js";
import { decisionAmendments } from "./mouText.js";
import type { ReportOptions } from "./reportOptions.js";

/**
 * Options of {@link buildMinutes}.
 *
 * @example
 * ```ts
 * import type { MinutesOptions } from "@nrmkit/report";
 *
 * const options: MinutesOptions = { locale: "ru", asOf: "2014-12-31" };
 * ```
 *
 * @category Reports
 * @since 0.1.0
 */
export interface MinutesOptions extends ReportOptions {
  /** The day the decisions' statuses and later follow-ups are shown for; default the meeting day. */
  readonly asOf?: IsoDate;
  /** The MoU amendments that carry decisions out (a decision is done on the date of the amendment naming it); default the dataset's `mouAmendments`. */
  readonly amendments?: readonly MouAmendment[];
  /** Also count the MoU effects of the dataset's decisions as applied on the day each was adopted, as `buildMouText` does; default `false`. */
  readonly includeDecisionEffects?: boolean;
}

function venue(ctx: Context, meeting: Meeting): Inline[] | undefined {
  const { venue: place } = meeting;
  if (place === undefined) return undefined;
  const parts: Inline[][] = [];
  if (place.name !== undefined) parts.push([ctx.text(place.name)]);
  if (place.locality !== undefined) parts.push([ctx.text(place.locality)]);
  if (place.hostId !== undefined && place.name === undefined) parts.push([ctx.organisation(place.hostId)]);
  return parts.length === 0 ? undefined : join(parts, ", ");
}

function header(ctx: Context, meeting: Meeting): Block {
  const m = ctx.messages;
  const items: DefinitionItem[] = [
    { term: [m.date], details: [ctx.longDate(meeting.date)] },
    { term: [m.status], details: [m.meetingStatus[meeting.status]] },
  ];
  const where = venue(ctx, meeting);
  if (where !== undefined) items.splice(1, 0, { term: [m.venue], details: where });
  // A named venue's host gets its own line (an unnamed venue is named by its host above).
  const hostId = meeting.venue?.hostId;
  if (hostId !== undefined && meeting.venue?.name !== undefined) {
    items.splice(where === undefined ? 1 : 2, 0, { term: [m.host], details: [ctx.organisation(hostId)] });
  }
  const people = (ids: readonly string[]): Inline[] =>
    join(
      ids.map((id) => ctx.person(getById(ctx.index, "people", id), meeting.date)),
      m.listSeparator,
    );
  if (meeting.chairIds.length > 0) {
    items.push({
      term: [pluralForm(meeting.chairIds.length, m.chairs, ctx.locale)],
      details: people(meeting.chairIds),
    });
  }
  if (meeting.panelIds.length > 0) items.push({ term: [m.panelLabel], details: people(meeting.panelIds) });
  if (meeting.organisers.length > 0) {
    const organisers = meeting.organisers.map((organiser) => [
      ctx.organisation(organiser.organizationId),
      ` (${organiser.support.map((kind) => m.supportKind[kind]).join(", ")})`,
    ]);
    items.push({ term: [m.organisers], details: join(organisers, m.listSeparator) });
  }
  return { kind: "definitions", items };
}

function attendees(ctx: Context, meeting: Meeting): Block[] {
  const m = ctx.messages;
  if (meeting.attendance.length === 0) return [];
  const blocks: Block[] = [
    {
      kind: "heading",
      level: 2,
      content: [`${m.attendeesHeading} (${ctx.count(meeting.attendance.length, m.organisationsCount)})`],
    },
  ];
  for (const capacity of ["mou_party", "interested_organization", "guest"] as const) {
    const group = meeting.attendance.filter((entry) => entry.capacity === capacity);
    if (group.length === 0) continue;
    const items = group.map((entry): Inline[] => {
      const name = ctx.organisation(entry.organizationId);
      // A donor (or any kind the language has a word for) is named as one, as in the report.
      const kind = ctx.index.organizations.get(entry.organizationId)?.kind;
      const label = kind === undefined ? undefined : m.kindLabel[kind];
      const organisation: Inline | Inline[] =
        label === undefined ? name : ctx.fill(m.withKind, { organisation: name, kind: label });
      const people = (entry.personIds ?? []).map((id) => ctx.person(getById(ctx.index, "people", id), meeting.date));
      let item: Inline[] =
        people.length === 0
          ? [organisation].flat()
          : ctx.fill(m.representedBy, { organisation, people: join(people, m.listSeparator) });
      if (entry.purpose !== undefined) {
        const purpose = trimEnd(changeFirst([ctx.text(entry.purpose)], lowerFirst));
        item = ctx.fill(m.withPurpose, { organisation: item, purpose });
      }
      return item;
    });
    blocks.push(
      { kind: "heading", level: 3, content: [`${m.capacityHeading[capacity]} (${group.length})`] },
      { kind: "list", ordered: false, items },
    );
  }
  return blocks;
}

/**
 * Builds the minutes of a meeting: date, venue, chairs and panel, attendees by capacity, agenda, and the decisions with owners, due dates and status.
 *
 * @remarks
 * The decisions table has the id `"decisions"`, so `renderCsv(minutes, { tableId: "decisions" })`
 * exports it; it is there for every meeting, empty (with a note telling "no decisions were taken"
 * from "the decisions are not recorded", see `meetingDecisionRecord` in core) when there are none.
 * Statuses are those on `asOf` (default the meeting day), derived from each decision's history and
 * the MoU amendments that carried it out, with "overdue" added when a due date has passed and the
 * decision is still open. The follow-up column names what each decision repeats or continues and
 * the decisions of meetings up to `asOf` that repeated or continued it.
 *
 * @param dataset - The dataset, or its index.
 * @param meetingId - The meeting's id.
 * @param options - Language (or messages) and the status date.
 * @returns The document.
 * @throws NrmkitError with code `not_found` when the meeting, or an entity it refers to, is missing.
 *
 * @example
 * ```ts
 * import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
 * import { buildMinutes, renderCsv } from "@nrmkit/report";
 *
 * const minutes = buildMinutes(belarusTaskForces2014, "meeting-gomel-2014-04-16", { asOf: "2014-06-01" });
 * minutes.title;
 * // => "Minutes: Multi-disciplinary task force of Gomel oblast, 16 April 2014"
 * renderCsv(minutes, { tableId: "decisions" }).split("\r\n")[0];
 * // => "No.,Decision,Responsible,Due date,Status,Follow-up"
 * ```
 *
 * @category Reports
 * @since 0.1.0
 */
export function buildMinutes(
  dataset: NrmDataset | DatasetIndex,
  meetingId: string,
  options: MinutesOptions = {},
): ReportDocument {
  const ctx = createContext(dataset, options);
  const m = ctx.messages;
  const meeting = getById(ctx.index, "meetings", meetingId);
  const taskForce = getById(ctx.index, "taskForces", meeting.taskForceId);
  const asOf = options.asOf ?? meeting.date;
  const blocks: Block[] = [header(ctx, meeting), ...attendees(ctx, meeting)];
  if (meeting.topics.length > 0) {
    blocks.push(
      { kind: "heading", level: 2, content: [m.agendaHeading] },
      {
        kind: "list",
        ordered: true,
        items: meeting.topics.map((topic) =>
          topic.highlighted === true
            ? [{ kind: "strong", children: [m.specialAttention] }, " ", ctx.text(topic.text)]
            : [ctx.text(topic.text)],
        ),
      },
    );
  }
  const decisions = ctx.index.decisionsByMeeting.get(meeting.id) ?? [];
  const view: DecisionView = {
    asOf,
    amendments: [
      ...(options.amendments ?? ctx.index.dataset.mouAmendments),
      ...(options.includeDecisionEffects === true ? decisionAmendments(ctx.index) : []),
    ],
    followUpsUntil: asOf,
  };
  const record = meetingDecisionRecord(ctx.index, meeting);
  // The decisions table is always there, so its CSV export is at worst a header row; an empty one
  // says whether nothing was decided or nothing is known.
  const empty = record === "unknown" ? m.decisionsUnknown : m.noDecisionsTaken;
  blocks.push(
    { kind: "heading", level: 2, content: [`${m.decisionsHeading} (${decisions.length})`] },
    {
      kind: "table",
      id: "decisions",
      caption: [m.decisionsHeading],
      captionHidden: true,
      columns: decisionColumns(ctx, false),
      rows: decisions.map((decision) => ({ cells: decisionCells(ctx, decision, view) })),
      footnotes: decisions.length === 0 ? [[empty]] : [],
    },
  );
  const title = ctx.fill(m.minutesTitle, { taskForce: ctx.text(taskForce.name), date: ctx.longDate(meeting.date) });
  return ctx.document(title, blocks);
}
