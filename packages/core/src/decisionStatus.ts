import { produce } from "immer";
import type { Decision, DecisionStatus, DecisionStatusChange } from "./decision.js";
import { NrmkitError } from "./error.js";
import { compareIsoDates, type IsoDate, toDate } from "./isoDate.js";
import type { MouAmendment } from "./mouAmendment.js";

/**
 * One dated status of a decision in its derived history: a recorded status change, or the MoU amendment that carried it out.
 *
 * @category Decisions
 * @since 0.1.0
 */
export interface DerivedStatusChange extends DecisionStatusChange {
  /** `"history"` for a change of the decision's own `statusHistory`; `"amendment"` when an amendment applied its effects. */
  readonly source: "history" | "amendment";
  /** The amendment that carried the decision out, for `source: "amendment"`. */
  readonly amendmentId?: string;
}

/**
 * Gives a decision's status history with the MoU amendments that carried it out: the first amendment whose `decisionId` is the decision's counts as `done` on its date.
 *
 * @remarks
 * A decision calling for MoU changes is carried out when an amendment applies them, whether or
 * not anyone recorded a status change: the amendment's date is when it was done. Recorded changes
 * keep their order; the amendment's `done` goes after the changes of the same day, and a later
 * recorded change (say, `dropped` when the amendment was revoked) still wins.
 *
 * @param decision - The decision.
 * @param amendments - MoU amendments (the dataset's `mouAmendments`, with those built from decisions' effects if they are applied); those of other decisions are ignored.
 * @returns The derived history in date order.
 * @throws NrmkitError with code `invalid_date` when a date is not `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * import { amendmentFromDecision, decisionStatusHistory, getById, indexDataset } from "@nrmkit/core";
 * import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
 *
 * const index = indexDataset(belarusTaskForces2014);
 * const decision = getById(index, "decisions", "decision-gomel-2014-04-16-10"); // widen the MoU parties
 * const amendment = amendmentFromDecision(decision, { date: "2014-06-02" });
 * decisionStatusHistory(decision, [amendment]).map((change) => [change.status, change.date, change.source]);
 * // => [["adopted", "2014-04-16", "history"], ["done", "2014-06-02", "amendment"]]
 * ```
 *
 * @category Decisions
 * @since 0.1.0
 */
export function decisionStatusHistory(
  decision: Decision,
  amendments: readonly MouAmendment[] = [],
): readonly DerivedStatusChange[] {
  const history: DerivedStatusChange[] = decision.statusHistory.map((change) => ({ ...change, source: "history" }));
  let applied: MouAmendment | undefined;
  for (const amendment of amendments) {
    if (amendment.decisionId !== decision.id) continue;
    toDate(amendment.date, `${amendment.id}.date`);
    if (applied === undefined || compareIsoDates(amendment.date, applied.date) < 0) applied = amendment;
  }
  if (applied === undefined) return history;
  const at = history.findIndex((change) => compareIsoDates(change.date, applied.date) > 0);
  const done: DerivedStatusChange = {
    status: "done",
    date: applied.date,
    source: "amendment",
    amendmentId: applied.id,
  };
  if (at === -1) history.push(done);
  else history.splice(at, 0, done);
  return history;
}

/**
 * Gives a decision's status on a date: the last status change dated on or before it.
 *
 * @param decision - The decision.
 * @param date - The day to look at.
 * @param amendments - MoU amendments that may carry the decision out (see {@link decisionStatusHistory}); none by default.
 * @returns The status, or `undefined` when the decision had not been adopted yet.
 * @throws NrmkitError with code `invalid_date` when a date is not `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * import { decisionStatusOn, getById, indexDataset } from "@nrmkit/core";
 * import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
 *
 * const index = indexDataset(belarusTaskForces2014);
 * const decision = getById(index, "decisions", "decision-gomel-2014-04-16-01"); // adopted 2014-04-16
 * decisionStatusOn(decision, "2014-04-15");
 * // => undefined
 * decisionStatusOn(decision, "2015-01-01");
 * // => "adopted"
 * ```
 *
 * @category Decisions
 * @since 0.1.0
 */
export function decisionStatusOn(
  decision: Decision,
  date: IsoDate,
  amendments: readonly MouAmendment[] = [],
): DecisionStatus | undefined {
  toDate(date);
  let status: DecisionStatus | undefined;
  for (const change of amendments.length === 0 ? decision.statusHistory : decisionStatusHistory(decision, amendments)) {
    if (compareIsoDates(change.date, date) <= 0) status = change.status;
  }
  return status;
}

