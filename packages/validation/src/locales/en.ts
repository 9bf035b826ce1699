import type { ValidationLocale, ValidationMessages } from "../validationMessages.js";

/** The messages every entry point needs; the other sections are registered by the modules that write their phrases. */
export type CoreValidationMessages = Omit<ValidationMessages, "import" | "integrity" | "ctdc" | "htcds">;

/** The English catalogue: the reference every translation is completed from, and the patterns stored phrases are matched with. */
export const EN_VALIDATION: CoreValidationMessages = {
  frame: {
    expected: "{path}: expected {expected}",
    expectedReceived: "{path}: expected {expected}, received {received}",
    expectedSuggestion: "{path}: expected {expected}; did you mean {suggestion}?",
    expectedReceivedSuggestion: "{path}: expected {expected}, received {received}; did you mean {suggestion}?",
    root: "(root)",
  },
  phrases: {
    allowedKey: "a key other than __proto__, constructor or prototype",
    knownKey: "a known key",
    isoDate: "a real date written YYYY-MM-DD",
    languageTag: "a language tag such as en, ro or be-Latn",
    country: "an ISO 3166-1 alpha-2 country code such as BY or MD",
    regionCode: "an ISO 3166-2 region code such as BY-HO or MD-BA",
    id: "an id of 1 to 200 characters without spaces",
    httpUrl: "an http or https URL",
    noThrow: "a schema that reports issues instead of throwing",
    oneMatch: "a value matching exactly one option",
    oneOf: "one of {values}",
    atLeastCharacters: { one: "at least {count} character", other: "at least {count} characters" },
    atMostCharacters: { one: "at most {count} character", other: "at most {count} characters" },
    exactlyCharacters: { one: "exactly {count} character", other: "exactly {count} characters" },
    atLeastItems: { one: "at least {count} item", other: "at least {count} items" },
    atMostItems: { one: "at most {count} item", other: "at most {count} items" },
    exactlyItems: { one: "exactly {count} item", other: "exactly {count} items" },
    stringMatching: "a string matching {pattern}",
    stringStartingWith: "a string starting with {prefix}",
    stringEndingWith: "a string ending with {suffix}",
    stringIncluding: "a string including {part}",
    validFormat: "a valid {format}",
    multipleOf: "a multiple of {divisor}",
    typeString: "string",
    typeNumber: "number",
    typeInt: "int",
    typeBoolean: "boolean",
    typeBigint: "bigint",
    typeArray: "array",
    typeObject: "object",
    typeRecord: "record",
    typeTuple: "tuple",
    typeDate: "date",
    typeNever: "never",
    typeNonoptional: "nonoptional",
    typeFunction: "function",
    typeFile: "file",
    caseId: "a pseudonymous case id: 1 to 64 letters, digits or . _ : / - and no name, passport or phone number",
    country3: "an ISO 3166-1 alpha-3 country code such as BLR or MDA, or unknown",
    knownCountry3: "an ISO 3166-1 alpha-3 country code such as BLR or MDA",
    partialDate: "a year, month or real day written YYYY, YYYY-MM or YYYY-MM-DD",
    declaredField: "a field declared with defineCaseFields",
    extraObject: "an object of user-defined field values",
    noDuplicates: "a value not listed before in this field",
    fieldRecorded: "a field that the record holds as a list (an absent field is not recorded as a whole)",
    oneStatus: "a value that is either listed (present) or not recorded, not both",
    plainData: "plain data: own enumerable properties of plain objects and arrays",
  },
  received: {
    missing: "missing",
    endOfText: "the end of the text",
    notPlainObject: "an object with a prototype other than Object or Array",
    accessor: "a getter or setter",
    symbolKey: "a symbol key",
    hiddenProperty: "a non-enumerable property",
    throws: "an object that throws when read",
    bytes: { one: "{count} byte", other: "{count} bytes" },
  },
};

/** English phrases of the bulk import (JSON, NDJSON, CSV), registered by the import modules. */
export const EN_IMPORT: ValidationMessages["import"] = {
  json: "valid JSON",
  jsonAt: "valid JSON (the error is at character {position})",
  jsonArray: "one JSON array of case records",
  nothingAfterArray: "nothing after the closing ] of the JSON array",
  csv: "a CSV record as in RFC 4180",
  csvClosingQuote: "a CSV record as in RFC 4180 (a closing quote for field {field})",
  csvAfterQuote: "a CSV record as in RFC 4180 (a comma or the line end after the closing quote of field {field})",
  csvQuotesDoubled: "a CSV record as in RFC 4180 (field {field} in quotes, with its quotes doubled)",
  columns: { one: "{count} field, as many as the header has", other: "{count} fields, as many as the header has" },
  rowLength: { one: "a row of at most {count} byte", other: "a row of at most {count} bytes" },
  issueCount: {
    one: "at most {count} issue per row (the rest are not listed)",
    other: "at most {count} issues per row (the rest are not listed)",
  },
  documentIssueCount: {
    one: "at most {count} issue per document (the rest are not listed)",
    other: "at most {count} issues per document (the rest are not listed)",
  },
  nestingDepth: {
    one: "at most {count} level of nested objects and arrays",
    other: "at most {count} levels of nested objects and arrays",
  },
  uniqueColumn: "a column name used once in the header",
  declaredColumn: "a column extra.<name> whose field is declared in the fields option",
  notRecordedColumn:
    "a column notRecorded.<field> for a multi-valued field: exploitation, labourSectors, sexualExploitationForms, meansOfControl, recruiterRelations or assistance",
};

