import {
  attendanceMatrix,
  type DatasetIndex,
  getById,
  meetingSeries,
  type NrmDataset,
  participationRates,
  type TaskForce,
} from "@nrmkit/core";
import type { Block, ReportDocument, TableBlock, TableCell } from "./document.js";
import { type Context, createContext } from "./internal/context.js";
import type { ReportOptions } from "./reportOptions.js";

/**
 * Options of {@link buildAttendanceReport}.
 *
 * @example
 * ```ts
 * import type { AttendanceReportOptions } from "@nrmkit/report";
 *
 * const options: AttendanceReportOptions = { taskForceId: "task-force-vitebsk", locale: "ru" };
 * ```
 *
 * @category Reports
 * @since 0.1.0
 */
export interface AttendanceReportOptions extends ReportOptions {
  /** Only this task force; every task force with a held meeting or an MoU when absent. */
  readonly taskForceId?: string;
}

function numberCell(ctx: Context, value: number): TableCell {
  return { content: [new Intl.NumberFormat(ctx.locale).format(value)], value };
}

/** Organisations (rows) × held meetings (columns), each cell the capacity it attended in. */
function attendanceTable(ctx: Context, taskForce: TaskForce, id: string): TableBlock | undefined {
  const matrix = attendanceMatrix(ctx.index.dataset, { taskForceId: taskForce.id });
  if (matrix.meetingIds.length === 0) return undefined;
  const m = ctx.messages;
  const meetings = matrix.meetingIds.map((meetingId) => getById(ctx.index, "meetings", meetingId));
  const rows = matrix.organizationIds.map((organizationId, column) => ({
    cells: [
      { content: [ctx.organisation(organizationId)] },
      ...matrix.cells.map((row): TableCell => ({ content: [m.attendanceCell[row[column] ?? "absent"]] })),
    ],
  }));
  const present = matrix.cells.map((row) => row.filter((cell) => cell !== "absent").length);
  return {
    kind: "table",
    id,
    caption: [m.attendanceHeading],
    columns: [
      { header: [m.organisation], align: "start" },
      ...meetings.map((meeting) => ({ header: [ctx.longDate(meeting.date)], align: "start" as const })),
    ],
    rows: [...rows, { total: true, cells: [{ content: [m.present] }, ...present.map((n) => numberCell(ctx, n))] }],
    footnotes: [],
  };
}

/** Each MoU party: meetings held while it was a party, how many it attended, and the rate. */
function participationTable(ctx: Context, taskForce: TaskForce, id: string): TableBlock | undefined {
  const rates = participationRates(ctx.index.dataset, { taskForceId: taskForce.id });
  if (rates.length === 0) return undefined;
  const m = ctx.messages;
  const percent = new Intl.NumberFormat(ctx.locale, { style: "percent", maximumFractionDigits: 0 });
  return {
    kind: "table",
    id,
    caption: [m.participationHeading],
    columns: [
      { header: [m.organisation], align: "start" },
      { header: [m.meetingsHeld], align: "end" },
      { header: [m.meetingsAttended], align: "end" },
      { header: [m.participationRate], align: "end" },
    ],
    rows: rates.map((rate) => ({
      cells: [
        { content: [ctx.organisation(rate.organizationId)] },
        numberCell(ctx, rate.meetingsHeld),
        numberCell(ctx, rate.meetingsAttended),
        rate.rate === null ? { content: ["–"], flag: "not_applicable" } : { content: [percent.format(rate.rate)] },
      ],
    })),
    footnotes: [[m.participationNote]],
  };
}

function taskForceBlocks(ctx: Context, taskForce: TaskForce, prefix: string): Block[] {
  const attendance = attendanceTable(ctx, taskForce, `${prefix}attendance`);
  const participation = participationTable(ctx, taskForce, `${prefix}participation`);
  if (attendance === undefined && participation === undefined) {
    return [{ kind: "paragraph", content: [ctx.messages.noMeetingsHeld] }];
  }
  return [...(attendance === undefined ? [] : [attendance]), ...(participation === undefined ? [] : [participation])];
}

/**
 * Builds the attendance report of a task force, or of every task force: who came to which meeting
 * in which capacity, and how often each MoU party attended.
 *
 * @remarks
 * For each task force: a table of organisations (rows, in order of first attendance, then MoU
 * parties that never came) by held meetings (columns, in date order), each cell the capacity the
 * organisation attended in ("MoU party", "interested organisation", "guest") or "absent", with a
 * row counting the organisations present; then each MoU party's participation: the meetings held
 * while it was a party (amendments applied), how many it attended, and the rate. Computed with
 * `attendanceMatrix` and `participationRates` from `@nrmkit/core`. Planned and cancelled meetings
 * are left out. Render it with any renderer; `renderXlsx` writes one sheet per table.
 *
 * @param dataset - The dataset, or its index from `indexDataset`.
 * @param options - The task force (all when absent) and the language.
 * @returns The document.
 * @throws NrmkitError with code `not_found` when the task force, or an entity it refers to, is missing.
 * @throws NrmkitError with code `invalid_argument` when the locale has no catalogue.
 *
 * @example
 * ```ts
 * import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
 * import { buildAttendanceReport, renderCsv } from "@nrmkit/report";
 *
 * const doc = buildAttendanceReport(belarusTaskForces2014, { taskForceId: "task-force-vitebsk" });
 * doc.title;
 * // => "Attendance: Multi-disciplinary task force of Vitebsk oblast"
 * renderCsv(doc, { tableId: "participation" }).split("\r\n")[0];
 * // => "Organisation,Meetings held while a party,Attended,Rate"
 * ```
 *
 * @category Reports
 * @since 0.1.0
 */
export function buildAttendanceReport(
  dataset: NrmDataset | DatasetIndex,
  options: AttendanceReportOptions = {},
): ReportDocument {
  const ctx = createContext(dataset, options);
  if (options.taskForceId !== undefined) {
    const taskForce = getById(ctx.index, "taskForces", options.taskForceId);
    const title = ctx.fill(ctx.messages.attendanceTitle, { taskForce: ctx.text(taskForce.name) });
    return ctx.document(title, taskForceBlocks(ctx, taskForce, ""));
  }
  const blocks: Block[] = [];
  for (const taskForce of ctx.index.dataset.taskForces) {
    const held = meetingSeries(ctx.index.dataset, { taskForceId: taskForce.id, statuses: ["held"] });
    if (held.length === 0 && taskForce.mouId === undefined) continue;
    blocks.push(
      { kind: "heading", level: 2, content: [ctx.text(taskForce.name)] },
      ...taskForceBlocks(ctx, taskForce, `${taskForce.id}-`),
    );
  }
  return ctx.document([ctx.messages.attendanceTitleAll], blocks);
}
