import type { ValidationLocale, ValidationMessages } from "../validationMessages.js";
import type { CoreValidationMessages } from "./en.js";

/** Russian messages of the sections every entry point writes. */
const RU_VALIDATION: CoreValidationMessages = {
  frame: {
    expected: "{path}: ожидалось: {expected}",
    expectedReceived: "{path}: ожидалось: {expected}; получено: {received}",
    expectedSuggestion: "{path}: ожидалось: {expected}; возможно, имелось в виду {suggestion}",
    expectedReceivedSuggestion:
      "{path}: ожидалось: {expected}; получено: {received}; возможно, имелось в виду {suggestion}",
    root: "(корень)",
  },
  phrases: {
    allowedKey: "ключ, отличный от __proto__, constructor и prototype",
    knownKey: "известный ключ",
    isoDate: "реальная дата в формате ГГГГ-ММ-ДД",
    languageTag: "языковой тег, например en, ro или be-Latn",
    country: "код страны ISO 3166-1 alpha-2, например BY или MD",
    regionCode: "код региона ISO 3166-2, например BY-HO или MD-BA",
    id: "идентификатор от 1 до 200 символов без пробелов",
    httpUrl: "адрес URL http или https",
    noThrow: "схема, которая сообщает о проблемах, а не бросает исключение",
    oneMatch: "значение, подходящее ровно под один вариант",
    oneOf: "одно из {values}",
    atLeastCharacters: {
      one: "не менее {count} символа",
      few: "не менее {count} символов",
      many: "не менее {count} символов",
      other: "не менее {count} символа",
    },
    atMostCharacters: {
      one: "не более {count} символа",
      few: "не более {count} символов",
      many: "не более {count} символов",
      other: "не более {count} символа",
    },
    exactlyCharacters: {
      one: "ровно {count} символ",
      few: "ровно {count} символа",
      many: "ровно {count} символов",
      other: "ровно {count} символа",
    },
    atLeastItems: {
      one: "не менее {count} элемента",
      few: "не менее {count} элементов",
      many: "не менее {count} элементов",
      other: "не менее {count} элемента",
    },
    atMostItems: {
      one: "не более {count} элемента",
      few: "не более {count} элементов",
      many: "не более {count} элементов",
      other: "не более {count} элемента",
    },
    exactlyItems: {
      one: "ровно {count} элемент",
      few: "ровно {count} элемента",
      many: "ровно {count} элементов",
      other: "ровно {count} элемента",
    },
    stringMatching: "строка, соответствующая {pattern}",
    stringStartingWith: "строка, начинающаяся с {prefix}",
    stringEndingWith: "строка, оканчивающаяся на {suffix}",
    stringIncluding: "строка, содержащая {part}",
    validFormat: "корректное значение формата {format}",
    multipleOf: "число, кратное {divisor}",
    typeString: "строка",
    typeNumber: "число",
    typeInt: "целое число",
    typeBoolean: "логическое значение",
    typeBigint: "большое целое число",
    typeArray: "массив",
    typeObject: "объект",
    typeRecord: "объект",
    typeTuple: "кортеж",
    typeDate: "дата",
    typeNever: "отсутствие значения",
    typeNonoptional: "обязательное значение",
    typeFunction: "функция",
    typeFile: "файл",
    caseId:
      "псевдонимный идентификатор случая: от 1 до 64 букв, цифр или . _ : / - без имени, номера паспорта или телефона",
    country3: "код страны ISO 3166-1 alpha-3, например BLR или MDA, или unknown",
    knownCountry3: "код страны ISO 3166-1 alpha-3, например BLR или MDA",
    partialDate: "год, месяц или реальный день в формате ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД",
    declaredField: "поле, объявленное через defineCaseFields",
    extraObject: "объект со значениями пользовательских полей",
    noDuplicates: "значение, ещё не указанное в этом поле",
    fieldRecorded: "поле, которое в записи задано списком (отсутствующее поле не записано целиком)",
    oneStatus: "значение, которое либо указано (есть), либо не записано, но не то и другое",
    plainData: "простые данные: собственные перечислимые свойства простых объектов и массивов",
  },
  received: {
    missing: "отсутствует",
    endOfText: "конец текста",
    notPlainObject: "объект с прототипом, отличным от Object и Array",
    accessor: "геттер или сеттер",
    symbolKey: "ключ-символ",
    hiddenProperty: "неперечислимое свойство",
    throws: "объект, который бросает исключение при чтении",
    bytes: { one: "{count} байт", few: "{count} байта", many: "{count} байт", other: "{count} байта" },
  },
};

