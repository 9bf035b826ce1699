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
  type MouAmendment,
  meetingDecisionRecord,
  type NrmDataset,
  toDate,
} from "@nrmkit/core";
import type { Block, Inline, ReportDocument } from "./document.js";
import { type Context, createContext } from "./internal/context.js";
import {
  type DecisionView,
  decisionCells,
  decisionColumns,
  decisionReference,
  statusText,
  taskForceLabel,
} from "./internal/decisionRows.js";
import { mergeStrings } from "./internal/inline.js";
import { decisionAmendments } from "./mouText.js";
import type { ReportOptions } from "./reportOptions.js";

/**
 * Options of {@link buildDecisionTracker}.
 *
 * @example
 * ```ts
 * import type { DecisionTrackerOptions } from "@nrmkit/report";
 *
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
  /** How decisions repeated across task forces are matched (see `commonDecisions` in core); `minTaskForces: 1` also shows chains within one task force. */
  readonly common?: CommonDecisionsOptions;
  /** The MoU amendments that carry decisions out (a decision is done on the date of the amendment naming it); default the dataset's `mouAmendments`. */
  readonly amendments?: readonly MouAmendment[];
  /**
   * Also count the MoU effects of the dataset's decisions as applied on the day each was adopted,
   * as `buildMouText` does with the same option, so both documents agree; default `false`.
   */
  readonly includeDecisionEffects?: boolean;
}

interface Tracked {
  readonly decision: Decision;
  readonly meeting: Meeting;
}

/** 0 overdue, 1 open, 2 done, 3 dropped: the register's order. */
function rank(decision: Decision, view: DecisionView): number {
  if (isDecisionOverdue(decision, view.asOf, view.amendments)) return 0;
  if (isDecisionOpen(decision, view.asOf, view.amendments)) return 1;
  return decisionStatusOn(decision, view.asOf, view.amendments) === "done" ? 2 : 3;
}

function repeated(
  ctx: Context,
  tracked: readonly Tracked[],
  options: DecisionTrackerOptions,
  view: DecisionView,
): Block[] {
  const m = ctx.messages;
  const byId = new Map(tracked.map((entry) => [entry.decision.id, entry]));
  const least = options.common?.minTaskForces ?? 2;
  // Groups are cut to the tracked decisions, then must still hold two decisions of enough task forces.
  const groups = commonDecisions(ctx.index.dataset, options.common)
    .map((group) => group.decisionIds.flatMap((id) => byId.get(id) ?? []))
    .filter(
      (members) => members.length >= 2 && new Set(members.map((entry) => entry.meeting.taskForceId)).size >= least,
    );
  if (groups.length === 0) return [];
  const blocks: Block[] = [
    { kind: "heading", level: 2, content: [m.commonHeading] },
    { kind: "paragraph", content: [m.commonIntro] },
  ];
  for (const members of groups) {
    const first = members[0];
    if (first === undefined) continue;
    // The register holds each decision's text once; here the decisions are named by reference.
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
        items: members.map(({ decision }): Inline[] => [
          ...decisionReference(ctx, decision.id),
          ` (${statusText(ctx, decision, view)})`,
        ]),
      },
    );
  }
  return blocks;
}

