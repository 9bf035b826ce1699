import {
  type CommonDecisionsOptions,
  commonDecisions,
  type DatasetIndex,
  type Decision,
  decisionStatusOn,
  type IsoDate,
  isDecisionOpen,
  isDecisionOverdue,
  type Meeting,
  type NrmDataset,
} from "@nrmkit/core";
import type { Block, Inline, ReportDocument } from "./document.js";
import { type Context, createContext } from "./internal/context.js";
import { decisionCells, decisionColumns, statusText, taskForceLabel } from "./internal/decisionRows.js";
import { mergeStrings } from "./internal/inline.js";
import type { ReportOptions } from "./reportOptions.js";

/**
 * Options of {@link buildDecisionTracker}.
 *
 * @example
 * ```ts
 * const options: DecisionTrackerOptions = { asOf: "2014-12-31", locale: "ru", taskForceIds: ["task-force-vitebsk"] };
 * ```
 *
 * @category Reports
 * @since 0.1.0
 */
export interface DecisionTrackerOptions extends ReportOptions {
  /** The day to report on: statuses and overdue flags are those of this day. */
  readonly asOf: IsoDate;
  /** Only these task forces; all when absent. */
  readonly taskForceIds?: readonly string[];
  /** How decisions repeated across task forces are matched (see `commonDecisions` in core). */
  readonly common?: CommonDecisionsOptions;
}

interface Tracked {
  readonly decision: Decision;
  readonly meeting: Meeting;
}

function section(ctx: Context, heading: string, id: string, list: readonly Tracked[], asOf: IsoDate): Block[] {
  const head: Block = { kind: "heading", level: 2, content: [`${heading} (${list.length})`] };
  if (list.length === 0) return [head, { kind: "paragraph", content: [ctx.messages.none] }];
  return [
    head,
    {
      kind: "table",
      id,
      caption: [heading],
      columns: decisionColumns(ctx, true),
      rows: list.map(({ decision, meeting }) => ({ cells: decisionCells(ctx, decision, asOf, meeting) })),
      footnotes: [],
    },
  ];
}

function repeated(ctx: Context, tracked: readonly Tracked[], options: DecisionTrackerOptions): Block[] {
  const m = ctx.messages;
  const byId = new Map(tracked.map((entry) => [entry.decision.id, entry]));
  const groups = commonDecisions(ctx.index.dataset, options.common)
    .map((group) => group.decisionIds.flatMap((id) => byId.get(id) ?? []))
    .filter((members) => new Set(members.map((entry) => entry.meeting.taskForceId)).size >= 2);
  if (groups.length === 0) return [];
  const blocks: Block[] = [
    { kind: "heading", level: 2, content: [m.commonHeading] },
    { kind: "paragraph", content: [m.commonIntro] },
  ];
  for (const members of groups) {
    const first = members[0];
    if (first === undefined) continue;
    blocks.push(
      {
        kind: "heading",
        level: 3,
        content: ctx.fill(m.commonGroup, {
          category: m.decisionCategory[first.decision.category],
          count: ctx.count(members.length, m.decisionsCount),
        }),
      },
      {
        kind: "list",
        ordered: false,
        items: members.map(({ decision, meeting }): Inline[] => [
          ...ctx.fill(m.decisionReference, {
            taskForce: taskForceLabel(ctx, meeting.taskForceId),
            date: ctx.longDate(meeting.date),
            number: String(decision.ordinal),
          }),
          ": ",
          ctx.text(decision.text, decision.id),
          ` (${statusText(ctx, decision, options.asOf)})`,
        ]),
      },
    );
  }
  return blocks;
}

/**
 * Builds a decision tracker across meetings and task forces: open, overdue, done and dropped decisions on a day, and the decisions repeated across task forces.
 *
 * @remarks
 * Only decisions adopted on or before `asOf` count. Each section is a table (ids `"overdue"`,
 * `"open"`, `"done"`, `"dropped"`; `"decisions"` for the full register at the end) with task force,
 * meeting, number, text, responsible organisations, due date and status. Decisions that recur
 * across task forces are grouped with core's `commonDecisions` (links first, then wording).
 *
 * @param dataset - The dataset, or its index.
 * @param options - The day, the task forces, the language.
 * @returns The document.
 * @throws NrmkitError with code `invalid_date` when `asOf` is not `YYYY-MM-DD`.
 * @throws NrmkitError with code `not_found` when a decision's meeting or task force is missing.
 *
 * @example
 * ```ts
 * const tracker = buildDecisionTracker(belarusTaskForces2014, { asOf: "2014-06-01" });
 * tracker.blocks[1];
 * // => { kind: "paragraph", content: ["20 decisions taken at 2 meetings of 2 task forces. Open: 20 (of which overdue: 0); done: 0; dropped: 0."] }
 * ```
 *
 * @category Reports
 * @since 0.1.0
 */
export function buildDecisionTracker(
  dataset: NrmDataset | DatasetIndex,
  options: DecisionTrackerOptions,
): ReportDocument {
  const ctx = createContext(dataset, options);
  const m = ctx.messages;
  const { asOf } = options;
  const wanted = options.taskForceIds === undefined ? undefined : new Set(options.taskForceIds);
  const tracked: Tracked[] = [];
  for (const meeting of [...ctx.index.dataset.meetings].sort((a, b) => a.date.localeCompare(b.date))) {
    if (wanted !== undefined && !wanted.has(meeting.taskForceId)) continue;
    for (const decision of ctx.index.decisionsByMeeting.get(meeting.id) ?? []) {
      if (decisionStatusOn(decision, asOf) !== undefined) tracked.push({ decision, meeting });
    }
  }
  const overdue = tracked.filter(({ decision }) => isDecisionOverdue(decision, asOf));
  const open = tracked.filter(({ decision }) => isDecisionOpen(decision, asOf) && !isDecisionOverdue(decision, asOf));
  const done = tracked.filter(({ decision }) => decisionStatusOn(decision, asOf) === "done");
  const dropped = tracked.filter(({ decision }) => decisionStatusOn(decision, asOf) === "dropped");
  const meetings = new Set(tracked.map(({ meeting }) => meeting.id));
  const taskForces = new Set(tracked.map(({ meeting }) => meeting.taskForceId));
  const summary = mergeStrings([
    ...ctx.fill(m.trackerSummary, {
      decisions: ctx.count(tracked.length, m.decisionsCount),
      meetings: ctx.count(meetings.size, m.meetingsCount),
      taskForces: ctx.count(taskForces.size, m.taskForcesCount),
    }),
    " ",
    ...ctx.fill(m.trackerCounts, {
      open: String(open.length + overdue.length),
      overdue: String(overdue.length),
      done: String(done.length),
      dropped: String(dropped.length),
    }),
  ]);
  const blocks: Block[] = [
    { kind: "paragraph", content: summary },
    ...section(ctx, m.overdueHeading, "overdue", overdue, asOf),
    ...section(ctx, m.openHeading, "open", open, asOf),
    ...section(ctx, m.doneHeading, "done", done, asOf),
    ...section(ctx, m.droppedHeading, "dropped", dropped, asOf),
    ...repeated(ctx, tracked, options),
    ...section(ctx, m.allDecisionsHeading, "decisions", tracked, asOf),
  ];
  return ctx.document(ctx.fill(m.trackerTitle, { date: ctx.longDate(asOf) }), blocks);
}