/** Russian phrases of the bulk import (JSON, NDJSON, CSV). */
const RU_IMPORT: ValidationMessages["import"] = {
  json: "корректный JSON",
  jsonAt: "корректный JSON (ошибка в символе {position})",
  jsonArray: "один массив JSON с записями о случаях",
  nothingAfterArray: "ничего после закрывающей ] массива JSON",
  csv: "запись CSV по RFC 4180",
  csvClosingQuote: "запись CSV по RFC 4180 (закрывающая кавычка поля {field})",
  csvAfterQuote: "запись CSV по RFC 4180 (запятая или конец строки после закрывающей кавычки поля {field})",
  csvQuotesDoubled: "запись CSV по RFC 4180 (поле {field} в кавычках, кавычки внутри удвоены)",
  columns: {
    one: "{count} поле, столько же, сколько в заголовке",
    few: "{count} поля, столько же, сколько в заголовке",
    many: "{count} полей, столько же, сколько в заголовке",
    other: "{count} поля, столько же, сколько в заголовке",
  },
  rowLength: {
    one: "строка не длиннее {count} байта в UTF-8",
    few: "строка не длиннее {count} байт в UTF-8",
    many: "строка не длиннее {count} байт в UTF-8",
    other: "строка не длиннее {count} байта в UTF-8",
  },
  issueCount: {
    one: "не более {count} проблемы на строку (остальные не перечислены)",
    few: "не более {count} проблем на строку (остальные не перечислены)",
    many: "не более {count} проблем на строку (остальные не перечислены)",
    other: "не более {count} проблемы на строку (остальные не перечислены)",
  },
  documentIssueCount: {
    one: "не более {count} проблемы на документ (остальные не перечислены)",
    few: "не более {count} проблем на документ (остальные не перечислены)",
    many: "не более {count} проблем на документ (остальные не перечислены)",
    other: "не более {count} проблемы на документ (остальные не перечислены)",
  },
  nestingDepth: {
    one: "не более {count} уровня вложенных объектов и массивов",
    few: "не более {count} уровней вложенных объектов и массивов",
    many: "не более {count} уровней вложенных объектов и массивов",
    other: "не более {count} уровня вложенных объектов и массивов",
  },
  uniqueColumn: "имя столбца, которое встречается в заголовке один раз",
  declaredColumn: "столбец extra.<имя> для поля, объявленного в параметре fields",
  notRecordedColumn:
    "столбец notRecorded.<поле> для поля с несколькими значениями: exploitation, labourSectors, sexualExploitationForms, meansOfControl, recruiterRelations или assistance",
};

