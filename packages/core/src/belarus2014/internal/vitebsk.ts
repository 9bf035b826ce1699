import type { Decision, DecisionLink } from "../../decision.js";
import type { Meeting } from "../../meeting.js";
import { decisionId, decisionsOf } from "./decisionOf.js";
import { mouAdditions } from "./taskForces.js";

// Source: IOM Belarus, "Meeting of the Multi-Disciplinary Task Force, Vitebsk" (14 May 2014,
// published 19.05.2014). Wording is the seed's, with backquotes (prosecutor`s, volunteers`) written
// as apostrophes.

const DATE = "2014-05-14";
const KEY = "vitebsk-2014-05-14";

/** A link to the Gomel decision that a Vitebsk decision repeats (with small variations). */
function repeatsGomel(ordinal: number): readonly DecisionLink[] {
  return [{ decisionId: decisionId("gomel-2014-04-16", ordinal), relation: "repeats" }];
}

const VITEBSK_NGOS = ["org-by-vi-red-cross", "org-by-vi-red-cross-novopolotsk", "org-by-vi-union-of-women-novopolotsk"];

/** The Vitebsk meeting of 14 May 2014. */
export const vitebskMeeting: Meeting = {
  id: `meeting-${KEY}`,
  taskForceId: "task-force-vitebsk",
  date: DATE,
  status: "held",
  venue: {
    hostId: "org-by-vi-executive-committee",
    name: {
      en: "Vitebsk oblast executive committee premises",
      ru: "Здание Витебского облисполкома",
      be: "Будынак Віцебскага аблвыканкама",
    },
    locality: { en: "Vitebsk", ru: "Витебск", be: "Віцебск", "be-Latn": "Viciebsk" },
  },
  organisers: [{ organizationId: "org-by-vi-red-cross", support: ["technical"] }],
  chairIds: ["person-koltun", "person-zhak"],
  panelIds: [
    "person-by-vi-red-cross-chair",
    "person-by-vi-ideology-representative",
    "person-by-vi-health-representative",
  ],
  // As for Gomel: the organisations decision 10 proposes to add to the MoU (court, prosecutor's
  // office, investigation committee, border guards detachment, department on citizenship and
  // migration, Novopolotsk "Belarussian Union of Women") attended as interested organisations; every
  // other attendee of the seed's list is read as a signatory. Seed order is kept.
  attendance: [
    { organizationId: "org-by-vi-interior", capacity: "mou_party" },
    { organizationId: "org-by-vi-labour", capacity: "mou_party" },
    { organizationId: "org-by-vi-education", capacity: "mou_party" },
    {
      organizationId: "org-by-vi-health",
      capacity: "mou_party",
      personIds: ["person-by-vi-health-representative"],
    },
    { organizationId: "org-by-vi-migration", capacity: "interested_organization" },
    { organizationId: "org-by-vi-investigation", capacity: "interested_organization" },
    { organizationId: "org-by-vi-bar", capacity: "mou_party" },
    { organizationId: "org-by-vi-prosecutor", capacity: "interested_organization" },
    { organizationId: "org-by-vi-court", capacity: "interested_organization" },
    { organizationId: "org-by-vi-border-guards-polotsk", capacity: "interested_organization" },
    {
      organizationId: "org-by-vi-ideology",
      capacity: "mou_party",
      personIds: ["person-by-vi-ideology-representative"],
    },
    { organizationId: "org-by-vi-red-cross", capacity: "mou_party", personIds: ["person-by-vi-red-cross-chair"] },
    { organizationId: "org-by-vi-red-cross-novopolotsk", capacity: "mou_party" },
    { organizationId: "org-by-vi-union-of-women-novopolotsk", capacity: "interested_organization" },
    ...["org-by-vi-youth-palace", "org-by-vi-volunteer-brigades"].map((organizationId) => ({
      organizationId,
      capacity: "guest" as const,
      purpose: {
        en: "Sharing their experience in prevention of THB among target groups",
        ru: "Обмен опытом профилактики торговли людьми среди целевых групп",
        be: "Абмен вопытам прафілактыкі гандлю людзьмі сярод мэтавых груп",
      },
    })),
  ],
  topics: [
    {
      kind: "statistics",
      text: {
        en: "The latest information and statistics shared by all the representatives",
        ru: "Последняя информация и статистика, представленная всеми участниками",
        be: "Апошняя інфармацыя і статыстыка, прадстаўленая ўсімі ўдзельнікамі",
      },
    },
    {
      kind: "latest_trends",
      text: {
        en: "The latest trends in the field of THB in Vitebsk region",
        ru: "Последние тенденции в сфере торговли людьми в Витебской области",
        be: "Апошнія тэндэнцыі ў сферы гандлю людзьмі ў Віцебскай вобласці",
      },
    },
    {
      kind: "victim_assistance",
      text: {
        en: "Rendering assistance to victims of trafficking",
        ru: "Оказание помощи жертвам торговли людьми",
        be: "Аказанне дапамогі ахвярам гандлю людзьмі",
      },
      highlighted: true,
    },
    {
      kind: "child_sexual_abuse",
      text: {
        en: "Children sexual abuse, and the necessity to improve responses of both state and non-state actors",
        ru: "Сексуальное насилие в отношении детей и необходимость улучшить реагирование государственных и негосударственных структур",
        be: "Сексуальны гвалт у дачыненні да дзяцей і неабходнасць палепшыць рэагаванне дзяржаўных і недзяржаўных структур",
      },
      highlighted: true,
    },
    {
      kind: "social_contracting",
      text: {
        en: "The experience of the Vitebsk oblast Red Cross organization (rendering of medical assistance by Red Cross nurses) in social sub contraction",
        ru: "Опыт Витебской областной организации Красного Креста (оказание медицинской помощи сёстрами милосердия Красного Креста) в государственном социальном заказе",
        be: "Вопыт Віцебскай абласной арганізацыі Чырвонага Крыжа (аказанне медыцынскай дапамогі сёстрамі міласэрнасці Чырвонага Крыжа) у дзяржаўным сацыяльным замаўленні",
      },
      highlighted: true,
      presenterIds: ["org-by-vi-red-cross"],
    },
  ],
  statisticsShared: true,
  publication: {
    title: {
      en: "Meeting of the Multi-Disciplinary Task Force, Vitebsk",
      ru: "Заседание межведомственной рабочей группы, Витебск",
      be: "Пасяджэнне міжведамаснай рабочай групы, Віцебск",
    },
    publisherId: "org-iom-belarus",
    publishedDate: "2014-05-19",
    categories: [
      {
        en: "Combating Trafficking in Human Beings",
        ru: "Противодействие торговле людьми",
        be: "Супрацьдзеянне гандлю людзьмі",
      },
      { en: "News", ru: "Новости", be: "Навіны" },
      { en: "Partnership", ru: "Партнёрство", be: "Партнёрства" },
    ],
    tags: [
      { en: "Counter-Trafficking", ru: "Противодействие торговле людьми", be: "Супрацьдзеянне гандлю людзьмі" },
      { en: "Domestic Violence", ru: "Домашнее насилие", be: "Хатні гвалт" },
      { en: "Human Trafficking", ru: "Торговля людьми", be: "Гандаль людзьмі" },
      { en: "Information Exchange", ru: "Обмен информацией", be: "Абмен інфармацыяй" },
    ],
    languages: ["en", "ru"],
    previous: {
      title: {
        en: "IOM delegation meets Ukrainian Customs to discuss joint EU-funded PRINEX project’s recent developments and upcoming events",
      },
    },
    next: { title: { en: "Meeting of the Multi-Disciplinary Task Force, Brest" } },
  },
};

