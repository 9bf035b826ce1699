import type { Decision } from "./decision.js";
import { NrmkitError } from "./error.js";
import type { IsoDate } from "./isoDate.js";
import type { Mou } from "./mou.js";
import type { MouAmendment } from "./mouAmendment.js";
import { applyMouAmendment, type MouAmendmentResult } from "./mouHistory.js";

/**
 * Options of {@link amendmentFromDecision}.
 *
 * @category Decisions
 * @since 0.1.0
 */
export interface AmendmentFromDecisionOptions {
  /** The day the amendment takes effect (often the adoption day, or when the parties sign it). */
  readonly date: IsoDate;
  /** The amendment's id. Default: `amendment-<decision id>`. */
  readonly id?: string;
}

/**
 * Turns the structured MoU effects of a decision into a dated {@link MouAmendment} that points back to it.
 *
 * @param decision - A decision with `effects` (normally of category `mou_amendment` or `mou_membership`).
 * @param options - The amendment's date and, optionally, id.
 * @returns The amendment, with `decisionId` set.
 * @throws NrmkitError with code `invalid_argument` when the decision has no effects.
 *
 * @example
 * ```ts
 * import { amendmentFromDecision, getById, indexDataset } from "@nrmkit/core";
 * import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
 *
 * const index = indexDataset(belarusTaskForces2014);
 * const widen = getById(index, "decisions", "decision-gomel-2014-04-16-10");
 * const amendment = amendmentFromDecision(widen, { date: "2014-04-16" });
 * [amendment.id, amendment.mouId, amendment.decisionId, amendment.operations.length];
 * // => ["amendment-decision-gomel-2014-04-16-10", "mou-gomel", "decision-gomel-2014-04-16-10", 5]
 * ```
 *
 * @category Decisions
 * @since 0.1.0
 */
export function amendmentFromDecision(decision: Decision, options: AmendmentFromDecisionOptions): MouAmendment {
  if (decision.effects === undefined) {
    throw new NrmkitError("invalid_argument", `${decision.id}.effects: expected structured MoU effects, received none`);
  }
  return {
    id: options.id ?? `amendment-${decision.id}`,
    mouId: decision.effects.mouId,
    date: options.date,
    operations: decision.effects.operations,
    decisionId: decision.id,
  };
}

/**
 * Applies a decision's MoU effects to an MoU, as an amendment dated `date`.
 *
 * @param mou - The MoU as it stands before the decision takes effect.
 * @param decision - A decision with `effects` for this MoU.
 * @param date - The day the changes take effect.
 * @returns The amended MoU with its patches, as {@link applyMouAmendment} does.
 * @throws NrmkitError with code `invalid_argument` when the decision has no effects or targets another MoU.
 * @throws NrmkitError with code `invalid_operation` when an effect cannot apply (e.g. the party already signed).
 *
 * @example
 * ```ts
 * import { applyDecisionEffects, getById, indexDataset } from "@nrmkit/core";
 * import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
 *
 * const index = indexDataset(belarusTaskForces2014);
 * const gomelMou = getById(index, "mous", "mou-gomel");
 * const addClauses = getById(index, "decisions", "decision-gomel-2014-04-16-09");
 * applyDecisionEffects(gomelMou, addClauses, "2014-04-16").mou.clauses.map((clause) => clause.topic).slice(5);
 * // => ["state_programme", "international_convention", "confidentiality"]
 * ```
 *
 * @category Decisions
 * @since 0.1.0
 */
export function applyDecisionEffects(mou: Mou, decision: Decision, date: IsoDate): MouAmendmentResult {
  return applyMouAmendment(mou, amendmentFromDecision(decision, { date }));
}
