import type { ValidationLocale, ValidationMessages } from "../validationMessages.js";

// Romanian puts "de" between a number from 20 up and its noun ("20 de caractere"): that is the
// `other` plural category of Intl.PluralRules("ro"); `few` covers 0, 2–19 and 101–119.
const RO_VALIDATION: ValidationMessages = {
  frame: {
    expected: "{path}: se aștepta: {expected}",
    expectedReceived: "{path}: se aștepta: {expected}; s-a primit: {received}",
    expectedSuggestion: "{path}: se aștepta: {expected}; poate ați vrut să scrieți {suggestion}?",
    expectedReceivedSuggestion:
      "{path}: se aștepta: {expected}; s-a primit: {received}; poate ați vrut să scrieți {suggestion}?",
    root: "(rădăcină)",
  },
  phrases: {
    allowedKey: "o cheie diferită de __proto__, constructor și prototype",
    knownKey: "o cheie cunoscută",
    isoDate: "o dată reală scrisă AAAA-LL-ZZ",
    languageTag: "o etichetă de limbă, de exemplu en, ro sau be-Latn",
    country: "un cod de țară ISO 3166-1 alpha-2, de exemplu BY sau MD",
    regionCode: "un cod de regiune ISO 3166-2, de exemplu BY-HO sau MD-BA",
    id: "un identificator de la 1 la 200 de caractere, fără spații",
    httpUrl: "o adresă URL http sau https",
    noThrow: "o schemă care raportează problemele în loc să arunce excepții",
    oneMatch: "o valoare care corespunde exact unei singure opțiuni",
    oneOf: "una dintre valorile {values}",
    atLeastCharacters: {
      one: "cel puțin {count} caracter",
      few: "cel puțin {count} caractere",
      other: "cel puțin {count} de caractere",
    },
    atMostCharacters: {
      one: "cel mult {count} caracter",
      few: "cel mult {count} caractere",
      other: "cel mult {count} de caractere",
    },
    exactlyCharacters: {
      one: "exact {count} caracter",
      few: "exact {count} caractere",
      other: "exact {count} de caractere",
    },
    atLeastItems: {
      one: "cel puțin {count} element",
      few: "cel puțin {count} elemente",
      other: "cel puțin {count} de elemente",
    },
    atMostItems: {
      one: "cel mult {count} element",
      few: "cel mult {count} elemente",
      other: "cel mult {count} de elemente",
    },
    exactlyItems: {
      one: "exact {count} element",
      few: "exact {count} elemente",
      other: "exact {count} de elemente",
    },
    stringMatching: "un șir care corespunde expresiei {pattern}",
    stringStartingWith: "un șir care începe cu {prefix}",
    stringEndingWith: "un șir care se termină cu {suffix}",
    stringIncluding: "un șir care conține {part}",
    validFormat: "o valoare validă în formatul {format}",
    multipleOf: "un multiplu de {divisor}",
    typeString: "un șir de caractere",
    typeNumber: "un număr",
    typeInt: "un număr întreg",
    typeBoolean: "o valoare logică",
    typeBigint: "un număr întreg mare",
    typeArray: "un tablou",
    typeObject: "un obiect",
    typeRecord: "un obiect",
    typeTuple: "un tuplu",
    typeDate: "o dată",
    typeNever: "nicio valoare",
    typeNonoptional: "o valoare obligatorie",
    typeFunction: "o funcție",
    typeFile: "un fișier",
    caseId:
      "un identificator pseudonim al cazului: de la 1 la 64 de litere, cifre sau . _ : / - și fără nume, număr de pașaport sau de telefon",
    country3: "un cod de țară ISO 3166-1 alpha-3, de exemplu BLR sau MDA, ori unknown",
    knownCountry3: "un cod de țară ISO 3166-1 alpha-3, de exemplu BLR sau MDA",
    partialDate: "un an, o lună sau o zi reală, scrise AAAA, AAAA-LL sau AAAA-LL-ZZ",
    declaredField: "un câmp declarat cu defineCaseFields",
    extraObject: "un obiect cu valorile câmpurilor definite de utilizator",
    noDuplicates: "o valoare care nu a mai fost menționată în acest câmp",
    fieldRecorded:
      "un câmp pe care înregistrarea îl conține ca listă (un câmp absent nu este înregistrat în întregime)",
    oneStatus: "o valoare fie menționată (prezentă), fie neînregistrată, nu ambele",
    plainData: "date simple: proprietăți proprii enumerabile ale obiectelor și tablourilor simple",
  },
  import: {
    json: "un JSON valid",
    jsonAt: "un JSON valid (eroarea este la caracterul {position})",
    jsonArray: "un singur tablou JSON de înregistrări de cazuri",
    nothingAfterArray: "nimic după ] de închidere a tabloului JSON",
    csv: "o înregistrare CSV conformă cu RFC 4180",
    csvClosingQuote: "o înregistrare CSV conformă cu RFC 4180 (ghilimelele de închidere ale câmpului {field})",
    csvAfterQuote:
      "o înregistrare CSV conformă cu RFC 4180 (o virgulă sau sfârșitul rândului după ghilimelele de închidere ale câmpului {field})",
    csvQuotesDoubled:
      "o înregistrare CSV conformă cu RFC 4180 (câmpul {field} între ghilimele, cu ghilimelele din interior dublate)",
    columns: {
      one: "{count} câmp, câte are antetul",
      few: "{count} câmpuri, câte are antetul",
      other: "{count} de câmpuri, câte are antetul",
    },
    rowLength: {
      one: "un rând de cel mult {count} octet în UTF-8",
      few: "un rând de cel mult {count} octeți în UTF-8",
      other: "un rând de cel mult {count} de octeți în UTF-8",
    },
    issueCount: {
      one: "cel mult {count} problemă pe rând (celelalte nu sunt enumerate)",
      few: "cel mult {count} probleme pe rând (celelalte nu sunt enumerate)",
      other: "cel mult {count} de probleme pe rând (celelalte nu sunt enumerate)",
    },
    documentIssueCount: {
      one: "cel mult {count} problemă pe document (celelalte nu sunt enumerate)",
      few: "cel mult {count} probleme pe document (celelalte nu sunt enumerate)",
      other: "cel mult {count} de probleme pe document (celelalte nu sunt enumerate)",
    },
    nestingDepth: {
      one: "cel mult {count} nivel de obiecte și liste imbricate",
      few: "cel mult {count} niveluri de obiecte și liste imbricate",
      other: "cel mult {count} de niveluri de obiecte și liste imbricate",
    },
    uniqueColumn: "un nume de coloană folosit o singură dată în antet",
    declaredColumn: "o coloană extra.<nume> al cărei câmp este declarat în opțiunea fields",
    notRecordedColumn:
      "o coloană notRecorded.<câmp> pentru un câmp cu mai multe valori: exploitation, labourSectors, sexualExploitationForms, meansOfControl, recruiterRelations sau assistance",
  },
  integrity: {
    idNotUsedBefore: "un identificator nefolosit anterior în {collection}",
    existingRegion: "identificatorul unei regiuni existente",
    existingOrganization: "identificatorul unei organizații existente",
    existingPerson: "identificatorul unei persoane existente",
    existingTaskForce: "identificatorul unui grup de lucru existent",
    existingMou: "identificatorul unui memorandum existent",
    existingMouAmendment: "identificatorul unei modificări existente a memorandumului",
    existingMeeting: "identificatorul unei ședințe existente",
    existingDecision: "identificatorul unei decizii existente",
    personNotOrganization: "identificatorul unei persoane, nu al unei organizații",
    partyOfOn: "o parte a memorandumului {mouId} la data de {date}",
    partyOfMissingMou: "o parte a unui memorandum al grupului {taskForceId}, care nu are niciunul",
    ordinalNotUsedBefore: "un număr de ordine nefolosit anterior în {meetingId}",
    ordinalUpTo: "un număr de ordine de la 1 la {count} (numărul deciziilor ședinței {meetingId})",
    dateOnOrAfter: "o dată nu mai devreme de {date} ({reason})",
    dateOnOrBefore: "o dată nu mai târziu de {date} ({reason})",
    previousAmendment: "modificarea anterioară {amendmentId} a memorandumului {mouId}",
    effectiveDateOf: "data intrării în vigoare a memorandumului {mouId}",
    establishedDay: "ziua înființării grupului {taskForceId}",
    dissolvedDay: "ziua dizolvării grupului {taskForceId}",
    previousStatusChange: "schimbarea anterioară a statutului",
    meetingDay: "ziua ședinței {meetingId}",
    regionCodeStartingWith: "un cod de regiune care începe cu {country}-",
    regionCodeOf: "un cod de regiune al țării {country}: {codes}",
    chainNotReturningTo: "un lanț de organizații-părinte care nu revine la {organizationId}",
    recordedFlag: {
      one: "true sau nimic (setul de date conține {count} decizie a ședinței {meetingId})",
      few: "true sau nimic (setul de date conține {count} decizii ale ședinței {meetingId})",
      other: "true sau nimic (setul de date conține {count} de decizii ale ședinței {meetingId})",
    },
    schemaValid: "un set de date care trece de datasetSchema (vezi validateDataset)",
    applicableOperation: "o operație aplicabilă memorandumului, așa cum a fost modificat până acum",
    afterDecisionEffects:
      "{expected}, după aplicarea efectelor deciziilor anterioare asupra memorandumului (includeDecisionEffects)",
    existingClause: "un punct existent",
    newClauseNumber: "un număr nou de punct",
    existingClauseToAddAfter: "un punct existent după care să se adauge cel nou",
    organisationNotParty: "o organizație care nu este încă parte a memorandumului",
    partyOn: "o parte a memorandumului la data de {date}",
    attendeeNotListedBefore:
      "o organizație care nu a fost menționată anterior printre participanții ședinței {meetingId}",
    chairNotListedBefore: "o persoană care nu a fost menționată anterior printre președinții ședinței {meetingId}",
    panelMemberNotListedBefore:
      "o persoană care nu a fost menționată anterior printre ceilalți membri ai prezidiului ședinței {meetingId}",
    notAChairOf: "o persoană care nu prezidează ședința {meetingId} (prezidiul îi enumeră pe ceilalți membri)",
    hostServing:
      "o gazdă din regiunea {regionId}, în care activează grupul {taskForceId} (aceasta activează în regiunea {hostRegionId}; corect dacă grupul s-a reunit în afara regiunii sale)",
  },
  received: {
    missing: "lipsă",
    endOfText: "sfârșitul textului",
    notPlainObject: "un obiect cu alt prototip decât Object sau Array",
    accessor: "o metodă de acces get sau set",
    symbolKey: "o cheie de tip simbol",
    hiddenProperty: "o proprietate neenumerabilă",
    throws: "un obiect care aruncă o excepție la citire",
    bytes: { one: "{count} octet", few: "{count} octeți", other: "{count} de octeți" },
  },
  ctdc: {
    flag: "1, 0 sau o celulă goală (neînregistrat)",
    year: "un an de înregistrare scris AAAA",
    age: "o grupă de vârstă CTDC, de exemplu 18--20 sau 48+, ori o celulă goală",
    gender: "Female, Male, Transgender/NonConforming sau o celulă goală",
    source: "Case Management, Hotline sau o celulă goală",
    majority: "Minor, Adult, Unknown sau o celulă goală",
    country: "un cod de țară ISO 3166-1 alpha-2, de exemplu BY sau MD, ori o celulă goală",
    labels: "etichete ale acestui grup, unite cu ;",
    yearColumn: "o coloană yearOfRegistration în antet",
    boolean: "1, 0, true, false sau o celulă goală",
  },
  htcds: {
    age: "un număr întreg de ani",
    country: "un cod de țară ISO 3166-1 (alpha-2 sau alpha-3)",
    caseId: "un identificator pseudonim al cazului",
  },
};

/**
 * Romanian validation messages, with diacritics ș, ț (comma below), ă, î, â.
 *
 * @remarks
 * Pass it as the `locale` option, or call {@link @nrmkit/core!registerLocale | registerLocale}`(ro)`
 * once so that `locale: "ro"` (and `"ro-MD"`) finds it.
 *
 * @example
 * ```ts
 * import { localizeIssue } from "@nrmkit/validation";
 * import { ro } from "@nrmkit/validation/locales";
 *
 * localizeIssue({ code: "too_small", path: ["name"], expected: "at least 20 characters", message: "" }, ro).message;
 * // => "name: se aștepta: cel puțin 20 de caractere"
 * ```
 *
 * @category Locales
 * @since 0.1.0
 */
export const ro: ValidationLocale = { code: "ro", name: "Română", validation: RO_VALIDATION };