/** Russian phrases of the dataset integrity rules. */
const RU_INTEGRITY: ValidationMessages["integrity"] = {
  idNotUsedBefore: "id, ещё не использованный в {collection}",
  existingRegion: "id существующего региона",
  existingOrganization: "id существующей организации",
  existingPerson: "id существующего человека",
  existingTaskForce: "id существующей рабочей группы",
  existingMou: "id существующего меморандума",
  existingMouAmendment: "id существующего изменения меморандума",
  existingMeeting: "id существующего заседания",
  existingDecision: "id существующего решения",
  personNotOrganization: "id человека, а не организации",
  partyOfOn: "сторона {mouId} на {date}",
  partyOfMissingMou: "сторона меморандума {taskForceId}, а у неё его нет",
  ordinalNotUsedBefore: "номер, ещё не использованный в {meetingId}",
  ordinalUpTo: "номер от 1 до {count} (число решений {meetingId})",
  dateOnOrAfter: "дата не раньше {date} ({reason})",
  dateOnOrBefore: "дата не позже {date} ({reason})",
  previousAmendment: "предыдущее изменение {amendmentId} меморандума {mouId}",
  effectiveDateOf: "дата вступления в силу {mouId}",
  establishedDay: "день создания {taskForceId}",
  dissolvedDay: "день роспуска {taskForceId}",
  previousStatusChange: "предыдущее изменение статуса",
  meetingDay: "день заседания {meetingId}",
  regionCodeStartingWith: "код региона, начинающийся с {country}-",
  regionCodeOf: "код региона страны {country}: {codes}",
  chainNotReturningTo: "цепочка родителей, не возвращающаяся к {organizationId}",
  recordedFlag: {
    one: "true или ничего (в наборе данных есть {count} решение заседания {meetingId})",
    few: "true или ничего (в наборе данных есть {count} решения заседания {meetingId})",
    many: "true или ничего (в наборе данных есть {count} решений заседания {meetingId})",
    other: "true или ничего (в наборе данных есть {count} решения заседания {meetingId})",
  },
  schemaValid: "набор данных, проходящий datasetSchema (см. validateDataset)",
  applicableOperation: "операция, применимая к меморандуму с учётом предыдущих изменений",
  afterDecisionEffects: "{expected} с учётом изменений меморандума по более ранним решениям (includeDecisionEffects)",
  existingClause: "существующий пункт",
  newClauseNumber: "новый номер пункта",
  existingClauseToAddAfter: "существующий пункт, после которого добавить новый",
  organisationNotParty: "организация, которая ещё не является стороной",
  partyOn: "сторона меморандума на {date}",
  attendeeNotListedBefore: "организация, ещё не указанная среди участников заседания {meetingId}",
  chairNotListedBefore: "человек, ещё не указанный среди председателей заседания {meetingId}",
  panelMemberNotListedBefore: "человек, ещё не указанный среди других членов президиума заседания {meetingId}",
  notAChairOf: "человек, не председательствующий на заседании {meetingId} (в президиуме указывают других его членов)",
  hostServing:
    "принимающая организация региона {regionId}, в котором работает {taskForceId} (эта работает в регионе {hostRegionId}; верно, если рабочая группа заседала за пределами своего региона)",
};

/** Russian phrases of the CTDC import. */
const RU_CTDC: ValidationMessages["ctdc"] = {
  flag: "1, 0 или пустая ячейка (не записано)",
  year: "год регистрации в формате ГГГГ",
  age: "возрастная группа CTDC, например 18--20 или 48+, или пустая ячейка",
  gender: "Female, Male, Transgender/NonConforming или пустая ячейка",
  source: "Case Management, Hotline или пустая ячейка",
  majority: "Minor, Adult, Unknown или пустая ячейка",
  country: "код страны ISO 3166-1 alpha-2, например BY или MD, или пустая ячейка",
  labels: "метки этой группы через ;",
  yearColumn: "столбец yearOfRegistration в заголовке",
  boolean: "1, 0, true, false или пустая ячейка",
};

/** Russian phrases of the HTCDS import. */
const RU_HTCDS: ValidationMessages["htcds"] = {
  age: "целое число лет",
  country: "код страны ISO 3166-1 (alpha-2 или alpha-3)",
  caseId: "псевдонимный идентификатор случая",
};

/**
 * Russian validation messages, every section included.
 *
 * @remarks
 * Pass it as the `locale` option, or call {@link @nrmkit/core!registerLocale | registerLocale}`(ru)`
 * once so that `locale: "ru"` finds it.
 *
 * @example
 * ```ts
 * import { localizeIssue } from "@nrmkit/validation";
 * import { ru } from "@nrmkit/validation/locales";
 *
 * localizeIssue({ code: "invalid_type", path: [], expected: "string", message: "" }, ru).message;
 * // => "(корень): ожидалось: строка"
 * ```
 *
 * @category Locales
 * @since 0.1.0
 */
export const ru: ValidationLocale = {
  code: "ru",
  name: "Русский",
  validation: { ...RU_VALIDATION, import: RU_IMPORT, integrity: RU_INTEGRITY, ctdc: RU_CTDC, htcds: RU_HTCDS },
};
