import { applyMouAmendment, compareIsoDates, type Mou, type MouAmendment } from "@nrmkit/core";
import {
  afterDecisionEffects,
  dateOnOrAfter,
  EXPECTED_APPLICABLE_OPERATION,
  effectiveDateOf,
} from "../integrityPhrases.js";
import type { IntegrityContext } from "./context.js";

/** One change to replay: a dataset amendment, or a decision's effects (with the decision's position). */
interface Step {
  readonly amendment: MouAmendment;
  /** The decision's position in `decisions`, for a decision's effects. */
  readonly decision?: number;
  /** The amendment's position in `mouAmendments`, for a dataset amendment. */
  readonly index?: number;
}

/**
 * `invalid_amendment_operation` at a decision's effect that cannot apply to the MoU as it stands on
 * the day the decision takes effect (its adoption, else its meeting), after every amendment and
 * earlier decision effect: the builders apply effects in that order (`includeDecisionEffects`), so
 * data that passes this rule never makes them throw. Also `invalid_amendment_operation` at an
 * amendment's operation that applies to the amendments alone but not once earlier decision effects
 * are in (a clause or party a decision already added); failures of the amendments alone are
 * reported by the amendment rule and skipped here. `amendment_before_effective_date` at a
 * decision's effects when the decision takes effect before its MoU does, as for an amendment.
 */
export function checkDecisionEffects(context: IntegrityContext): void {
  const meetingDates = new Map(context.entries.meetings.map(({ value }) => [value.id, value.date]));
  const steps: Step[] = context.entries.mouAmendments.map(({ value, index }) => ({ amendment: value, index }));
  for (const { value: decision, index } of context.entries.decisions) {
    const effects = decision.effects;
    if (effects === undefined) continue;
    const adopted = decision.statusHistory.find((change) => change.status === "adopted")?.date;
    const date = adopted ?? meetingDates.get(decision.meetingId) ?? decision.statusHistory[0]?.date;
    if (date === undefined) continue;
    const amendment = { id: `amendment-${decision.id}`, mouId: effects.mouId, date, operations: effects.operations };
    steps.push({ amendment, decision: index });
  }
  if (!steps.some((step) => step.decision !== undefined)) return;
  // Stable: amendments before decision effects of the same day, as the builders list them.
  steps.sort((a, b) => compareIsoDates(a.amendment.date, b.amendment.date));
  const current = new Map<string, Mou>([...context.byId.mous.values()].map((mou) => [mou.id, mou]));
  // The same replay without decision effects, to tell an amendment's own failures from conflicts.
  const alone = new Map(current);
  for (const { amendment, decision, index } of steps) {
    let mou = current.get(amendment.mouId);
    let own = alone.get(amendment.mouId);
    if (mou === undefined) continue;
    if (compareIsoDates(amendment.date, mou.effectiveDate) < 0) {
      // Dataset amendments are reported by checkAmendmentDates; a decision's effects here.
      if (decision !== undefined) {
        const expected = dateOnOrAfter(mou.effectiveDate, effectiveDateOf(mou.id));
        context.report(
          "amendment_before_effective_date",
          ["decisions", decision, "effects", "mouId"],
          expected,
          amendment.date,
        );
      }
      continue;
    }
    for (const [position, operation] of amendment.operations.entries()) {
      const single = { ...amendment, operations: [operation] };
      let ownFailed = false;
      if (decision === undefined && own !== undefined) {
        try {
          own = applyMouAmendment(own, single).mou;
        } catch {
          ownFailed = true;
        }
      }
      try {
        mou = applyMouAmendment(mou, single).mou;
      } catch (error) {
        if (decision === undefined && ownFailed) continue;
        const wording = /expected (.+), received (.+)$/s.exec(error instanceof Error ? error.message : "");
        const expected = wording?.[1] ?? EXPECTED_APPLICABLE_OPERATION;
        if (decision === undefined) {
          const path = ["mouAmendments", index ?? 0, "operations", position];
          context.report("invalid_amendment_operation", path, afterDecisionEffects(expected), operation.op);
        } else {
          const path = ["decisions", decision, "effects", "operations", position];
          context.report("invalid_amendment_operation", path, expected, operation.op);
        }
      }
    }
    current.set(amendment.mouId, mou);
    if (own !== undefined) alone.set(amendment.mouId, own);
  }
}