/**
 * Builds a decision tracker across meetings and task forces: each decision once, with its status on a day derived from its history and from the MoU amendments that carried it out, its follow-ups, and the decisions repeated across task forces.
 *
 * @remarks
 * Only decisions adopted on or before `asOf` count. A decision whose MoU effects an amendment
 * applied is done on the amendment's date (see `decisionStatusHistory` in core), so the tracker
 * agrees with `buildMouText` given the same `amendments`/`includeDecisionEffects`. Each decision
 * appears once, in the section of its status on `asOf` (overdue, open, done, dropped; empty
 * sections are left out), as a table row with task force, meeting, number, text, responsible
 * organisations, due date (empty when none), status and follow-up (what it repeats or continues,
 * and what later repeated or continued it). The section tables have ids `"overdue"`, `"open"`,
 * `"done"` and `"dropped"` and share the group `"decisions"`: `renderCsv(tracker, { tableId:
 * "decisions" })` writes the whole register, a header row alone when there are no decisions.
 * The summary counts the meetings held by `asOf`, with or without decisions, and names the held
 * meetings whose decisions are not recorded. Decisions that recur across task forces are grouped
 * with core's `commonDecisions` (links first, then wording).
 *
 * @param dataset - The dataset, or its index.
 * @param options - The day, the task forces, the amendments, the language.
 * @returns The document.
 * @throws NrmkitError with code `invalid_date` when `asOf` is not `YYYY-MM-DD`.
 * @throws NrmkitError with code `not_found` when a decision's meeting or task force is missing.
 *
 * @example
 * ```ts
 * import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
 * import { buildDecisionTracker } from "@nrmkit/report";
 *
 * const tracker = buildDecisionTracker(belarusTaskForces2014, { asOf: "2014-06-01" });
 * tracker.blocks[1];
 * // => { kind: "paragraph", content: ["20 decisions taken at 2 meetings of 2 task forces. Open: 20 (of which overdue: 0); done: 0; dropped: 0."] }
 * const applied = buildDecisionTracker(belarusTaskForces2014, { asOf: "2014-06-01", includeDecisionEffects: true });
 * applied.blocks[1];
 * // => { kind: "paragraph", content: ["20 decisions taken at 2 meetings of 2 task forces. Open: 16 (of which overdue: 0); done: 4; dropped: 0."] }
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
  toDate(asOf, "asOf");
  const view: DecisionView = {
    asOf,
    amendments: [
      ...(options.amendments ?? ctx.index.dataset.mouAmendments),
      ...(options.includeDecisionEffects === true ? decisionAmendments(ctx.index) : []),
    ],
    followUpsUntil: asOf,
  };
  const wanted = options.taskForceIds === undefined ? undefined : new Set(options.taskForceIds);
  const tracked: Tracked[] = [];
  const held: Meeting[] = [];
  for (const meeting of [...ctx.index.dataset.meetings].sort((a, b) => a.date.localeCompare(b.date))) {
    if (wanted !== undefined && !wanted.has(meeting.taskForceId)) continue;
    if (meeting.status === "held" && meeting.date <= asOf) held.push(meeting);
    for (const decision of ctx.index.decisionsByMeeting.get(meeting.id) ?? []) {
      if (decisionStatusOn(decision, asOf, view.amendments) !== undefined) tracked.push({ decision, meeting });
    }
  }
  const ranks = new Map(tracked.map(({ decision }) => [decision.id, rank(decision, view)]));
  const count = (value: number) => tracked.filter(({ decision }) => ranks.get(decision.id) === value).length;
  const meetings = new Set([...held, ...tracked.map(({ meeting }) => meeting)].map((meeting) => meeting.id));
  const taskForces = new Set([...held, ...tracked.map(({ meeting }) => meeting)].map((meeting) => meeting.taskForceId));
  const summary = mergeStrings([
    ...ctx.fill(m.trackerSummary, {
      decisions: ctx.count(tracked.length, m.decisionsCount),
      meetings: ctx.count(meetings.size, m.meetingsCount),
      taskForces: ctx.count(taskForces.size, m.taskForcesCount),
    }),
    " ",
    ...ctx.fill(m.trackerCounts, {
      open: String(count(0) + count(1)),
      overdue: String(count(0)),
      done: String(count(2)),
      dropped: String(count(3)),
    }),
  ]);
  const blocks: Block[] = [{ kind: "paragraph", content: summary }];
  const unknown = held.filter((meeting) => meetingDecisionRecord(ctx.index, meeting) === "unknown");
  if (unknown.length > 0) {
    const names = unknown.map((meeting): Inline[] => [
      taskForceLabel(ctx, meeting.taskForceId),
      ", ",
      ctx.longDate(meeting.date),
    ]);
    blocks.push({ kind: "paragraph", content: ctx.fill(m.decisionsUnknownAt, { meetings: ctx.list(names) }) });
  }
  // Each decision once: in the section of its status, non-empty sections only, overdue first. The
  // sections' tables share the group "decisions", so the whole register exports as one CSV.
  const sections = [
    ["overdue", m.overdueHeading],
    ["open", m.openHeading],
    ["done", m.doneHeading],
    ["dropped", m.droppedHeading],
  ] as const;
  for (const [position, [id, heading]] of sections.entries()) {
    const list = tracked.filter(({ decision }) => ranks.get(decision.id) === position);
    if (list.length === 0) continue;
    blocks.push(
      { kind: "heading", level: 2, content: [`${heading} (${list.length})`] },
      {
        kind: "table",
        id,
        group: "decisions",
        caption: [heading],
        captionHidden: true,
        columns: decisionColumns(ctx, true),
        rows: list.map(({ decision, meeting }) => ({ cells: decisionCells(ctx, decision, view, meeting) })),
        footnotes: [],
      },
    );
  }
  if (tracked.length === 0) {
    // No section to show, but the register still exports, as a header row.
    const noneTaken = held.length > 0 && unknown.length === 0;
    blocks.push({
      kind: "table",
      id: "decisions",
      caption: [m.allDecisionsHeading],
      captionHidden: true,
      columns: decisionColumns(ctx, true),
      rows: [],
      footnotes: noneTaken ? [[m.noDecisionsTaken]] : [],
    });
  }
  blocks.push(...repeated(ctx, tracked, options, view));
  return ctx.document(ctx.fill(m.trackerTitle, { date: ctx.longDate(asOf) }), blocks);
}