/** English phrases of the dataset integrity rules, registered by the rules and by localizeIssue. */
export const EN_INTEGRITY: ValidationMessages["integrity"] = {
  idNotUsedBefore: "an id not used before in {collection}",
  existingRegion: "the id of an existing region",
  existingOrganization: "the id of an existing organization",
  existingPerson: "the id of an existing person",
  existingTaskForce: "the id of an existing task force",
  existingMou: "the id of an existing MoU",
  existingMouAmendment: "the id of an existing MoU amendment",
  existingMeeting: "the id of an existing meeting",
  existingDecision: "the id of an existing decision",
  personNotOrganization: "the id of a person, not of an organization",
  partyOfOn: "a party of {mouId} on {date}",
  partyOfMissingMou: "a party of an MoU of {taskForceId}, which has none",
  ordinalNotUsedBefore: "an ordinal not used before in {meetingId}",
  ordinalUpTo: "an ordinal from 1 to {count} (the number of decisions of {meetingId})",
  dateOnOrAfter: "a date on or after {date} ({reason})",
  dateOnOrBefore: "a date on or before {date} ({reason})",
  previousAmendment: "the previous amendment {amendmentId} of {mouId}",
  effectiveDateOf: "the effective date of {mouId}",
  establishedDay: "the day {taskForceId} was established",
  dissolvedDay: "the day {taskForceId} was dissolved",
  previousStatusChange: "the previous status change",
  meetingDay: "the day of {meetingId}",
  regionCodeStartingWith: "a region code starting with {country}-",
  regionCodeOf: "a region code of {country}: {codes}",
  chainNotReturningTo: "a parent chain that does not return to {organizationId}",
  recordedFlag: {
    one: "true or nothing (the dataset holds {count} decision of {meetingId})",
    other: "true or nothing (the dataset holds {count} decisions of {meetingId})",
  },
  schemaValid: "a dataset that passes datasetSchema (see validateDataset)",
  applicableOperation: "an operation that applies to the MoU as amended so far",
  afterDecisionEffects: "{expected} once the MoU effects of earlier decisions apply (includeDecisionEffects)",
  existingClause: "an existing clause",
  newClauseNumber: "a new clause number",
  existingClauseToAddAfter: "an existing clause to add after",
  organisationNotParty: "an organisation that is not a party",
  partyOn: "a party on {date}",
  attendeeNotListedBefore: "an organization not listed before in the attendance of {meetingId}",
  chairNotListedBefore: "a person not listed before among the chairs of {meetingId}",
  panelMemberNotListedBefore: "a person not listed before among the other panel members of {meetingId}",
  notAChairOf: "a person who does not chair {meetingId} (the panel lists the other members)",
  hostServing:
    "a host serving {regionId}, the region of {taskForceId} (this one serves {hostRegionId}; right if the task force met outside its region)",
};

/** English phrases of the CTDC import, registered by `@nrmkit/validation/ctdc`. */
export const EN_CTDC: ValidationMessages["ctdc"] = {
  flag: "1, 0 or an empty cell (not recorded)",
  year: "a year of registration written YYYY",
  age: "a CTDC age band such as 18--20 or 48+, or an empty cell",
  gender: "Female, Male, Transgender/NonConforming or an empty cell",
  source: "Case Management, Hotline or an empty cell",
  majority: "Minor, Adult, Unknown or an empty cell",
  country: "an ISO 3166-1 alpha-2 country code such as BY or MD, or an empty cell",
  labels: "labels of this group joined with ;",
  yearColumn: "a column yearOfRegistration in the header",
  boolean: "1, 0, true, false or an empty cell",
};

/** English phrases of the HTCDS import, registered by `@nrmkit/validation/htcds`. */
export const EN_HTCDS: ValidationMessages["htcds"] = {
  age: "a whole number of years",
  country: "an ISO 3166-1 country code (alpha-2 or alpha-3)",
  caseId: "a pseudonymous case id",
};

/** The built-in locale `en` of the main entry point: its other sections register with the modules that write them. */
export const en: ValidationLocale = { code: "en", name: "English", validation: EN_VALIDATION };
