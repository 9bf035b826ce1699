import { applyMouAmendment, compareIsoDates, type Mou, type MouAmendment } from "@nrmkit/core";
import { EXPECTED_APPLICABLE_OPERATION } from "../integrityPhrases.js";
import type { IntegrityContext } from "./context.js";

/** One change to replay: a dataset amendment, or a decision's effects (with the decision's position). */
interface Step {
  readonly amendment: MouAmendment;
  readonly decision?: number;
}

/**
 * `invalid_amendment_operation` at a decision's effect that cannot apply to the MoU as it stands on
 * the day the decision takes effect (its adoption, else its meeting), after every amendment and
 * earlier decision effect: the builders apply effects in that order (`includeDecisionEffects`), so
 * data that passes this rule never makes them throw. Amendments' own failures are reported by
 * the amendment rule; here they are skipped.
 */
export function checkDecisionEffects(context: IntegrityContext): void {
  const meetingDates = new Map(context.entries.meetings.map(({ value }) => [value.id, value.date]));
  const steps: Step[] = context.entries.mouAmendments.map(({ value }) => ({ amendment: value }));
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
  for (const { amendment, decision } of steps) {
    let mou = current.get(amendment.mouId);
    if (mou === undefined || compareIsoDates(amendment.date, mou.effectiveDate) < 0) continue;
    for (const [position, operation] of amendment.operations.entries()) {
      try {
        mou = applyMouAmendment(mou, { ...amendment, operations: [operation] }).mou;
      } catch (error) {
        if (decision === undefined) continue;
        const path = ["decisions", decision, "effects", "operations", position];
        const wording = /expected (.+), received (.+)$/s.exec(error instanceof Error ? error.message : "");
        context.report(
          "invalid_amendment_operation",
          path,
          wording?.[1] ?? EXPECTED_APPLICABLE_OPERATION,
          operation.op,
        );
      }
    }
    current.set(amendment.mouId, mou);
  }
}