/**
 * Records a new status change on a decision, returning a new decision.
 *
 * @param decision - The decision; never changed.
 * @param change - The new status, its date and an optional note.
 * @returns A new, frozen decision with `change` appended to `statusHistory`.
 * @throws NrmkitError with code `invalid_operation` when `change` is dated before the last change.
 * @throws NrmkitError with code `invalid_date` when its date is not `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * import { getById, indexDataset, updateDecisionStatus } from "@nrmkit/core";
 * import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
 *
 * const index = indexDataset(belarusTaskForces2014);
 * const decision = getById(index, "decisions", "decision-gomel-2014-04-16-05"); // bar association legal aid
 * const started = updateDecisionStatus(decision, { status: "in_progress", date: "2014-06-01" });
 * started.statusHistory.map((change) => change.status);
 * // => ["adopted", "in_progress"]
 * updateDecisionStatus(started, { status: "done", date: "2014-09-30" }).statusHistory.map((change) => change.status);
 * // => ["adopted", "in_progress", "done"]
 * updateDecisionStatus(started, { status: "done", date: "2014-05-01" });
 * // throws NrmkitError with code "invalid_operation" (a change dated before the last one)
 * ```
 *
 * @category Decisions
 * @since 0.1.0
 */
export function updateDecisionStatus(decision: Decision, change: DecisionStatusChange): Decision {
  toDate(change.date, `${decision.id}.statusHistory.date`);
  const last = decision.statusHistory.at(-1);
  if (last !== undefined && compareIsoDates(change.date, last.date) < 0) {
    throw new NrmkitError(
      "invalid_operation",
      `${decision.id}.statusHistory: expected a change dated on or after ${last.date}, received ${change.date}`,
    );
  }
  const copy: DecisionStatusChange = { ...change, ...(change.note === undefined ? {} : { note: { ...change.note } }) };
  return produce(decision, (draft) => {
    draft.statusHistory.push(copy);
  });
}

/**
 * Tells whether a decision is still to be carried out (`adopted` or `in_progress`).
 *
 * @param decision - The decision.
 * @param date - The day to look at; the latest status when absent.
 * @param amendments - MoU amendments that may carry the decision out (see {@link decisionStatusHistory}); none by default.
 * @returns `true` when open on that day; `false` when done, dropped or not yet adopted.
 * @throws NrmkitError with code `invalid_date` when a date is not `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * import { getById, indexDataset, isDecisionOpen } from "@nrmkit/core";
 * import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
 *
 * const index = indexDataset(belarusTaskForces2014);
 * const decision = getById(index, "decisions", "decision-gomel-2014-04-16-01");
 * isDecisionOpen(decision);
 * // => true
 * isDecisionOpen(decision, "2014-01-01");
 * // => false
 * ```
 *
 * @category Decisions
 * @since 0.1.0
 */
export function isDecisionOpen(decision: Decision, date?: IsoDate, amendments: readonly MouAmendment[] = []): boolean {
  const status =
    date === undefined
      ? decisionStatusHistory(decision, amendments).at(-1)?.status
      : decisionStatusOn(decision, date, amendments);
  return status === "adopted" || status === "in_progress";
}

/**
 * Tells whether a decision is open on a date after its due date.
 *
 * @param decision - The decision.
 * @param date - The day to look at.
 * @param amendments - MoU amendments that may carry the decision out (see {@link decisionStatusHistory}); none by default.
 * @returns `true` when it has a `dueDate` earlier than `date` and is still open on `date`.
 * @throws NrmkitError with code `invalid_date` when a date is not `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * import { getById, indexDataset, isDecisionOverdue } from "@nrmkit/core";
 * import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
 *
 * const index = indexDataset(belarusTaskForces2014);
 * const decision = { ...getById(index, "decisions", "decision-gomel-2014-04-16-01"), dueDate: "2014-12-31" };
 * isDecisionOverdue(decision, "2014-12-31");
 * // => false
 * isDecisionOverdue(decision, "2015-01-01");
 * // => true
 * ```
 *
 * @category Decisions
 * @since 0.1.0
 */
export function isDecisionOverdue(
  decision: Decision,
  date: IsoDate,
  amendments: readonly MouAmendment[] = [],
): boolean {
  return (
    decision.dueDate !== undefined &&
    compareIsoDates(decision.dueDate, date) < 0 &&
    isDecisionOpen(decision, date, amendments)
  );
}
