import type { LocaleBase, PluralForms, Translation } from "@nrmkit/core";

/**
 * The message catalogue of `@nrmkit/validation`: the frame of every issue message and every phrase of `expected` and `received`, as templates.
 *
 * @remarks
 * Placeholders in braces (`{path}`, `{expected}`, `{count}`, `{mouId}`…) are filled in when a
 * message is written; a translation keeps each placeholder of the English template and may move
 * it. A phrase that counts something is a {@link @nrmkit/core!PluralForms | PluralForms} object
 * whose `{count}` picks the form by the language's plural rules (Romanian writes
 * `"20 de caractere"` in its `other` form). Issues store `expected` and `received` in English; a
 * message in another language is written by matching the English phrase to its key (the English
 * templates are the patterns) and filling the translation with the same values, which are data
 * and never translated. Nested phrases (the reason of a date bound) are translated too. The
 * `import`, `integrity`, `ctdc` and `htcds` sections are loaded with the functions that write
 * their phrases (and `import` and `integrity` with {@link localizeIssue}), so a bundle that only
 * parses case records does not carry them.
 *
 * @example
 * ```ts
 * import type { Translation } from "@nrmkit/core";
 * import { missingValidationTranslations, type ValidationMessages } from "@nrmkit/validation";
 *
 * const partial: Translation<ValidationMessages> = {
 *   frame: { root: "(rădăcină)" },
 *   phrases: { knownKey: "o cheie cunoscută" },
 * };
 * missingValidationTranslations({ code: "ro", validation: partial }).includes("validation.phrases.isoDate");
 * // => true
 * ```
 *
 * @category Locales
 * @since 0.1.0
 */
