// English `expected` phrases of the dataset integrity rules, and their Russian translations.
// Every builder below has a pattern in INTEGRITY_PATTERNS; integrityPhrases.test.ts checks each pair.

/** The kinds of entity an id can point to, as named in messages. */
export type EntityName =
  | "region"
  | "organization"
  | "person"
  | "task force"
  | "MoU"
  | "MoU amendment"
  | "meeting"
  | "decision";

const ENTITY_RU: Readonly<Record<EntityName, string>> = {
  region: "существующего региона",
  organization: "существующей организации",
  person: "существующего человека",
  "task force": "существующей рабочей группы",
  MoU: "существующего меморандума",
  "MoU amendment": "существующего изменения меморандума",
  meeting: "существующего заседания",
  decision: "существующего решения",
};

/** `duplicate_id`: the id was used before in the same collection. */
export const idNotUsedBefore = (collection: string) => `an id not used before in ${collection}`;
/** `unknown_reference`: an id field points nowhere. */
export const existingId = (entity: EntityName) => `the id of an existing ${entity}`;
/** `not_a_person`: a chair or panel member is an organisation. */
export const EXPECTED_PERSON_NOT_ORGANIZATION = "the id of a person, not of an organization";
/** `not_mou_party`: an attendee "as MoU party" is not a party on the meeting date. */
export const partyOn = (mouId: string, date: string) => `a party of ${mouId} on ${date}`;
/** `not_mou_party`: the task force has no MoU at all. */
export const partyOfMissingMou = (taskForceId: string) => `a party of an MoU of ${taskForceId}, which has none`;
/** `duplicate_ordinal`. */
export const ordinalNotUsedBefore = (meetingId: string) => `an ordinal not used before in ${meetingId}`;
/** `ordinal_out_of_range`: ordinals must be 1..n. */
export const ordinalUpTo = (count: number, meetingId: string) =>
  `an ordinal from 1 to ${count} (the number of decisions of ${meetingId})`;
/** Date bounds; `reason` is built by one of the reason builders below. */
export const dateOnOrAfter = (date: string, reason: string) => `a date on or after ${date} (${reason})`;
/** Date bounds; `reason` is built by one of the reason builders below. */
export const dateOnOrBefore = (date: string, reason: string) => `a date on or before ${date} (${reason})`;
/** Reason: an earlier amendment of the same MoU. */
export const previousAmendment = (amendmentId: string, mouId: string) =>
  `the previous amendment ${amendmentId} of ${mouId}`;
/** Reason: the MoU's effective date. */
export const effectiveDateOf = (mouId: string) => `the effective date of ${mouId}`;
/** Reason: the day a task force was set up. */
export const establishedDay = (taskForceId: string) => `the day ${taskForceId} was established`;
/** Reason: the day a task force was dissolved. */
export const dissolvedDay = (taskForceId: string) => `the day ${taskForceId} was dissolved`;
/** Reason: the previous decision status change. */
export const PREVIOUS_STATUS_CHANGE = "the previous status change";
/** Reason: the day of the meeting that took the decision. */
export const meetingDay = (meetingId: string) => `the day of ${meetingId}`;
/** Reason: another field of the same record (start of a period). */
export const fieldReason = (field: string) => field;
/** `region_country_mismatch`. */
export const regionCodeStartingWith = (country: string) => `a region code starting with ${country}-`;
/** `unknown_region_code`. */
export const regionCodeOf = (country: string, codes: readonly string[]) =>
  `a region code of ${country}: ${codes.join(" | ")}`;
/** `parent_cycle`. */
export const chainNotReturningTo = (organizationId: string) =>
  `a parent chain that does not return to ${organizationId}`;
/** `decisions_recorded_contradiction`. */
export const recordedFlag = (meetingId: string, count: number) =>
  `true or nothing (the dataset holds ${count} decision${count === 1 ? "" : "s"} of ${meetingId})`;
/** `integrity_check_failed`: a rule met data it could not read. */
export const EXPECTED_SCHEMA_VALID = "a dataset that passes datasetSchema (see validateDataset)";
/** `invalid_amendment_operation` when core's own wording cannot be used. */
export const EXPECTED_APPLICABLE_OPERATION = "an operation that applies to the MoU as amended so far";

