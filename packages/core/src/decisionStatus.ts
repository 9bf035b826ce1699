import { produce } from "immer";
import type { Decision, DecisionStatus, DecisionStatusChange } from "./decision.js";
import { NrmkitError } from "./error.js";
import { compareIsoDates, type IsoDate, toDate } from "./isoDate.js";

/**
 * Gives a decision's status on a date: the last status change dated on or before it.
 *
 * @param decision - The decision.
 * @param date - The day to look at.
 * @returns The status, or `undefined` when the decision had not been adopted yet.
 * @throws NrmkitError with code `invalid_date` when a date is not `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * const decision = belarusTaskForces2014.decisions[0]; // adopted 2014-04-16
 * decisionStatusOn(decision, "2014-04-15");
 * // => undefined
 * decisionStatusOn(decision, "2015-01-01");
 * // => "adopted"
 * ```
 *
 * @category Decisions
 * @since 0.1.0
 */
export function decisionStatusOn(decision: Decision, date: IsoDate): DecisionStatus | undefined {
  toDate(date);
  let status: DecisionStatus | undefined;
  for (const change of decision.statusHistory) {
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
 * const decision = belarusTaskForces2014.decisions[4]; // Gomel: bar association legal aid
 * const started = updateDecisionStatus(decision, { status: "in_progress", date: "2014-06-01" });
 * started.statusHistory.map((change) => change.status);
 * // => ["adopted", "in_progress"]
 * updateDecisionStatus(started, { status: "done", date: "2014-05-01" });
 * // => throws NrmkitError { code: "invalid_operation" }
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
 * @returns `true` when open on that day; `false` when done, dropped or not yet adopted.
 * @throws NrmkitError with code `invalid_date` when a date is not `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * isDecisionOpen(belarusTaskForces2014.decisions[0]);
 * // => true
 * isDecisionOpen(belarusTaskForces2014.decisions[0], "2014-01-01");
 * // => false
 * ```
 *
 * @category Decisions
 * @since 0.1.0
 */
export function isDecisionOpen(decision: Decision, date?: IsoDate): boolean {
  const status = date === undefined ? decision.statusHistory.at(-1)?.status : decisionStatusOn(decision, date);
  return status === "adopted" || status === "in_progress";
}

/**
 * Tells whether a decision is open on a date after its due date.
 *
 * @param decision - The decision.
 * @param date - The day to look at.
 * @returns `true` when it has a `dueDate` earlier than `date` and is still open on `date`.
 * @throws NrmkitError with code `invalid_date` when a date is not `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * const decision = { ...belarusTaskForces2014.decisions[0], dueDate: "2014-12-31" };
 * isDecisionOverdue(decision, "2014-12-31");
 * // => false
 * isDecisionOverdue(decision, "2015-01-01");
 * // => true
 * ```
 *
 * @category Decisions
 * @since 0.1.0
 */
export function isDecisionOverdue(decision: Decision, date: IsoDate): boolean {
  return (
    decision.dueDate !== undefined && compareIsoDates(decision.dueDate, date) < 0 && isDecisionOpen(decision, date)
  );
}