export interface ValidationMessages {
  /** The sentence every issue message is written in. */
  readonly frame: {
    /** A message without a received value: `"{path}: expected {expected}"`. */
    readonly expected: string;
    /** A message with a received value: `"{path}: expected {expected}, received {received}"`. */
    readonly expectedReceived: string;
    /** A message with a suggestion: `"{path}: expected {expected}; did you mean {suggestion}?"`. */
    readonly expectedSuggestion: string;
    /** A message with a received value and a suggestion. */
    readonly expectedReceivedSuggestion: string;
    /** The label of the empty path: `"(root)"`. */
    readonly root: string;
  };
  /** The `expected` phrases of the schemas (datasets and case records). */
  readonly phrases: {
    /** `"a key other than __proto__, constructor or prototype"`. */
    readonly allowedKey: string;
    /** `"a known key"`. */
    readonly knownKey: string;
    /** `"a real date written YYYY-MM-DD"`. */
    readonly isoDate: string;
    /** `"a language tag such as en, ro or be-Latn"`. */
    readonly languageTag: string;
    /** `"an ISO 3166-1 alpha-2 country code such as BY or MD"`. */
    readonly country: string;
    /** `"an ISO 3166-2 region code such as BY-HO or MD-BA"`. */
    readonly regionCode: string;
    /** `"an id of 1 to 200 characters without spaces"`. */
    readonly id: string;
    /** `"an http or https URL"`. */
    readonly httpUrl: string;
    /** `"a schema that reports issues instead of throwing"`. */
    readonly noThrow: string;
    /** `"a value matching exactly one option"`. */
    readonly oneMatch: string;
    /** `"one of {values}"`; the values are data. */
    readonly oneOf: string;
    /** `"at least {count} characters"`. */
    readonly atLeastCharacters: PluralForms;
    /** `"at most {count} characters"`. */
    readonly atMostCharacters: PluralForms;
    /** `"exactly {count} characters"`. */
    readonly exactlyCharacters: PluralForms;
    /** `"at least {count} items"`. */
    readonly atLeastItems: PluralForms;
    /** `"at most {count} items"`. */
    readonly atMostItems: PluralForms;
    /** `"exactly {count} items"`. */
    readonly exactlyItems: PluralForms;
    /** `"a string matching {pattern}"`. */
    readonly stringMatching: string;
    /** `"a string starting with {prefix}"`. */
    readonly stringStartingWith: string;
    /** `"a string ending with {suffix}"`. */
    readonly stringEndingWith: string;
    /** `"a string including {part}"`. */
    readonly stringIncluding: string;
    /** `"a valid {format}"`; the format is Zod's name of it (`email`, `uuid`). */
    readonly validFormat: string;
    /** `"a multiple of {divisor}"`. */
    readonly multipleOf: string;
    /** Zod's type name `string`. */
    readonly typeString: string;
    /** Zod's type name `number`. */
    readonly typeNumber: string;
    /** Zod's type name `int`. */
    readonly typeInt: string;
    /** Zod's type name `boolean`. */
    readonly typeBoolean: string;
    /** Zod's type name `bigint`. */
    readonly typeBigint: string;
    /** Zod's type name `array`. */
    readonly typeArray: string;
    /** Zod's type name `object`. */
    readonly typeObject: string;
    /** Zod's type name `record`. */
    readonly typeRecord: string;
    /** Zod's type name `tuple`. */
    readonly typeTuple: string;
    /** Zod's type name `date`. */
    readonly typeDate: string;
    /** Zod's type name `never`. */
    readonly typeNever: string;
    /** Zod's type name `nonoptional`. */
    readonly typeNonoptional: string;
    /** Zod's type name `function`. */
    readonly typeFunction: string;
    /** Zod's type name `file`. */
    readonly typeFile: string;
    /** A pseudonymous case id, with what it may hold. */
    readonly caseId: string;
    /** `"an ISO 3166-1 alpha-3 country code such as BLR or MDA, or unknown"`. */
    readonly country3: string;
    /** `"an ISO 3166-1 alpha-3 country code such as BLR or MDA"`. */
    readonly knownCountry3: string;
    /** `"a year, month or real day written YYYY, YYYY-MM or YYYY-MM-DD"`. */
    readonly partialDate: string;
    /** `"a field declared with defineCaseFields"`. */
    readonly declaredField: string;
    /** `"an object of user-defined field values"`. */
    readonly extraObject: string;
    /** `"a value not listed before in this field"`. */
    readonly noDuplicates: string;
    /** A field that the record holds as a list. */
    readonly fieldRecorded: string;
    /** A value either listed or not recorded, not both. */
    readonly oneStatus: string;
    /** Plain data: own enumerable properties of plain objects and arrays. */
    readonly plainData: string;
  };
  /** The `expected` phrases of the bulk import of case records (JSON, NDJSON, CSV). */
  readonly import: {
    /** `"valid JSON"`. */
    readonly json: string;
    /** `"valid JSON (the error is at character {position})"`. */
    readonly jsonAt: string;
    /** `"one JSON array of case records"`. */
    readonly jsonArray: string;
    /** `"nothing after the closing ] of the JSON array"`. */
    readonly nothingAfterArray: string;
    /** `"a CSV record as in RFC 4180"`. */
    readonly csv: string;
    /** A CSV record lacking the closing quote of field `{field}`. */
    readonly csvClosingQuote: string;
    /** A CSV record with text after the closing quote of field `{field}`. */
    readonly csvAfterQuote: string;
    /** A CSV record with a quote inside unquoted field `{field}`. */
    readonly csvQuotesDoubled: string;
    /** `"{count} fields, as many as the header has"`. */
    readonly columns: PluralForms;
    /** `"a row of at most {count} bytes"`. */
    readonly rowLength: PluralForms;
    /** `"at most {count} issues per row (the rest are not listed)"`. */
    readonly issueCount: PluralForms;
    /** `"at most {count} issues per document (the rest are not listed)"`. */
    readonly documentIssueCount: PluralForms;
    /** `"at most {count} levels of nested objects and arrays"`. */
    readonly nestingDepth: PluralForms;
    /** `"a column name used once in the header"`. */
    readonly uniqueColumn: string;
    /** A column `extra.<name>` whose field is declared. */
    readonly declaredColumn: string;
    /** A column `notRecorded.<field>` for a multi-valued field. */
    readonly notRecordedColumn: string;
  };
  /** The `expected` phrases of the dataset integrity rules. */
  readonly integrity: {
    /** `"an id not used before in {collection}"`. */
    readonly idNotUsedBefore: string;
    /** `"the id of an existing region"`. */
    readonly existingRegion: string;
    /** `"the id of an existing organization"`. */
    readonly existingOrganization: string;
    /** `"the id of an existing person"`. */
    readonly existingPerson: string;
    /** `"the id of an existing task force"`. */
    readonly existingTaskForce: string;
    /** `"the id of an existing MoU"`. */
    readonly existingMou: string;
    /** `"the id of an existing MoU amendment"`. */
    readonly existingMouAmendment: string;
    /** `"the id of an existing meeting"`. */
    readonly existingMeeting: string;
    /** `"the id of an existing decision"`. */
    readonly existingDecision: string;
    /** `"the id of a person, not of an organization"`. */
    readonly personNotOrganization: string;
    /** `"a party of {mouId} on {date}"`. */
    readonly partyOfOn: string;
    /** `"a party of an MoU of {taskForceId}, which has none"`. */
    readonly partyOfMissingMou: string;
    /** `"an ordinal not used before in {meetingId}"`. */
    readonly ordinalNotUsedBefore: string;
    /** `"an ordinal from 1 to {count} (the number of decisions of {meetingId})"`. */
    readonly ordinalUpTo: string;
    /** `"a date on or after {date} ({reason})"`; the reason is a phrase of its own. */
    readonly dateOnOrAfter: string;
    /** `"a date on or before {date} ({reason})"`; the reason is a phrase of its own. */
    readonly dateOnOrBefore: string;
    /** Reason: `"the previous amendment {amendmentId} of {mouId}"`. */
    readonly previousAmendment: string;
    /** Reason: `"the effective date of {mouId}"`. */
    readonly effectiveDateOf: string;
    /** Reason: `"the day {taskForceId} was established"`. */
    readonly establishedDay: string;
    /** Reason: `"the day {taskForceId} was dissolved"`. */
    readonly dissolvedDay: string;
    /** Reason: `"the previous status change"`. */
    readonly previousStatusChange: string;
    /** Reason: `"the day of {meetingId}"`. */
    readonly meetingDay: string;
    /** `"a region code starting with {country}-"`. */
    readonly regionCodeStartingWith: string;
    /** `"a region code of {country}: {codes}"`. */
    readonly regionCodeOf: string;
    /** `"a parent chain that does not return to {organizationId}"`. */
    readonly chainNotReturningTo: string;
    /** `"true or nothing (the dataset holds {count} decisions of {meetingId})"`. */
    readonly recordedFlag: PluralForms;
    /** `"a dataset that passes datasetSchema (see validateDataset)"`. */
    readonly schemaValid: string;
    /** `"an operation that applies to the MoU as amended so far"`. */
    readonly applicableOperation: string;
    /** `"{expected} once the MoU effects of earlier decisions apply (includeDecisionEffects)"`; the inner phrase is translated too. */
    readonly afterDecisionEffects: string;
    /** `"an existing clause"` (an MoU amendment that cannot apply). */
    readonly existingClause: string;
    /** `"a new clause number"`. */
    readonly newClauseNumber: string;
    /** `"an existing clause to add after"`. */
    readonly existingClauseToAddAfter: string;
    /** `"an organisation that is not a party"`. */
    readonly organisationNotParty: string;
    /** `"a party on {date}"`. */
    readonly partyOn: string;
    /** `"an organization not listed before in the attendance of {meetingId}"`. */
    readonly attendeeNotListedBefore: string;
    /** `"a person not listed before among the chairs of {meetingId}"`. */
    readonly chairNotListedBefore: string;
    /** `"a person not listed before among the other panel members of {meetingId}"`. */
    readonly panelMemberNotListedBefore: string;
    /** `"a person who does not chair {meetingId} (the panel lists the other members)"`. */
    readonly notAChairOf: string;
    /** `"a host serving {regionId}, the region of {taskForceId} (this one serves {hostRegionId}; right if the task force met outside its region)"`. */
    readonly hostServing: string;
  };
  /** The `received` phrases the library writes itself; any other received value is data. */
  readonly received: {
    /** `"missing"`. */
    readonly missing: string;
    /** `"the end of the text"`. */
    readonly endOfText: string;
    /** `"an object with a prototype other than Object or Array"`. */
    readonly notPlainObject: string;
    /** `"a getter or setter"`. */
    readonly accessor: string;
    /** `"a symbol key"`. */
    readonly symbolKey: string;
    /** `"a non-enumerable property"`. */
    readonly hiddenProperty: string;
    /** `"an object that throws when read"`. */
    readonly throws: string;
    /** `"{count} bytes"`. */
    readonly bytes: PluralForms;
  };
  /** The `expected` phrases of the CTDC import (`@nrmkit/validation/ctdc`). */
  readonly ctdc: {
    /** `"1, 0 or an empty cell (not recorded)"`. */
    readonly flag: string;
    /** `"a year of registration written YYYY"`. */
    readonly year: string;
    /** `"a CTDC age band such as 18--20 or 48+, or an empty cell"`. */
    readonly age: string;
    /** `"Female, Male, Transgender/NonConforming or an empty cell"`. */
    readonly gender: string;
    /** `"Case Management, Hotline or an empty cell"`. */
    readonly source: string;
    /** `"Minor, Adult, Unknown or an empty cell"`. */
    readonly majority: string;
    /** `"an ISO 3166-1 alpha-2 country code such as BY or MD, or an empty cell"`. */
    readonly country: string;
    /** `"labels of this group joined with ;"`. */
    readonly labels: string;
    /** `"a column yearOfRegistration in the header"`. */
    readonly yearColumn: string;
    /** `"1, 0, true, false or an empty cell"`. */
    readonly boolean: string;
  };
  /** The `expected` phrases of the HTCDS import (`@nrmkit/validation/htcds`). */
  readonly htcds: {
    /** `"a whole number of years"`. */
    readonly age: string;
    /** `"an ISO 3166-1 country code (alpha-2 or alpha-3)"`. */
    readonly country: string;
    /** `"a pseudonymous case id"`. */
    readonly caseId: string;
  };
}

