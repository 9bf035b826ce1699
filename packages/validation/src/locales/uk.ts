import type { ValidationLocale, ValidationMessages } from "../validationMessages.js";

const UK_VALIDATION: ValidationMessages = {
  frame: {
    expected: "{path}: очікувалося: {expected}",
    expectedReceived: "{path}: очікувалося: {expected}; отримано: {received}",
    expectedSuggestion: "{path}: очікувалося: {expected}; можливо, мали на увазі {suggestion}",
    expectedReceivedSuggestion:
      "{path}: очікувалося: {expected}; отримано: {received}; можливо, мали на увазі {suggestion}",
    root: "(корінь)",
  },
  phrases: {
    allowedKey: "ключ, відмінний від __proto__, constructor і prototype",
    knownKey: "відомий ключ",
    isoDate: "справжня дата у форматі РРРР-ММ-ДД",
    languageTag: "мовний тег, наприклад en, ro або be-Latn",
    country: "код країни ISO 3166-1 alpha-2, наприклад BY або MD",
    regionCode: "код регіону ISO 3166-2, наприклад BY-HO або MD-BA",
    id: "ідентифікатор від 1 до 200 символів без пробілів",
    httpUrl: "адреса URL http або https",
    noThrow: "схема, яка повідомляє про проблеми, а не викидає виняток",
    oneMatch: "значення, що відповідає рівно одному варіанту",
    oneOf: "одне з {values}",
    atLeastCharacters: {
      one: "щонайменше {count} символ",
      few: "щонайменше {count} символи",
      many: "щонайменше {count} символів",
      other: "щонайменше {count} символу",
    },
    atMostCharacters: {
      one: "щонайбільше {count} символ",
      few: "щонайбільше {count} символи",
      many: "щонайбільше {count} символів",
      other: "щонайбільше {count} символу",
    },
    exactlyCharacters: {
      one: "рівно {count} символ",
      few: "рівно {count} символи",
      many: "рівно {count} символів",
      other: "рівно {count} символу",
    },
    atLeastItems: {
      one: "щонайменше {count} елемент",
      few: "щонайменше {count} елементи",
      many: "щонайменше {count} елементів",
      other: "щонайменше {count} елемента",
    },
    atMostItems: {
      one: "щонайбільше {count} елемент",
      few: "щонайбільше {count} елементи",
      many: "щонайбільше {count} елементів",
      other: "щонайбільше {count} елемента",
    },
    exactlyItems: {
      one: "рівно {count} елемент",
      few: "рівно {count} елементи",
      many: "рівно {count} елементів",
      other: "рівно {count} елемента",
    },
    stringMatching: "рядок, що відповідає {pattern}",
    stringStartingWith: "рядок, що починається з {prefix}",
    stringEndingWith: "рядок, що закінчується на {suffix}",
    stringIncluding: "рядок, що містить {part}",
    validFormat: "коректне значення формату {format}",
    multipleOf: "число, кратне {divisor}",
    typeString: "рядок",
    typeNumber: "число",
    typeInt: "ціле число",
    typeBoolean: "логічне значення",
    typeBigint: "велике ціле число",
    typeArray: "масив",
    typeObject: "обʼєкт",
    typeRecord: "обʼєкт",
    typeTuple: "кортеж",
    typeDate: "дата",
    typeNever: "відсутність значення",
    typeNonoptional: "обовʼязкове значення",
    typeFunction: "функція",
    typeFile: "файл",
    caseId:
      "псевдонімний ідентифікатор випадку: від 1 до 64 літер, цифр або . _ : / - без імені, номера паспорта чи телефону",
    country3: "код країни ISO 3166-1 alpha-3, наприклад BLR або MDA, або unknown",
    knownCountry3: "код країни ISO 3166-1 alpha-3, наприклад BLR або MDA",
    partialDate: "рік, місяць або справжній день у форматі РРРР, РРРР-ММ або РРРР-ММ-ДД",
    declaredField: "поле, оголошене через defineCaseFields",
    extraObject: "обʼєкт зі значеннями користувацьких полів",
    noDuplicates: "значення, ще не вказане в цьому полі",
    fieldRecorded: "поле, яке в записі задано списком (відсутнє поле не записане в цілому)",
    oneStatus: "значення, яке або вказане (є), або не записане, але не те й інше водночас",
    plainData: "прості дані: власні перелічувані властивості простих обʼєктів і масивів",
  },
  import: {
    json: "коректний JSON",
    jsonAt: "коректний JSON (помилка в символі {position})",
    jsonArray: "один масив JSON із записами про випадки",
    nothingAfterArray: "нічого після закривальної ] масиву JSON",
    csv: "запис CSV згідно з RFC 4180",
    csvClosingQuote: "запис CSV згідно з RFC 4180 (закривальні лапки поля {field})",
    csvAfterQuote: "запис CSV згідно з RFC 4180 (кома або кінець рядка після закривальних лапок поля {field})",
    csvQuotesDoubled: "запис CSV згідно з RFC 4180 (поле {field} у лапках, лапки всередині подвоєні)",
    columns: {
      one: "{count} поле, стільки ж, скільки в заголовку",
      few: "{count} поля, стільки ж, скільки в заголовку",
      many: "{count} полів, стільки ж, скільки в заголовку",
      other: "{count} поля, стільки ж, скільки в заголовку",
    },
    rowLength: {
      one: "рядок завдовжки не більше ніж {count} байт у UTF-8",
      few: "рядок завдовжки не більше ніж {count} байти в UTF-8",
      many: "рядок завдовжки не більше ніж {count} байтів у UTF-8",
      other: "рядок завдовжки не більше ніж {count} байта в UTF-8",
    },
    issueCount: {
      one: "не більше ніж {count} проблема на рядок (решту не перелічено)",
      few: "не більше ніж {count} проблеми на рядок (решту не перелічено)",
      many: "не більше ніж {count} проблем на рядок (решту не перелічено)",
      other: "не більше ніж {count} проблеми на рядок (решту не перелічено)",
    },
    documentIssueCount: {
      one: "не більше ніж {count} проблема на документ (решту не перелічено)",
      few: "не більше ніж {count} проблеми на документ (решту не перелічено)",
      many: "не більше ніж {count} проблем на документ (решту не перелічено)",
      other: "не більше ніж {count} проблеми на документ (решту не перелічено)",
    },
    nestingDepth: {
      one: "не більше ніж {count} рівень вкладених об'єктів і масивів",
      few: "не більше ніж {count} рівні вкладених об'єктів і масивів",
      many: "не більше ніж {count} рівнів вкладених об'єктів і масивів",
      other: "не більше ніж {count} рівня вкладених об'єктів і масивів",
    },
    uniqueColumn: "назва стовпця, яка трапляється в заголовку один раз",
    declaredColumn: "стовпець extra.<назва> для поля, оголошеного в параметрі fields",
    notRecordedColumn:
      "стовпець notRecorded.<поле> для поля з кількома значеннями: exploitation, labourSectors, sexualExploitationForms, meansOfControl, recruiterRelations або assistance",
  },
  integrity: {
    idNotUsedBefore: "ідентифікатор, ще не використаний у {collection}",
    existingRegion: "ідентифікатор наявного регіону",
    existingOrganization: "ідентифікатор наявної організації",
    existingPerson: "ідентифікатор наявної особи",
    existingTaskForce: "ідентифікатор наявної робочої групи",
    existingMou: "ідентифікатор наявного меморандуму",
    existingMouAmendment: "ідентифікатор наявної зміни меморандуму",
    existingMeeting: "ідентифікатор наявного засідання",
    existingDecision: "ідентифікатор наявного рішення",
    personNotOrganization: "ідентифікатор особи, а не організації",
    partyOfOn: "сторона меморандуму {mouId} на {date}",
    partyOfMissingMou: "сторона меморандуму робочої групи {taskForceId}, яка меморандуму не має",
    ordinalNotUsedBefore: "номер, ще не використаний у {meetingId}",
    ordinalUpTo: "номер від 1 до {count} (кількість рішень {meetingId})",
    dateOnOrAfter: "дата не раніше ніж {date} ({reason})",
    dateOnOrBefore: "дата не пізніше ніж {date} ({reason})",
    previousAmendment: "попередня зміна {amendmentId} меморандуму {mouId}",
    effectiveDateOf: "дата набрання чинності {mouId}",
    establishedDay: "день утворення {taskForceId}",
    dissolvedDay: "день розпуску {taskForceId}",
    previousStatusChange: "попередня зміна статусу",
    meetingDay: "день засідання {meetingId}",
    regionCodeStartingWith: "код регіону, що починається з {country}-",
    regionCodeOf: "код регіону країни {country}: {codes}",
    chainNotReturningTo: "ланцюжок батьківських організацій, що не повертається до {organizationId}",
    recordedFlag: {
      one: "true або нічого (у наборі даних є {count} рішення засідання {meetingId})",
      few: "true або нічого (у наборі даних є {count} рішення засідання {meetingId})",
      many: "true або нічого (у наборі даних є {count} рішень засідання {meetingId})",
      other: "true або нічого (у наборі даних є {count} рішення засідання {meetingId})",
    },
    schemaValid: "набір даних, що проходить перевірку datasetSchema (див. validateDataset)",
    applicableOperation: "операція, яку можна застосувати до меморандуму з урахуванням попередніх змін",
    afterDecisionEffects: "{expected} з урахуванням змін меморандуму за попередніми рішеннями (includeDecisionEffects)",
    existingClause: "наявний пункт",
    newClauseNumber: "новий номер пункту",
    existingClauseToAddAfter: "наявний пункт, після якого додати новий",
    organisationNotParty: "організація, яка ще не є стороною меморандуму",
    partyOn: "сторона меморандуму на {date}",
    attendeeNotListedBefore: "організація, ще не зазначена серед учасників засідання {meetingId}",
    chairNotListedBefore: "особа, ще не зазначена серед голів засідання {meetingId}",
    panelMemberNotListedBefore: "особа, ще не зазначена серед інших членів президії засідання {meetingId}",
    notAChairOf: "особа, яка не головує на засіданні {meetingId} (у президії зазначають інших її членів)",
    hostServing:
      "приймаюча організація регіону {regionId}, у якому працює {taskForceId} (ця працює в регіоні {hostRegionId}; правильно, якщо робоча група засідала поза своїм регіоном)",
  },
  received: {
    missing: "відсутнє",
    endOfText: "кінець тексту",
    notPlainObject: "обʼєкт із прототипом, відмінним від Object і Array",
    accessor: "гетер або сетер",
    symbolKey: "ключ-символ",
    hiddenProperty: "неперелічувана властивість",
    throws: "обʼєкт, який викидає виняток під час читання",
    bytes: { one: "{count} байт", few: "{count} байти", many: "{count} байтів", other: "{count} байта" },
  },
  ctdc: {
    flag: "1, 0 або порожня клітинка (не записано)",
    year: "рік реєстрації у форматі РРРР",
    age: "вікова група CTDC, наприклад 18--20 або 48+, або порожня клітинка",
    gender: "Female, Male, Transgender/NonConforming або порожня клітинка",
    source: "Case Management, Hotline або порожня клітинка",
    majority: "Minor, Adult, Unknown або порожня клітинка",
    country: "код країни ISO 3166-1 alpha-2, наприклад BY або MD, або порожня клітинка",
    labels: "мітки цієї групи через ;",
    yearColumn: "стовпець yearOfRegistration у заголовку",
    boolean: "1, 0, true, false або порожня клітинка",
  },
  htcds: {
    age: "ціла кількість років",
    country: "код країни ISO 3166-1 (alpha-2 або alpha-3)",
    caseId: "псевдонімний ідентифікатор випадку",
  },
};

/**
 * Ukrainian validation messages.
 *
 * @remarks
 * Pass it as the `locale` option, or call {@link @nrmkit/core!registerLocale | registerLocale}`(uk)`
 * once so that `locale: "uk"` finds it.
 *
 * @example
 * ```ts
 * import { localizeIssue } from "@nrmkit/validation";
 * import { uk } from "@nrmkit/validation/locales";
 *
 * localizeIssue({ code: "invalid_type", path: [], expected: "string", message: "" }, uk).message;
 * // => "(корінь): очікувалося: рядок"
 * ```
 *
 * @category Locales
 * @since 0.1.0
 */
export const uk: ValidationLocale = { code: "uk", name: "Українська", validation: UK_VALIDATION };
