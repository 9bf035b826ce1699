import type { Decision } from "../../decision.js";
import type { Meeting } from "../../meeting.js";
import { decisionsOf } from "./decisionOf.js";
import { mouAdditions } from "./taskForces.js";

// Source: IOM Belarus, "Meeting of the Multi-Disciplinary Task Force" (Gomel, 16 April 2014).
// Wording is the seed's, except that a Cyrillic "с" typed inside "contacts" is written in Latin and
// backquotes (child`s, prosecutor`s) are written as apostrophes.

const DATE = "2014-04-16";
const KEY = "gomel-2014-04-16";

/** The Gomel meeting of 16 April 2014. */
export const gomelMeeting: Meeting = {
  id: `meeting-${KEY}`,
  taskForceId: "task-force-gomel",
  date: DATE,
  status: "held",
  venue: { locality: { en: "Gomel", ru: "Гомель", be: "Гомель", "be-Latn": "Homieĺ" } },
  organisers: [{ organizationId: "org-by-ho-red-cross", support: ["technical", "organisational"] }],
  // Seed order: the Chief of Mission of IOM, then Sergey Koltun, then Natalia Zhak.
  chairIds: ["person-hajiyev", "person-koltun", "person-zhak"],
  panelIds: [],
  // "Representatives of the agencies which signed the MoU and other interested organisations". The
  // seed does not say who signed, so the capacity is read from the decisions: an organisation that
  // decision 10 proposes to add to the MoU (investigation committee, department on citizenship and
  // migration, Gomel BYWCA) cannot already be a party, so it attended as an interested organisation;
  // every other attendee is read as a signatory. Court and prosecutor's office did not attend.
  attendance: [
    { organizationId: "org-by-ho-interior", capacity: "mou_party" },
    { organizationId: "org-by-ho-labour", capacity: "mou_party" },
    { organizationId: "org-by-ho-migration", capacity: "interested_organization" },
    { organizationId: "org-by-ho-investigation", capacity: "interested_organization" },
    { organizationId: "org-by-ho-bar", capacity: "mou_party" },
    { organizationId: "org-by-ho-ideology", capacity: "mou_party" },
    { organizationId: "org-by-ho-red-cross", capacity: "mou_party" },
    { organizationId: "org-by-ho-bywca", capacity: "interested_organization" },
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
        en: "The latest trends in the field of THB in Gomel region",
        ru: "Последние тенденции в сфере торговли людьми в Гомельской области",
        be: "Апошнія тэндэнцыі ў сферы гандлю людзьмі ў Гомельскай вобласці",
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
      kind: "labour_exploitation",
      text: {
        en: "Labor exploitation of Belarus citizens in Russia and their identification as VoTs",
        ru: "Трудовая эксплуатация граждан Беларуси в России и их идентификация как жертв торговли людьми",
        be: "Працоўная эксплуатацыя грамадзян Беларусі ў Расіі і іх ідэнтыфікацыя як ахвяр гандлю людзьмі",
      },
      highlighted: true,
    },
    {
      kind: "child_sexual_abuse",
      text: {
        en: "Cases of children who suffered from sexual violence and the necessity to improve responses of both state and non-state actors",
        ru: "Случаи детей, пострадавших от сексуального насилия, и необходимость улучшить реагирование государственных и негосударственных структур",
        be: "Выпадкі дзяцей, якія пацярпелі ад сексуальнага гвалту, і неабходнасць палепшыць рэагаванне дзяржаўных і недзяржаўных структур",
      },
    },
  ],
  statisticsShared: true,
  publication: {
    title: { en: "Meeting of the Multi-Disciplinary Task Force" },
    publisherId: "org-iom-belarus",
    // The Gomel seed carries no date, categories, tags or series links; only its English text.
    categories: [],
    tags: [],
    languages: ["en"],
  },
};