/**
 * A language for validation messages: a language tag and the `validation` part of an nrmkit locale.
 *
 * @remarks
 * The same object may carry the parts of other packages (`report`, `stats`). Keys left out are
 * written in English after a visible `[en] ` marker and listed by
 * {@link missingValidationTranslations}. The built-in locales are `en` and `ru` (found by tag)
 * and `be`, `uk`, `ro` (exported by `@nrmkit/validation/locales`).
 *
 * @example
 * ```ts
 * import { formatIssuePath, type ValidationLocale } from "@nrmkit/validation";
 *
 * const started: ValidationLocale = { code: "ro", name: "Română", validation: { frame: { root: "(rădăcină)" } } };
 * formatIssuePath([], started);
 * // => "(rădăcină)"
 * ```
 *
 * @category Locales
 * @since 0.1.0
 */
export interface ValidationLocale extends LocaleBase {
  /** The issue messages; English where absent. */
  readonly validation?: Translation<ValidationMessages>;
}

/**
 * The `locale` option of every function of the package: a locale object or a language tag (`"en"`, `"ro-MD"`).
 *
 * @remarks
 * `"en"` is found by tag; `"ru"`, `"be"`, `"uk"` and `"ro"` once their locale from
 * `@nrmkit/validation/locales` is passed or registered with
 * {@link @nrmkit/core!registerLocale | registerLocale}, so that a bundle carries only the
 * languages it asks for. Any other tag throws `invalid_argument`:
 * there is never a silent fallback to another language.
 *
 * @example
 * ```ts
 * import type { IssueLocale } from "@nrmkit/validation";
 * import { ru } from "@nrmkit/validation/locales";
 *
 * const english: IssueLocale = "en";
 * const russian: IssueLocale = ru;
 * ```
 *
 * @category Locales
 * @since 0.1.0
 */
export type IssueLocale = string | ValidationLocale;
