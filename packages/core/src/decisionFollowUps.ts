import type { NrmDataset } from "./dataset.js";
import type { DatasetIndex } from "./datasetIndex.js";
import type { DecisionLink } from "./decision.js";
import { compareIsoDates } from "./isoDate.js";

/**
 * How one decision is followed up: the decisions it repeats, continues or supersedes, and the later ones that do so to it.
 *
 * @category Decisions
 * @since 0.1.0
 */
export interface DecisionFollowUps {
  /** The decision's own links, in its order: what it repeats, continues or supersedes. */
  readonly follows: readonly DecisionLink[];
  /** Decisions that link to this one, by meeting date, then ordinal; `relation` is how they relate to it. */
  readonly followedBy: readonly DecisionLink[];
}

/**
 * Gives every decision's follow-up in both directions: its own links, and the decisions that later repeated, continued or superseded it.
 *
 * @remarks
 * A decision's `links` point backwards only (to what it repeats); this turns them around so a
 * report of the earlier meeting can say what became of its decisions. Links to decisions missing
 * from the dataset stay in `follows` (validation reports them) and add nothing to `followedBy`.
 *
 * @param dataset - The dataset, or its index.
 * @returns The follow-ups by decision id, for every decision of the dataset.
 *
 * @example
 * ```ts
 * import { decisionFollowUps } from "@nrmkit/core";
 * import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
 *
 * const followUps = decisionFollowUps(belarusTaskForces2014);
 * followUps.get("decision-gomel-2014-04-16-01")?.followedBy;
 * // => [{ decisionId: "decision-vitebsk-2014-05-14-01", relation: "repeats" }]
 * followUps.get("decision-vitebsk-2014-05-14-01")?.follows;
 * // => [{ decisionId: "decision-gomel-2014-04-16-01", relation: "repeats" }]
 * ```
 *
 * @category Decisions
 * @since 0.1.0
 */
export function decisionFollowUps(dataset: NrmDataset | DatasetIndex): ReadonlyMap<string, DecisionFollowUps> {
  const data = "dataset" in dataset ? dataset.dataset : dataset;
  const meetingDate = new Map(data.meetings.map((meeting) => [meeting.id, meeting.date]));
  const known = new Set(data.decisions.map((decision) => decision.id));
  const order = [...data.decisions].sort(
    (a, b) =>
      compareIsoDates(meetingDate.get(a.meetingId) ?? "0000-01-01", meetingDate.get(b.meetingId) ?? "0000-01-01") ||
      a.ordinal - b.ordinal,
  );
  const incoming = new Map<string, DecisionLink[]>();
  for (const decision of order) {
    for (const link of decision.links) {
      if (!known.has(link.decisionId) || link.decisionId === decision.id) continue;
      const list = incoming.get(link.decisionId) ?? [];
      if (!list.some((entry) => entry.decisionId === decision.id && entry.relation === link.relation)) {
        list.push({ decisionId: decision.id, relation: link.relation });
      }
      incoming.set(link.decisionId, list);
    }
  }
  return new Map(
    data.decisions.map((decision) => [
      decision.id,
      { follows: decision.links, followedBy: incoming.get(decision.id) ?? [] },
    ]),
  );
}
