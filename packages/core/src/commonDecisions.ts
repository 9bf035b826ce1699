import type { NrmDataset } from "./dataset.js";
import type { Decision, DecisionCategory } from "./decision.js";
import { NrmkitError } from "./error.js";
import { compareIsoDates } from "./isoDate.js";
import type { LocalizedText } from "./localizedText.js";

/**
 * Decisions that several task forces took in common.
 *
 * @category Decisions
 * @since 0.1.0
 */
export interface DecisionGroup {
  /** The category of the group's earliest decision. */
  readonly category: DecisionCategory;
  /** The decisions, by meeting date, then ordinal. */
  readonly decisionIds: readonly string[];
  /** The task forces that took them, in the order of their first decision in the group. */
  readonly taskForceIds: readonly string[];
}

/**
 * Options of {@link commonDecisions}.
 *
 * @category Decisions
 * @since 0.1.0
 */
export interface CommonDecisionsOptions {
  /** Least word overlap (Jaccard index of normalised words, 0 to 1) for two unlinked decisions to match. Default 0.5. */
  readonly threshold?: number;
  /** The language compared first when both texts have it. Default `"en"`. */
  readonly locale?: string;
  /** Least number of task forces in a group. Default 2; 1 also returns chains of linked decisions within one task force. */
  readonly minTaskForces?: number;
}

// Function words that say nothing about what a decision is about.
const STOP_WORDS = new Set(
  "a an and about all among as at be between both by for from in into is more of on or should so the their them this to with".split(
    " ",
  ),
);

function words(text: string): ReadonlySet<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length > 1 && !STOP_WORDS.has(word)),
  );
}

/** A text's words per language, in the text's key order; languages without a text are left out. */
type Tokens = ReadonlyMap<string, ReadonlySet<string>>;

function tokenise(text: LocalizedText): Tokens {
  const tokens = new Map<string, ReadonlySet<string>>();
  for (const [lang, value] of Object.entries(text)) if (value !== undefined) tokens.set(lang, words(value));
  return tokens;
}

function similarity(a: Tokens, b: Tokens, locale: string): number {
  const shared = [locale, ...a.keys()].find((key) => a.has(key) && b.has(key));
  const left = shared === undefined ? undefined : a.get(shared);
  const right = shared === undefined ? undefined : b.get(shared);
  if (left === undefined || right === undefined) return 0;
  const [small, large] = left.size <= right.size ? [left, right] : [right, left];
  let common = 0;
  for (const word of small) if (large.has(word)) common += 1;
  const union = left.size + right.size - common;
  return union === 0 ? 0 : common / union;
}

/**
 * Groups decisions that several task forces took in common, as the seeds' oblasts repeat most decisions.
 *
 * @remarks
 * Two decisions join a group when one links to the other (`repeats`, `continues`, `supersedes`),
 * or when they belong to different task forces, share a category and their wording overlaps by at
 * least `threshold` (Jaccard index over lower-cased words, function words left out). Groups are
 * transitive. A group holds at least two decisions: a decision that nothing repeats, continues or
 * matches is in no group, whatever `minTaskForces`. Only groups spanning `minTaskForces` task
 * forces are returned, earliest first; with `minTaskForces: 1` a task force's own chains of
 * decisions that continue one another are groups too.
 *
 * @param dataset - The dataset.
 * @param options - Threshold, language and minimum number of task forces.
 * @returns The groups.
 * @throws NrmkitError with code `invalid_argument` when `threshold` is not in (0, 1].
 *
 * @example
 * ```ts
 * import { commonDecisions } from "@nrmkit/core";
 * import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
 *
 * commonDecisions(belarusTaskForces2014).map((group) => group.category);
 * // => ["information_sharing", "prevention", "media", "social_contracting", "mou_amendment", "mou_membership"]
 * ```
 *
 * @category Decisions
 * @since 0.1.0
 */
export function commonDecisions(dataset: NrmDataset, options: CommonDecisionsOptions = {}): readonly DecisionGroup[] {
  const { threshold = 0.5, locale = "en", minTaskForces = 2 } = options;
  if (!(threshold > 0 && threshold <= 1)) {
    throw new NrmkitError("invalid_argument", `threshold: expected a number in (0, 1], received ${threshold}`);
  }
  const meetings = new Map(dataset.meetings.map((meeting) => [meeting.id, meeting]));
  const decisions = dataset.decisions
    .filter((decision) => meetings.has(decision.meetingId))
    .sort(
      (a, b) =>
        compareIsoDates(meetings.get(a.meetingId)?.date ?? "", meetings.get(b.meetingId)?.date ?? "") ||
        a.ordinal - b.ordinal,
    );
  const taskForceOf = (decision: Decision) => meetings.get(decision.meetingId)?.taskForceId ?? "";
  const position = new Map(decisions.map((decision, index) => [decision.id, index]));
  // Union–find over decision positions.
  const parent = decisions.map((_, index) => index);
  const root = (index: number): number => {
    let current = index;
    while (parent[current] !== current) current = parent[current] ?? current;
    return current;
  };
  const join = (a: number, b: number) => {
    const [ra, rb] = [root(a), root(b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  for (const [index, decision] of decisions.entries()) {
    for (const link of decision.links) {
      const other = position.get(link.decisionId);
      if (other !== undefined) join(index, other);
    }
  }
  // Each text is split into words once, not once per pair it is compared in.
  const tokens = decisions.map((decision) => tokenise(decision.text));
  const taskForces = decisions.map(taskForceOf);
  for (const [i, a] of decisions.entries()) {
    for (let j = i + 1; j < decisions.length; j += 1) {
      const b = decisions[j];
      if (b === undefined || root(i) === root(j) || a.category !== b.category) continue;
      if (taskForces[i] === taskForces[j]) continue;
      if (similarity(tokens[i] ?? new Map(), tokens[j] ?? new Map(), locale) >= threshold) join(i, j);
    }
  }
  const groups = new Map<number, Decision[]>();
  for (const [index, decision] of decisions.entries()) {
    const key = root(index);
    const members = groups.get(key);
    if (members === undefined) groups.set(key, [decision]);
    else members.push(decision);
  }
  const result: DecisionGroup[] = [];
  for (const members of groups.values()) {
    const taskForceIds = [...new Set(members.map(taskForceOf))];
    const first = members[0];
    // One decision alone is taken "in common" with nobody.
    if (first === undefined || members.length < 2 || taskForceIds.length < minTaskForces) continue;
    result.push({ category: first.category, decisionIds: members.map((member) => member.id), taskForceIds });
  }
  return result;
}