/** The ten Gomel decisions, in the seed's order. */
export const gomelDecisions: readonly Decision[] = decisionsOf(KEY, DATE, [
  {
    category: "information_sharing",
    text: {
      en: "To more actively engage into sharing information and statistics between the interested parties of the MoU in the field of prevention of THB and provision of assistance to VoTs",
      ru: "Активнее обмениваться информацией и статистикой между заинтересованными сторонами Меморандума в сфере предупреждения торговли людьми и оказания помощи жертвам торговли людьми",
      be: "Больш актыўна абменьвацца інфармацыяй і статыстыкай паміж зацікаўленымі бакамі Мемарандума ў сферы папярэджання гандлю людзьмі і аказання дапамогі ахвярам гандлю людзьмі",
    },
  },
  {
    category: "prevention",
    text: {
      en: "To more actively suggest ideas for joint efforts in prevention of THB in Gomel oblast",
      ru: "Активнее предлагать идеи совместных действий по предупреждению торговли людьми в Гомельской области",
      be: "Больш актыўна прапаноўваць ідэі сумесных дзеянняў па папярэджанні гандлю людзьмі ў Гомельскай вобласці",
    },
  },
  {
    category: "confidentiality",
    text: {
      en: "To adhere to the principles of confidentiality for all the information on trafficking cases and to observe the human rights and private security of VoTs",
      ru: "Соблюдать принципы конфиденциальности в отношении всей информации о случаях торговли людьми, соблюдать права человека и личную безопасность жертв торговли людьми",
      be: "Захоўваць прынцыпы канфідэнцыяльнасці ў дачыненні да ўсёй інфармацыі пра выпадкі гандлю людзьмі, забяспечваць правы чалавека і асабістую бяспеку ахвяр гандлю людзьмі",
    },
  },
  {
    category: "prevention",
    text: {
      en: "To organize joint preventive actions and initiatives and to inform people about the possibilities of trapping into slavery conditions when searching for a job in Russia",
      ru: "Организовывать совместные профилактические акции и инициативы и информировать население о риске попасть в рабские условия при поиске работы в России",
      be: "Арганізоўваць сумесныя прафілактычныя акцыі і ініцыятывы і інфармаваць насельніцтва пра рызыку трапіць у рабскія ўмовы пры пошуку работы ў Расіі",
    },
  },
  {
    category: "legal_aid",
    text: {
      en: "To more actively attract the resource of the bar association for provision of legal assistance to the victims of trafficking",
      ru: "Активнее привлекать ресурс коллегии адвокатов для оказания юридической помощи жертвам торговли людьми",
      be: "Больш актыўна прыцягваць рэсурс калегіі адвакатаў для аказання юрыдычнай дапамогі ахвярам гандлю людзьмі",
    },
    responsibleIds: ["org-by-ho-bar"],
  },
  {
    category: "child_interviews",
    text: {
      en: "To establish contacts with the workers of the interviewing rooms for children and to use these rooms for recording the information during child's interview for the purpose of further use within criminal investigations",
      ru: "Установить контакты с сотрудниками комнат для опроса детей и использовать эти комнаты для записи информации при опросе ребёнка для дальнейшего использования в уголовном расследовании",
      be: "Устанавіць кантакты з супрацоўнікамі пакояў для апытання дзяцей і выкарыстоўваць гэтыя пакоі для запісу інфармацыі пры апытанні дзіцяці для далейшага выкарыстання ў крымінальным расследаванні",
    },
  },
  {
    category: "media",
    text: {
      en: "To engage journalists into prevention of THB in the region and to educate them regarding the preparation of articles on this topic",
      ru: "Привлекать журналистов к предупреждению торговли людьми в регионе и обучать их подготовке статей на эту тему",
      be: "Прыцягваць журналістаў да папярэджання гандлю людзьмі ў рэгіёне і навучаць іх падрыхтоўцы артыкулаў на гэтую тэму",
    },
  },
  {
    category: "social_contracting",
    text: {
      en: "The representatives of NGOs of Gomel oblast should actively participate in developing of their offers for participation in the system of social sub-contraction",
      ru: "Представителям общественных объединений Гомельской области активно разрабатывать свои предложения для участия в системе государственного социального заказа",
      be: "Прадстаўнікам грамадскіх аб’яднанняў Гомельскай вобласці актыўна распрацоўваць свае прапановы для ўдзелу ў сістэме дзяржаўнага сацыяльнага замаўлення",
    },
    // "NGOs of Gomel oblast": the NGOs the seed names, the Red Cross and Gomel BYWCA.
    responsibleIds: ["org-by-ho-red-cross", "org-by-ho-bywca"],
  },
  {
    category: "mou_amendment",
    text: {
      en: "To introduce changes into the text of MoU, particularly, to add items about the New State Programme for 2013 – 2015; about Belarus joining the Council of Europe Convention on combating trafficking in human beings and the article about adhering to the principles of confidentiality when working with VoTs",
      ru: "Внести изменения в текст Меморандума, в частности добавить пункты о новой Государственной программе на 2013–2015 годы, о присоединении Беларуси к Конвенции Совета Европы о противодействии торговле людьми и статью о соблюдении принципов конфиденциальности при работе с жертвами торговли людьми",
      be: "Унесці змяненні ў тэкст Мемарандума, у прыватнасці дадаць пункты пра новую Дзяржаўную праграму на 2013–2015 гады, пра далучэнне Беларусі да Канвенцыі Савета Еўропы аб супрацьдзеянні гандлю людзьмі і артыкул пра захаванне прынцыпаў канфідэнцыяльнасці пры рабоце з ахвярамі гандлю людзьмі",
    },
    effects: { mouId: "mou-gomel", operations: mouAdditions },
  },
  {
    category: "mou_membership",
    text: {
      en: "To widen the list of the MoU participants with the representatives of the court, prosecutor's office, investigation committee, department on citizenship and migration, Gomel “BYWCA” NGO",
      ru: "Расширить список участников Меморандума за счёт представителей суда, прокуратуры, следственного комитета, управления по гражданству и миграции, гомельского общественного объединения «BYWCA»",
      be: "Пашырыць спіс удзельнікаў Мемарандума за кошт прадстаўнікоў суда, пракуратуры, следчага камітэта, упраўлення па грамадзянстве і міграцыі, гомельскага грамадскага аб’яднання «BYWCA»",
    },
    effects: {
      mouId: "mou-gomel",
      operations: [
        "org-by-ho-court",
        "org-by-ho-prosecutor",
        "org-by-ho-investigation",
        "org-by-ho-migration",
        "org-by-ho-bywca",
      ].map((organizationId) => ({ op: "add_party", organizationId })),
    },
  },
]);
