import type {
  AgeBand,
  AssistanceKind,
  CaseStatus,
  ControlMeans,
  DataSource,
  ExploitationType,
  Gender,
  LabourSector,
  MajorityStatus,
  RecruiterRelation,
  SexualExploitationForm,
  StatusDecider,
  TraffickingStatus,
} from "./caseCodes.js";
import type { NotRecordedValues } from "./caseValueStatus.js";
import type { OrganizationKind } from "./organization.js";
import type { PartialDate } from "./partialDate.js";

/**
 * A pseudonymous, record-level trafficking case: the input of every statistic.
 *
 * @remarks
 * Holds no name, birth date or document number, only coded values. "Not recorded" is never
 * counted as zero, and is written one way per field:
 * - the single-valued fields every record has (`gender`, `ageBand`, `citizenship`,
 *   `exploitationCountry`, `referringAgencyKind`) use the code `"unknown"`;
 * - every other field is optional: absent means not recorded;
 * - a multi-valued field absent means not recorded (CTDC's empty cells), an empty list means
 *   recorded and none applies (CTDC's zeros), and a list means these values and none other;
 * - where some values of a multi-valued field are known and others are not (CTDC flags of one
 *   group that are 1, 0 or empty independently), the unknown ones are listed in `notRecorded`:
 *   each value is then present (in the list), not recorded (in `notRecorded`) or absent (in neither).
 *   {@link caseValueStatus} reads the three states.
 *
 * User-defined fields live in `extra`, declared once with `defineCaseFields`.
 *
 * @category Cases
 * @since 0.1.0
 */
export interface CaseRecord {
  /** Pseudonymous case id; never a name or document number. */
  readonly id: string;
  /** When the person was registered as a presumed or identified victim: a year, a month or a day. */
  readonly registrationDate: PartialDate;
  /** The region (ISO 3166-2 code) where the case was registered; absent when not recorded. */
  readonly regionId?: string;
  /** The country (ISO 3166-1 alpha-3) where the case was registered; absent when not recorded. */
  readonly registrationCountry?: string;
  /** Where the record comes from (CTDC `Datasource`). */
  readonly dataSource?: DataSource;
  /** Gender. */
  readonly gender: Gender;
  /** Age band at identification. */
  readonly ageBand: AgeBand;
  /** Minor or adult at registration (CTDC `majorityStatus`), often known when the age band is not. */
  readonly majorityStatus?: MajorityStatus;
  /** Minor or adult when exploitation began (CTDC `majorityStatusAtExploit`). */
  readonly majorityStatusAtExploitation?: MajorityStatus;
  /** Minor or adult when entering the trafficking situation (CTDC `majorityEntry`). */
  readonly majorityStatusAtEntry?: MajorityStatus;
  /** Citizenship as ISO 3166-1 alpha-3, or `"unknown"`. */
  readonly citizenship: string;
  /** Country of exploitation as ISO 3166-1 alpha-3, or `"unknown"`. */
  readonly exploitationCountry: string;
  /** Forms of exploitation; several may apply; `[]` none, absent not recorded. */
  readonly exploitation?: readonly ExploitationType[];
  /** Sectors of forced labour; several may apply; `[]` none, absent not recorded. */
  readonly labourSectors?: readonly LabourSector[];
  /** Forms of sexual exploitation; several may apply; `[]` none, absent not recorded. */
  readonly sexualExploitationForms?: readonly SexualExploitationForm[];
  /** Means of control; several may apply; `[]` none, absent not recorded. */
  readonly meansOfControl?: readonly ControlMeans[];
  /** How recruiters were related to the person; several may apply; `[]` none, absent not recorded. */
  readonly recruiterRelations?: readonly RecruiterRelation[];
  /** Whether the person was abducted (CTDC `isAbduction`). */
  readonly abduction?: boolean;
  /** The kind of agency that referred the case, `"self"` for self-referral, or `"unknown"`. */
  readonly referringAgencyKind: OrganizationKind | "self" | "unknown";
  /** Assistance received; several may apply; `[]` none, absent not recorded. */
  readonly assistance?: readonly AssistanceKind[];
  /** Presumed, identified or not a victim (HTCDS `vic_TraffickingStatus`). */
  readonly traffickingStatus?: TraffickingStatus;
  /** Who decided the trafficking status (HTCDS `vic_TraffickingStatusDecidedBy`). */
  readonly traffickingStatusDecidedBy?: StatusDecider;
  /** Where the case stands (HTCDS `cas_Status`). */
  readonly caseStatus?: CaseStatus;
  /** Per multi-valued field, the values whose status was not recorded while others of the field were; absent when every value of every recorded field is known. */
  readonly notRecorded?: NotRecordedValues;
  /** Values of user-defined fields by name (declared with `defineCaseFields`): a code or a boolean; absent when not recorded. */
  readonly extra?: Readonly<Record<string, string | boolean>>;
}
