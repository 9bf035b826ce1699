import type { ValidationLocale, ValidationMessages } from "../validationMessages.js";

const BE_VALIDATION: ValidationMessages = {
  frame: {
    expected: "{path}: чакалася: {expected}",
    expectedReceived: "{path}: чакалася: {expected}; атрымана: {received}",
    expectedSuggestion: "{path}: чакалася: {expected}; магчыма, мелася на ўвазе {suggestion}",
    expectedReceivedSuggestion:
      "{path}: чакалася: {expected}; атрымана: {received}; магчыма, мелася на ўвазе {suggestion}",
    root: "(корань)",
  },
  phrases: {
    allowedKey: "ключ, адрозны ад __proto__, constructor і prototype",
    knownKey: "вядомы ключ",
    isoDate: "сапраўдная дата ў фармаце ГГГГ-ММ-ДД",
    languageTag: "моўны тэг, напрыклад en, ro або be-Latn",
    country: "код краіны ISO 3166-1 alpha-2, напрыклад BY або MD",
    regionCode: "код рэгіёна ISO 3166-2, напрыклад BY-HO або MD-BA",
    id: "ідэнтыфікатар ад 1 да 200 сімвалаў без прабелаў",
    httpUrl: "адрас URL http або https",
    noThrow: "схема, якая паведамляе пра праблемы, а не выкідае выключэнне",
    oneMatch: "значэнне, якое адпавядае роўна аднаму варыянту",
    oneOf: "адно з {values}",
    atLeastCharacters: {
      one: "не менш за {count} сімвал",
      few: "не менш за {count} сімвалы",
      many: "не менш за {count} сімвалаў",
      other: "не менш за {count} сімвала",
    },
    atMostCharacters: {
      one: "не больш за {count} сімвал",
      few: "не больш за {count} сімвалы",
      many: "не больш за {count} сімвалаў",
      other: "не больш за {count} сімвала",
    },
    exactlyCharacters: {
      one: "роўна {count} сімвал",
      few: "роўна {count} сімвалы",
      many: "роўна {count} сімвалаў",
      other: "роўна {count} сімвала",
    },
    atLeastItems: {
      one: "не менш за {count} элемент",
      few: "не менш за {count} элементы",
      many: "не менш за {count} элементаў",
      other: "не менш за {count} элемента",
    },
    atMostItems: {
      one: "не больш за {count} элемент",
      few: "не больш за {count} элементы",
      many: "не больш за {count} элементаў",
      other: "не больш за {count} элемента",
    },
    exactlyItems: {
      one: "роўна {count} элемент",
      few: "роўна {count} элементы",
      many: "роўна {count} элементаў",
      other: "роўна {count} элемента",
    },
    stringMatching: "радок, які адпавядае {pattern}",
    stringStartingWith: "радок, які пачынаецца з {prefix}",
    stringEndingWith: "радок, які заканчваецца на {suffix}",
    stringIncluding: "радок, які змяшчае {part}",
    validFormat: "карэктнае значэнне фармату {format}",
    multipleOf: "лік, кратны {divisor}",
    typeString: "радок",
    typeNumber: "лік",
    typeInt: "цэлы лік",
    typeBoolean: "лагічнае значэнне",
    typeBigint: "вялікі цэлы лік",
    typeArray: "масіў",
    typeObject: "абʼект",
    typeRecord: "абʼект",
    typeTuple: "картэж",
    typeDate: "дата",
    typeNever: "адсутнасць значэння",
    typeNonoptional: "абавязковае значэнне",
    typeFunction: "функцыя",
    typeFile: "файл",
    caseId:
      "псеўданімны ідэнтыфікатар выпадку: ад 1 да 64 літар, лічбаў або . _ : / - без імя, нумара пашпарта ці тэлефона",
    country3: "код краіны ISO 3166-1 alpha-3, напрыклад BLR або MDA, або unknown",
    knownCountry3: "код краіны ISO 3166-1 alpha-3, напрыклад BLR або MDA",
    partialDate: "год, месяц або сапраўдны дзень у фармаце ГГГГ, ГГГГ-ММ або ГГГГ-ММ-ДД",
    declaredField: "поле, абвешчанае праз defineCaseFields",
    extraObject: "абʼект са значэннямі карыстальніцкіх палёў",
    noDuplicates: "значэнне, якое яшчэ не ўказана ў гэтым полі",
    fieldRecorded: "поле, якое ў запісе зададзена спісам (адсутнае поле не запісана цалкам)",
    oneStatus: "значэнне, якое або ўказана (ёсць), або не запісана, але не тое і другое адначасова",
    plainData: "простыя даныя: уласныя пералічальныя ўласцівасці простых абʼектаў і масіваў",
  },
  import: {
    json: "карэктны JSON",
    jsonAt: "карэктны JSON (памылка ў сімвале {position})",
    jsonArray: "адзін масіў JSON з запісамі пра выпадкі",
    nothingAfterArray: "нічога пасля закрывальнай ] масіва JSON",
    csv: "запіс CSV паводле RFC 4180",
    csvClosingQuote: "запіс CSV паводле RFC 4180 (закрывальнае двукоссе поля {field})",
    csvAfterQuote: "запіс CSV паводле RFC 4180 (коска або канец радка пасля закрывальнага двукосся поля {field})",
    csvQuotesDoubled: "запіс CSV паводле RFC 4180 (поле {field} у двукоссі, двукоссі ўнутры падвоеныя)",
    columns: {
      one: "{count} поле, столькі ж, колькі ў загалоўку",
      few: "{count} палі, столькі ж, колькі ў загалоўку",
      many: "{count} палёў, столькі ж, колькі ў загалоўку",
      other: "{count} поля, столькі ж, колькі ў загалоўку",
    },
    rowLength: {
      one: "радок даўжынёй не больш за {count} байт у UTF-8",
      few: "радок даўжынёй не больш за {count} байты ў UTF-8",
      many: "радок даўжынёй не больш за {count} байтаў у UTF-8",
      other: "радок даўжынёй не больш за {count} байта ў UTF-8",
    },
    issueCount: {
      one: "не больш за {count} праблему на радок (астатнія не пералічаны)",
      few: "не больш за {count} праблемы на радок (астатнія не пералічаны)",
      many: "не больш за {count} праблем на радок (астатнія не пералічаны)",
      other: "не больш за {count} праблемы на радок (астатнія не пералічаны)",
    },
    documentIssueCount: {
      one: "не больш за {count} праблему на дакумент (астатнія не пералічаны)",
      few: "не больш за {count} праблемы на дакумент (астатнія не пералічаны)",
      many: "не больш за {count} праблем на дакумент (астатнія не пералічаны)",
      other: "не больш за {count} праблемы на дакумент (астатнія не пералічаны)",
    },
    nestingDepth: {
      one: "не больш за {count} узровень укладзеных аб'ектаў і масіваў",
      few: "не больш за {count} узроўні ўкладзеных аб'ектаў і масіваў",
      many: "не больш за {count} узроўняў укладзеных аб'ектаў і масіваў",
      other: "не больш за {count} узроўня ўкладзеных аб'ектаў і масіваў",
    },
    uniqueColumn: "назва слупка, якая сустракаецца ў загалоўку адзін раз",
    declaredColumn: "слупок extra.<імя> для поля, абвешчанага ў параметры fields",
    notRecordedColumn:
      "слупок notRecorded.<поле> для поля з некалькімі значэннямі: exploitation, labourSectors, sexualExploitationForms, meansOfControl, recruiterRelations або assistance",
  },
  integrity: {
    idNotUsedBefore: "ідэнтыфікатар, яшчэ не выкарыстаны ў {collection}",
    existingRegion: "ідэнтыфікатар існуючага рэгіёна",
    existingOrganization: "ідэнтыфікатар існуючай арганізацыі",
    existingPerson: "ідэнтыфікатар існуючай асобы",
    existingTaskForce: "ідэнтыфікатар існуючай рабочай групы",
    existingMou: "ідэнтыфікатар існуючага мемарандума",
    existingMouAmendment: "ідэнтыфікатар існуючай змены мемарандума",
    existingMeeting: "ідэнтыфікатар існуючага пасяджэння",
    existingDecision: "ідэнтыфікатар існуючага рашэння",
    personNotOrganization: "ідэнтыфікатар асобы, а не арганізацыі",
    partyOfOn: "бок мемарандума {mouId} на {date}",
    partyOfMissingMou: "бок мемарандума рабочай групы {taskForceId}, у якой мемарандума няма",
    ordinalNotUsedBefore: "нумар, яшчэ не выкарыстаны ў {meetingId}",
    ordinalUpTo: "нумар ад 1 да {count} (колькасць рашэнняў {meetingId})",
    dateOnOrAfter: "дата не раней за {date} ({reason})",
    dateOnOrBefore: "дата не пазней за {date} ({reason})",
    previousAmendment: "папярэдняя змена {amendmentId} мемарандума {mouId}",
    effectiveDateOf: "дата ўступлення ў сілу {mouId}",
    establishedDay: "дзень стварэння {taskForceId}",
    dissolvedDay: "дзень роспуску {taskForceId}",
    previousStatusChange: "папярэдняя змена статусу",
    meetingDay: "дзень пасяджэння {meetingId}",
    regionCodeStartingWith: "код рэгіёна, які пачынаецца з {country}-",
    regionCodeOf: "код рэгіёна краіны {country}: {codes}",
    chainNotReturningTo: "ланцужок бацькоўскіх арганізацый, які не вяртаецца да {organizationId}",
    recordedFlag: {
      one: "true або нічога (у наборы даных ёсць {count} рашэнне пасяджэння {meetingId})",
      few: "true або нічога (у наборы даных ёсць {count} рашэнні пасяджэння {meetingId})",
      many: "true або нічога (у наборы даных ёсць {count} рашэнняў пасяджэння {meetingId})",
      other: "true або нічога (у наборы даных ёсць {count} рашэння пасяджэння {meetingId})",
    },
    schemaValid: "набор даных, які праходзіць праверку datasetSchema (гл. validateDataset)",
    applicableOperation: "аперацыя, якую можна ўжыць да мемарандума з улікам папярэдніх змен",
    afterDecisionEffects: "{expected} з улікам змен мемарандума паводле больш ранніх рашэнняў (includeDecisionEffects)",
    existingClause: "існуючы пункт",
    newClauseNumber: "новы нумар пункта",
    existingClauseToAddAfter: "існуючы пункт, пасля якога дадаць новы",
    organisationNotParty: "арганізацыя, якая яшчэ не зʼяўляецца бокам мемарандума",
    partyOn: "бок мемарандума на {date}",
    attendeeNotListedBefore: "арганізацыя, яшчэ не ўказаная сярод удзельнікаў пасяджэння {meetingId}",
    chairNotListedBefore: "асоба, яшчэ не ўказаная сярод старшынь пасяджэння {meetingId}",
    panelMemberNotListedBefore: "асоба, яшчэ не ўказаная сярод іншых членаў прэзідыума пасяджэння {meetingId}",
    notAChairOf: "асоба, якая не старшынствуе на пасяджэнні {meetingId} (у прэзідыуме ўказваюць іншых яго членаў)",
    hostServing:
      "прымаючая арганізацыя рэгіёна {regionId}, у якім працуе {taskForceId} (гэтая працуе ў рэгіёне {hostRegionId}; правільна, калі рабочая група збіралася па-за сваім рэгіёнам)",
  },
  received: {
    missing: "адсутнічае",
    endOfText: "канец тэксту",
    notPlainObject: "абʼект з прататыпам, адрозным ад Object і Array",
    accessor: "гетэр або сетэр",
    symbolKey: "ключ-сімвал",
    hiddenProperty: "непералічальная ўласцівасць",
    throws: "абʼект, які выкідае выключэнне пры чытанні",
    bytes: { one: "{count} байт", few: "{count} байты", many: "{count} байтаў", other: "{count} байта" },
  },
  ctdc: {
    flag: "1, 0 або пустая ячэйка (не запісана)",
    year: "год рэгістрацыі ў фармаце ГГГГ",
    age: "узроставая група CTDC, напрыклад 18--20 або 48+, або пустая ячэйка",
    gender: "Female, Male, Transgender/NonConforming або пустая ячэйка",
    source: "Case Management, Hotline або пустая ячэйка",
    majority: "Minor, Adult, Unknown або пустая ячэйка",
    country: "код краіны ISO 3166-1 alpha-2, напрыклад BY або MD, або пустая ячэйка",
    labels: "меткі гэтай групы праз ;",
    yearColumn: "слупок yearOfRegistration у загалоўку",
    boolean: "1, 0, true, false або пустая ячэйка",
  },
  htcds: {
    age: "цэлая колькасць гадоў",
    country: "код краіны ISO 3166-1 (alpha-2 або alpha-3)",
    caseId: "псеўданімны ідэнтыфікатар выпадку",
  },
};

/**
 * Belarusian (Cyrillic) validation messages.
 *
 * @remarks
 * Pass it as the `locale` option, or call {@link @nrmkit/core!registerLocale | registerLocale}`(be)`
 * once so that `locale: "be"` finds it.
 *
 * @example
 * ```ts
 * import { localizeIssue } from "@nrmkit/validation";
 * import { be } from "@nrmkit/validation/locales";
 *
 * localizeIssue({ code: "invalid_type", path: [], expected: "string", message: "" }, be).message;
 * // => "(корань): чакалася: радок"
 * ```
 *
 * @category Locales
 * @since 0.1.0
 */
export const be: ValidationLocale = { code: "be", name: "Беларуская", validation: BE_VALIDATION };
