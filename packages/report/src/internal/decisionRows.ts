import { type Decision, decisionStatusOn, getById, type IsoDate, isDecisionOverdue, type Meeting } from "@nrmkit/core";
import type { Inline, TableCell, TableColumn } from "../document.js";
import type { Context } from "./context.js";

/** A task force's short label: its region's name, else its own name. */
export function taskForceLabel(ctx: Context, taskForceId: string): Inline {
  const taskForce = getById(ctx.index, "taskForces", taskForceId);
  const region = ctx.index.regions.get(taskForce.regionId);
  return ctx.text(region?.name ?? taskForce.name, taskForce.id);
}

/** The organisations responsible for a decision, or "All parties". */
export function responsible(ctx: Context, decision: Decision): Inline[] {
  if (decision.responsibleIds.length === 0) return [ctx.messages.allParties];
  return ctx.list(decision.responsibleIds.map((id) => [ctx.organisation(id)]));
}

/** A decision's status on a day, with "overdue" added when it is. */
export function statusText(ctx: Context, decision: Decision, asOf: IsoDate): string {
  const status = decisionStatusOn(decision, asOf);
  const label = status === undefined ? "–" : ctx.messages.decisionStatus[status];
  return isDecisionOverdue(decision, asOf) ? `${label}, ${ctx.messages.overdue}` : label;
}

/** The due date, or "not set". */
export function dueText(ctx: Context, decision: Decision): string {
  return decision.dueDate === undefined ? ctx.messages.notSet : ctx.longDate(decision.dueDate);
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
  ];
  return withMeeting
    ? [{ header: [m.taskForce], align: "start" }, { header: [m.meeting], align: "start" }, ...columns]
    : columns;
}

/** One decision as table cells, matching {@link decisionColumns}. */
export function decisionCells(ctx: Context, decision: Decision, asOf: IsoDate, meeting?: Meeting): TableCell[] {
  const cells: TableCell[] = [
    { content: [String(decision.ordinal)], value: decision.ordinal },
    { content: [ctx.text(decision.text, decision.id)] },
    { content: responsible(ctx, decision) },
    { content: [dueText(ctx, decision)] },
    { content: [statusText(ctx, decision, asOf)] },
  ];
  return meeting === undefined
    ? cells
    : [{ content: [taskForceLabel(ctx, meeting.taskForceId)] }, { content: [ctx.longDate(meeting.date)] }, ...cells];
}
