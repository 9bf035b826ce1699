import type { AssistanceKind, ControlMeans, ExploitationType, RecruiterRelation } from "./caseCodes.js";
import type { CaseRecord } from "./caseRecord.js";

/**
 * A case record as written before the CTDC vocabularies: one `recruiterRelation`, and an empty
 * `exploitation` or `meansOfControl` list meaning "not recorded".
 *
 * @category Cases
 * @since 0.1.0
 */
export type LegacyCaseRecord = Omit<
  CaseRecord,
  "recruiterRelations" | "exploitation" | "meansOfControl" | "assistance"
> & {
  /** One recruiter relation; `"unknown"` when not recorded. */
  readonly recruiterRelation: RecruiterRelation | "unknown";
  /** Forms of exploitation; empty when not recorded. */
  readonly exploitation: readonly ExploitationType[];
  /** Means of control; empty when not recorded. */
  readonly meansOfControl: readonly ControlMeans[];
  /** Assistance received; empty when none is recorded. */
  readonly assistance: readonly AssistanceKind[];
};

/**
 * Brings a record written in the earlier shape ({@link LegacyCaseRecord}) to the current {@link CaseRecord}; current records pass unchanged.
 *
 * @remarks
 * A record is legacy when it has a `recruiterRelation` key. Then `recruiterRelation: "unknown"`
 * becomes an absent `recruiterRelations` and any other value a one-element list; an empty
 * `exploitation` or `meansOfControl` list becomes an absent field (it meant "not recorded",
 * which an empty list no longer does); `assistance` keeps its meaning (`[]` is none). Every other
 * field is copied as it is. Run it before validation on data exported by an earlier version.
 *
 * @param record - A legacy or current record.
 * @returns A current record: a new object for a legacy one, the same object otherwise.
 *
 * @example
 * ```ts
 * import { migrateCaseRecord } from "@nrmkit/core";
 *
 * const legacy = {
 *   id: "OLD-1", registrationDate: "2014-04-16", regionId: "BY-HO", gender: "female", ageBand: "21-23",
 *   citizenship: "BLR", exploitationCountry: "RUS", exploitation: [], meansOfControl: ["threats"],
 *   recruiterRelation: "friend", referringAgencyKind: "ngo", assistance: [], traffickingStatus: "identified",
 *   caseStatus: "closed",
 * } as const;
 * const record = migrateCaseRecord(legacy);
 * [record.recruiterRelations, "exploitation" in record, record.assistance];
 * // => [["friend"], false, []]
 * ```
 *
 * @category Cases
 * @since 0.1.0
 */
export function migrateCaseRecord(record: LegacyCaseRecord | CaseRecord): CaseRecord {
  if (!("recruiterRelation" in record)) return record;
  const { recruiterRelation, exploitation, meansOfControl, ...rest } = record;
  return {
    ...rest,
    ...(exploitation.length === 0 ? {} : { exploitation }),
    ...(meansOfControl.length === 0 ? {} : { meansOfControl }),
    ...(recruiterRelation === "unknown" ? {} : { recruiterRelations: [recruiterRelation] }),
  };
}
