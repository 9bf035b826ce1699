// English `expected` and `received` phrases of the case-record schema, written from the English
// catalogue (locales/en.ts), so `localizeIssue` re-renders any case-record issue like every other
// issue. The bulk import's phrases are in importPhrases.ts.
import { EN_VALIDATION } from "../locales/en.js";
import { englishPhrase } from "./catalogue.js";

const EN = EN_VALIDATION.phrases;
const RECEIVED = EN_VALIDATION.received;

/** Expected phrase for a case id. */
export const EXPECTED_CASE_ID = EN.caseId;
/** Expected phrase for an ISO alpha-3 country code. */
export const EXPECTED_COUNTRY3 = EN.country3;
/** Expected phrase for an ISO alpha-3 country code where "not recorded" is an absent field. */
export const EXPECTED_KNOWN_COUNTRY3 = EN.knownCountry3;
/** Expected phrase for a registration date. */
export const EXPECTED_PARTIAL_DATE = EN.partialDate;
/** Expected phrase for a key of `extra` that no declaration names. */
export const EXPECTED_DECLARED_FIELD = EN.declaredField;
/** Expected phrase for `extra` that is not an object. */
export const EXPECTED_EXTRA_OBJECT = EN.extraObject;
/** Expected phrase for a repeated value in a multi-valued field. */
export const EXPECTED_NO_DUPLICATES = EN.noDuplicates;
/** Expected phrase for `notRecorded` naming a field the record does not hold. */
export const EXPECTED_FIELD_RECORDED = EN.fieldRecorded;
/** Expected phrase for a value both listed and named not recorded. */
export const EXPECTED_ONE_STATUS = EN.oneStatus;

/** Received phrase for a size in bytes. */
export function receivedBytes(bytes: number): string {
  return englishPhrase("received", "bytes", { count: bytes });
}

/** Expected phrase for input that must be plain data. */
export const EXPECTED_PLAIN_DATA = EN.plainData;
/** Received phrase for a class instance or an object inheriting from another. */
export const RECEIVED_NOT_PLAIN_OBJECT = RECEIVED.notPlainObject;
/** Received phrase for a getter or setter. */
export const RECEIVED_ACCESSOR = RECEIVED.accessor;
/** Received phrase for a symbol key. */
export const RECEIVED_SYMBOL_KEY = RECEIVED.symbolKey;
/** Received phrase for a non-enumerable property. */
export const RECEIVED_HIDDEN_PROPERTY = RECEIVED.hiddenProperty;
/** Received phrase for an object (a proxy or getter) that throws when read. */
export const RECEIVED_THROWS = RECEIVED.throws;

/** Received phrase for a field that is absent. */
export const RECEIVED_MISSING = RECEIVED.missing;
/** Received phrase for text that ends too early. */
export const RECEIVED_END_OF_TEXT = RECEIVED.endOfText;