/** The ten Vitebsk decisions, in the seed's order. */
export const vitebskDecisions: readonly Decision[] = decisionsOf(KEY, DATE, [
  {
    category: "information_sharing",
    text: {
      en: "To more actively engage into sharing information and statistics between the interested parties of the MoU in the field of prevention of THB and provision of assistance to VoTs",
      ru: "Активнее обмениваться информацией и статистикой между заинтересованными сторонами Меморандума в сфере предупреждения торговли людьми и оказания помощи жертвам торговли людьми",
      be: "Больш актыўна абменьвацца інфармацыяй і статыстыкай паміж зацікаўленымі бакамі Мемарандума ў сферы папярэджання гандлю людзьмі і аказання дапамогі ахвярам гандлю людзьмі",
    },
    links: repeatsGomel(1),
  },
  {
    category: "cooperation",
    text: {
      en: "To improve cooperation among NGOs and the department on citizenship and migration",
      ru: "Улучшить взаимодействие общественных объединений и управления по гражданству и миграции",
      be: "Палепшыць узаемадзеянне грамадскіх аб’яднанняў і ўпраўлення па грамадзянстве і міграцыі",
    },
    responsibleIds: [...VITEBSK_NGOS, "org-by-vi-migration"],
  },
  {
    category: "prevention",
    text: {
      en: "To strengthen cooperation among all the parties in joint preventive actions and initiatives and to inform people about the possibilities of trapping into slavery conditions when searching for a job in Russia",
      ru: "Укреплять взаимодействие всех сторон в совместных профилактических акциях и инициативах и информировать население о риске попасть в рабские условия при поиске работы в России",
      be: "Умацоўваць узаемадзеянне ўсіх бакоў у сумесных прафілактычных акцыях і ініцыятывах і інфармаваць насельніцтва пра рызыку трапіць у рабскія ўмовы пры пошуку работы ў Расіі",
    },
    links: repeatsGomel(4),
  },
  {
    category: "prevention",
    text: {
      en: "To increase informational work with the teachers, social teachers and social psychologists for the purpose of sexual violence against children prevention",
      ru: "Усилить информационную работу с учителями, социальными педагогами и педагогами-психологами в целях предупреждения сексуального насилия в отношении детей",
      be: "Узмацніць інфармацыйную работу з настаўнікамі, сацыяльнымі педагогамі і педагогамі-псіхолагамі ў мэтах папярэджання сексуальнага гвалту ў дачыненні да дзяцей",
    },
  },
  {
    category: "volunteers",
    text: {
      en: "To continue active involvement of youth into volunteer groups for the purpose of THB prevention",
      ru: "Продолжать активно вовлекать молодёжь в волонтёрские группы в целях предупреждения торговли людьми",
      be: "Працягваць актыўна ўцягваць моладзь у валанцёрскія групы ў мэтах папярэджання гандлю людзьмі",
    },
  },
  {
    category: "reintegration",
    text: {
      en: "To more actively use the resources of the crisis centers for provision of reintegration assistance to VoTs",
      ru: "Активнее использовать ресурсы кризисных центров для оказания реинтеграционной помощи жертвам торговли людьми",
      be: "Больш актыўна выкарыстоўваць рэсурсы крызісных цэнтраў для аказання рэінтэграцыйнай дапамогі ахвярам гандлю людзьмі",
    },
  },
  {
    category: "media",
    text: {
      en: "To engage journalists and representatives of mass media into prevention of THB in the region and to educate them regarding the preparation of articles on this topic",
      ru: "Привлекать журналистов и представителей средств массовой информации к предупреждению торговли людьми в регионе и обучать их подготовке статей на эту тему",
      be: "Прыцягваць журналістаў і прадстаўнікоў сродкаў масавай інфармацыі да папярэджання гандлю людзьмі ў рэгіёне і навучаць іх падрыхтоўцы артыкулаў на гэтую тэму",
    },
    links: repeatsGomel(7),
  },
  {
    category: "social_contracting",
    text: {
      en: "To improve participation of NGOs of Vitebsk oblast in social sub-contraction and preparation of suggestions for harmonization of Legislation on State social sub contraction",
      ru: "Расширить участие общественных объединений Витебской области в государственном социальном заказе и подготовить предложения по совершенствованию законодательства о государственном социальном заказе",
      be: "Пашырыць удзел грамадскіх аб’яднанняў Віцебскай вобласці ў дзяржаўным сацыяльным замаўленні і падрыхтаваць прапановы па ўдасканаленні заканадаўства аб дзяржаўным сацыяльным замаўленні",
    },
    responsibleIds: VITEBSK_NGOS,
    links: repeatsGomel(8),
  },
  {
    category: "mou_amendment",
    text: {
      en: "To introduce changes into the text of MoU, particularly, to add items about the New State Programme for 2013 – 2015; about Belarus joining the Council of Europe Convention on combating trafficking in human beings and the article about adhering to the principles of confidentiality when working with VoTs",
      ru: "Внести изменения в текст Меморандума, в частности добавить пункты о новой Государственной программе на 2013–2015 годы, о присоединении Беларуси к Конвенции Совета Европы о противодействии торговле людьми и статью о соблюдении принципов конфиденциальности при работе с жертвами торговли людьми",
      be: "Унесці змяненні ў тэкст Мемарандума, у прыватнасці дадаць пункты пра новую Дзяржаўную праграму на 2013–2015 гады, пра далучэнне Беларусі да Канвенцыі Савета Еўропы аб супрацьдзеянні гандлю людзьмі і артыкул пра захаванне прынцыпаў канфідэнцыяльнасці пры рабоце з ахвярамі гандлю людзьмі",
    },
    links: repeatsGomel(9),
    effects: { mouId: "mou-vitebsk", operations: mouAdditions },
  },
  {
    category: "mou_membership",
    text: {
      en: "To widen the list of the MoU participants with the representatives of the court, prosecutor's office, investigation committee, border guards detachment, department on citizenship and migration, Novopolotsk NGO “Belarussian Union of Women”",
      ru: "Расширить список участников Меморандума за счёт представителей суда, прокуратуры, следственного комитета, пограничного отряда, управления по гражданству и миграции, новополоцкой организации ОО «Белорусский союз женщин»",
      be: "Пашырыць спіс удзельнікаў Мемарандума за кошт прадстаўнікоў суда, пракуратуры, следчага камітэта, пагранічнага атрада, упраўлення па грамадзянстве і міграцыі, наваполацкай арганізацыі ГА «Беларускі саюз жанчын»",
    },
    links: repeatsGomel(10),
    effects: {
      mouId: "mou-vitebsk",
      operations: [
        "org-by-vi-court",
        "org-by-vi-prosecutor",
        "org-by-vi-investigation",
        "org-by-vi-border-guards-polotsk",
        "org-by-vi-migration",
        "org-by-vi-union-of-women-novopolotsk",
      ].map((organizationId) => ({ op: "add_party", organizationId })),
    },
  },
]);
