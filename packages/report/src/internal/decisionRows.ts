import {
  type Decision,
  type DecisionFollowUps,
  type DerivedStatusChange,
  decisionFollowUps,
  decisionStatusHistory,
  getById,
  type IsoDate,
  isDecisionOverdue,
  type Meeting,
  type MouAmendment,
} from "@nrmkit/core";
import type { Inline, TableCell, TableColumn } from "../document.js";
import type { Context } from "./context.js";
import { join } from "./inline.js";

/** How decisions are shown: their statuses on `asOf`, with the MoU amendments that may have carried them out. */
export interface DecisionView {
  /** The day statuses are for. */
  readonly asOf: IsoDate;
  /** Amendments whose `decisionId` marks a decision done on their date. */
  readonly amendments: readonly MouAmendment[];
  /** Later decisions count as follow-ups only when their meeting is on or before this day; all when absent. */
  readonly followUpsUntil?: IsoDate;
}

const FOLLOW_UPS = new WeakMap<object, ReadonlyMap<string, DecisionFollowUps>>();

/** Every decision's follow-ups in the context's dataset, computed once per index. */
function followUpsOf(ctx: Context): ReadonlyMap<string, DecisionFollowUps> {
  let found = FOLLOW_UPS.get(ctx.index);
  if (found === undefined) {
    found = decisionFollowUps(ctx.index);
    FOLLOW_UPS.set(ctx.index, found);
  }
  return found;
}

/** A task force's short label: its region's name, else its own name. */
export function taskForceLabel(ctx: Context, taskForceId: string): Inline {
  const taskForce = getById(ctx.index, "taskForces", taskForceId);
  const region = ctx.index.regions.get(taskForce.regionId);
  return ctx.text(region?.name ?? taskForce.name, taskForce.id);
}

/** "Gomel Oblast, 16 April 2014, No. 9"; the id, marked, when the decision is not in the dataset. */
export function decisionReference(ctx: Context, decisionId: string): Inline[] {
  const decision = ctx.index.decisions.get(decisionId);
  const meeting = decision === undefined ? undefined : ctx.index.meetings.get(decision.meetingId);
  if (decision === undefined || meeting === undefined) return [{ kind: "fallback", text: decisionId, lang: null }];
  return ctx.fill(ctx.messages.decisionReference, {
    taskForce: taskForceLabel(ctx, meeting.taskForceId),
    date: ctx.longDate(meeting.date),
    number: String(decision.ordinal),
  });
}

/** What a decision repeats, continues or supersedes, and what later did so to it; empty when nothing. */
export function followUpText(ctx: Context, decision: Decision, until?: IsoDate): Inline[] {
  const m = ctx.messages;
  const entry = followUpsOf(ctx).get(decision.id);
  if (entry === undefined) return [];
  const dateOf = (id: string) => {
    const linked = ctx.index.decisions.get(id);
    return linked === undefined ? undefined : ctx.index.meetings.get(linked.meetingId)?.date;
  };
  const parts: Inline[][] = [
    ...entry.follows.map((link) =>
      ctx.fill(m.follows[link.relation], { decision: decisionReference(ctx, link.decisionId) }),
    ),
    ...entry.followedBy
      .filter((link) => until === undefined || (dateOf(link.decisionId) ?? until) <= until)
      .map((link) => ctx.fill(m.followedBy[link.relation], { decision: decisionReference(ctx, link.decisionId) })),
  ];
  return join(parts, "; ");
}

/** The organisations responsible for a decision, or "All parties". */
export function responsible(ctx: Context, decision: Decision): Inline[] {
  if (decision.responsibleIds.length === 0) return [ctx.messages.allParties];
  return ctx.list(decision.responsibleIds.map((id) => [ctx.organisation(id)]));
}

/** A decision's status on a day (from its history and the amendments that carried it out), with "overdue" added when it is. */
export function statusText(ctx: Context, decision: Decision, view: DecisionView): string {
  const m = ctx.messages;
  // The change that began the current status: a later "done" recorded after the amendment that
  // carried the decision out does not hide when and how it was done.
  let current: DerivedStatusChange | undefined;
  for (const change of decisionStatusHistory(decision, view.amendments)) {
    if (change.date > view.asOf) break;
    if (current === undefined || current.status !== change.status) current = change;
  }
  if (current === undefined) return "–";
  const label =
    current.source === "amendment"
      ? m.doneByAmendment.replace("{date}", ctx.longDate(current.date))
      : m.decisionStatus[current.status];
  return isDecisionOverdue(decision, view.asOf, view.amendments) ? `${label}, ${m.overdue}` : label;
}

/** The columns of a decision table; with `withMeeting`, task force and meeting come first. */
export function decisionColumns(ctx: Context, withMeeting: boolean): TableColumn[] {
  const m = ctx.messages;
  const columns: TableColumn[] = [
    { header: [m.number], align: "end" },
    { header: [m.decision], align: "start" },
    { header: [m.responsible], align: "start" },
    { header: [m.dueDate], align: "start" },
    { header: [m.status], align: "start" },
    { header: [m.followUp], align: "start" },
  ];
  return withMeeting
    ? [{ header: [m.taskForce], align: "start" }, { header: [m.meeting], align: "start" }, ...columns]
    : columns;
}

/** One decision as table cells, matching {@link decisionColumns}; an absent due date is an empty cell. */
export function decisionCells(ctx: Context, decision: Decision, view: DecisionView, meeting?: Meeting): TableCell[] {
  const cells: TableCell[] = [
    { content: [String(decision.ordinal)], value: decision.ordinal },
    { content: [ctx.text(decision.text, decision.id)] },
    { content: responsible(ctx, decision) },
    { content: decision.dueDate === undefined ? [] : [ctx.longDate(decision.dueDate)] },
    { content: [statusText(ctx, decision, view)] },
    { content: followUpText(ctx, decision, view.followUpsUntil) },
  ];
  return meeting === undefined
    ? cells
    : [{ content: [taskForceLabel(ctx, meeting.taskForceId)] }, { content: [ctx.longDate(meeting.date)] }, ...cells];
}