const REASONS_RU: readonly (readonly [RegExp, (match: RegExpExecArray) => string])[] = [
  [/^the previous amendment (\S+) of (\S+)$/, (m) => `предыдущее изменение ${m[1]} меморандума ${m[2]}`],
  [/^the effective date of (\S+)$/, (m) => `дата вступления в силу ${m[1]}`],
  [/^the day (\S+) was established$/, (m) => `день создания ${m[1]}`],
  [/^the day (\S+) was dissolved$/, (m) => `день роспуска ${m[1]}`],
  [/^the previous status change$/, () => "предыдущее изменение статуса"],
  [/^the day of (\S+)$/, (m) => `день заседания ${m[1]}`],
];

function reasonRu(reason: string): string {
  for (const [pattern, ru] of REASONS_RU) {
    const match = pattern.exec(reason);
    if (match !== null) return ru(match);
  }
  return reason;
}

/** Russian for the fixed integrity phrases, and for core's wording of operations it cannot apply. */
export const INTEGRITY_EXACT_RU: Readonly<Record<string, string>> = {
  [EXPECTED_PERSON_NOT_ORGANIZATION]: "id человека, а не организации",
  [EXPECTED_SCHEMA_VALID]: "набор данных, проходящий datasetSchema (см. validateDataset)",
  [EXPECTED_APPLICABLE_OPERATION]: "операция, применимая к меморандуму с учётом предыдущих изменений",
  "an existing clause": "существующий пункт",
  "a new clause number": "новый номер пункта",
  "an existing clause to add after": "существующий пункт, после которого добавить новый",
  "an organisation that is not a party": "организация, которая ещё не является стороной",
};

/** `invalid_amendment_operation` at an amendment that conflicts with earlier decision effects. */
export const afterDecisionEffects = (expected: string) =>
  `${expected} once the MoU effects of earlier decisions apply (includeDecisionEffects)`;
/** Russian for the parametrised integrity phrases, tried before the generic ones. */
export const INTEGRITY_PATTERNS_RU: readonly (readonly [RegExp, (match: RegExpExecArray) => string])[] = [
  [/^an id not used before in (\S+)$/, (m) => `id, ещё не использованный в ${m[1]}`],
  [/^the id of an existing (.+)$/, (m) => `id ${ENTITY_RU[m[1] as EntityName] ?? m[1]}`],
  [/^a party of an MoU of (\S+), which has none$/, (m) => `сторона меморандума ${m[1]}, а у неё его нет`],
  [/^a party of (\S+) on (\S+)$/, (m) => `сторона ${m[1]} на ${m[2]}`],
  [/^a party on (\S+)$/, (m) => `сторона меморандума на ${m[1]}`],
  [/^an ordinal not used before in (\S+)$/, (m) => `номер, ещё не использованный в ${m[1]}`],
  [
    /^an ordinal from 1 to (\d+) \(the number of decisions of (\S+)\)$/,
    (m) => `номер от 1 до ${m[1]} (число решений ${m[2]})`,
  ],
  [/^a date on or after (\S+) \((.+)\)$/s, (m) => `дата не раньше ${m[1]} (${reasonRu(m[2] ?? "")})`],
  [/^a date on or before (\S+) \((.+)\)$/s, (m) => `дата не позже ${m[1]} (${reasonRu(m[2] ?? "")})`],
  [
    /^true or nothing \(the dataset holds (\d+) decisions? of (\S+)\)$/,
    (m) => `true или ничего (в наборе данных есть решения ${m[2]}: ${m[1]})`,
  ],
  [
    /^(.+) once the MoU effects of earlier decisions apply \(includeDecisionEffects\)$/s,
    (m) =>
      `${INTEGRITY_EXACT_RU[m[1] ?? ""] ?? m[1]} с учётом изменений меморандума по более ранним решениям (includeDecisionEffects)`,
  ],
  [/^a region code starting with (\S+)$/, (m) => `код региона, начинающийся с ${m[1]}`],
  [/^a region code of (\S+): (.+)$/s, (m) => `код региона страны ${m[1]}: ${m[2]}`],
  [/^a parent chain that does not return to (\S+)$/, (m) => `цепочка родителей, не возвращающаяся к ${m[1]}`],
];
