import type { Decision, DecisionCategory, DecisionEffects, DecisionLink } from "../../decision.js";
import type { IsoDate } from "../../isoDate.js";
import type { LocalizedText } from "../../localizedText.js";

/** What varies between the decisions of one meeting. */
export interface DecisionInput {
  /** What the decision is about. */
  readonly category: DecisionCategory;
  /** The wording: the seed's English, with a Russian translation. */
  readonly text: LocalizedText;
  /** Responsible organisations; empty when the seed addresses all parties. */
  readonly responsibleIds?: readonly string[];
  /** Decisions of earlier meetings it repeats. */
  readonly links?: readonly DecisionLink[];
  /** Structured MoU changes. */
  readonly effects?: DecisionEffects;
}

/**
 * Builds a meeting's decisions in the seed's order, each adopted on the meeting day, with ids
 * `decision-<meeting>-NN`.
 *
 * @param meetingKey - `gomel-2014-04-16`: the meeting id without its `meeting-` prefix.
 * @param date - The meeting day.
 * @param inputs - The decisions in order.
 * @returns The decisions.
 */
export function decisionsOf(meetingKey: string, date: IsoDate, inputs: readonly DecisionInput[]): readonly Decision[] {
  return inputs.map((input, index) => ({
    id: decisionId(meetingKey, index + 1),
    meetingId: `meeting-${meetingKey}`,
    ordinal: index + 1,
    category: input.category,
    text: input.text,
    responsibleIds: input.responsibleIds ?? [],
    statusHistory: [{ status: "adopted", date }],
    links: input.links ?? [],
    ...(input.effects === undefined ? {} : { effects: input.effects }),
  }));
}

/**
 * The id of a meeting's decision: `decision-gomel-2014-04-16-01`.
 *
 * @param meetingKey - The meeting id without its `meeting-` prefix.
 * @param ordinal - The decision's number, from 1.
 * @returns The id.
 */
export function decisionId(meetingKey: string, ordinal: number): string {
  return `decision-${meetingKey}-${String(ordinal).padStart(2, "0")}`;
}
