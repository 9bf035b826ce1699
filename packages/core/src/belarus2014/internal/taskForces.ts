import type { IsoDate } from "../../isoDate.js";
import type { Mou, MouClause } from "../../mou.js";
import type { MouOperation } from "../../mouAmendment.js";
import type { MandateItem, TaskForce } from "../../taskForce.js";

/** An oblast's name as it appears inside mandate and clause texts. */
interface OblastName {
  readonly en: string;
  readonly ru: string;
  readonly be: string;
}

const GOMEL: OblastName = { en: "Gomel oblast", ru: "Гомельской области", be: "Гомельскай вобласці" };
const VITEBSK: OblastName = { en: "Vitebsk oblast", ru: "Витебской области", be: "Віцебскай вобласці" };

// Both seeds open with the same sentence: "The main responsibility of the task force is to identify,
// refer and provide assistance to VoTs in <oblast>; to strengthen NRM in <oblast>, to share
// experience, information and latest statistics in the field of combating and prevention of THB."
function mandateFor(oblast: OblastName): readonly MandateItem[] {
  return [
    {
      kind: "identify",
      text: {
        en: `To identify victims of trafficking (VoTs) in ${oblast.en}`,
        ru: `Выявлять жертв торговли людьми в ${oblast.ru}`,
        be: `Выяўляць ахвяр гандлю людзьмі ў ${oblast.be}`,
      },
    },
    {
      kind: "refer",
      text: {
        en: `To refer VoTs in ${oblast.en}`,
        ru: `Направлять жертв торговли людьми в ${oblast.ru}`,
        be: `Накіроўваць ахвяр гандлю людзьмі ў ${oblast.be}`,
      },
    },
    {
      kind: "assist",
      text: {
        en: `To provide assistance to VoTs in ${oblast.en}`,
        ru: `Оказывать помощь жертвам торговли людьми в ${oblast.ru}`,
        be: `Аказваць дапамогу ахвярам гандлю людзьмі ў ${oblast.be}`,
      },
    },
    {
      kind: "strengthen_nrm",
      text: {
        en: `To strengthen the National Referral Mechanism (NRM) in ${oblast.en}`,
        ru: `Укреплять национальный механизм перенаправления в ${oblast.ru}`,
        be: `Умацоўваць нацыянальны механізм перанакіравання ў ${oblast.be}`,
      },
    },
    {
      kind: "share_information",
      text: {
        en: "To share experience, information and latest statistics in the field of combating and prevention of trafficking in human beings",
        ru: "Обмениваться опытом, информацией и последней статистикой в сфере противодействия и предупреждения торговли людьми",
        be: "Абменьвацца вопытам, інфармацыяй і апошняй статыстыкай у сферы супрацьдзеяння і папярэджання гандлю людзьмі",
      },
    },
  ];
}

// ILLUSTRATIVE: the seeds never quote the MoUs. These five clauses follow the usual structure of
// interagency NRM agreements (purpose, target group, information exchange, referral, review and
// amendment) so that the decisions' amendments have a text to change. Do not cite them as real.
function illustrativeClauses(oblast: OblastName): readonly MouClause[] {
  return [
    {
      number: "1",
      topic: "purpose",
      text: {
        en: `The parties cooperate to identify, refer and assist victims of trafficking in human beings in ${oblast.en} and to strengthen the National Referral Mechanism there.`,
        ru: `Стороны сотрудничают в выявлении, перенаправлении и оказании помощи жертвам торговли людьми в ${oblast.ru} и в укреплении национального механизма перенаправления.`,
        be: `Бакі супрацоўнічаюць у выяўленні, перанакіраванні і аказанні дапамогі ахвярам гандлю людзьмі ў ${oblast.be} і ва ўмацаванні нацыянальнага механізму перанакіравання.`,
      },
    },
    {
      number: "2",
      topic: "target_group",
      text: {
        en: "The memorandum covers presumed and identified victims of trafficking in human beings, adults and children.",
        ru: "Меморандум распространяется на предполагаемых и установленных жертв торговли людьми, взрослых и детей.",
        be: "Мемарандум распаўсюджваецца на меркаваных і ўстаноўленых ахвяр гандлю людзьмі, дарослых і дзяцей.",
      },
    },
    {
      number: "3",
      topic: "information_exchange",
      text: {
        en: "The parties share information and statistics on trafficking in human beings and on assistance to victims at the task force's meetings.",
        ru: "Стороны обмениваются информацией и статистикой о торговле людьми и о помощи жертвам на заседаниях рабочей группы.",
        be: "Бакі абменьваюцца інфармацыяй і статыстыкай пра гандаль людзьмі і пра дапамогу ахвярам на пасяджэннях рабочай групы.",
      },
    },
    {
      number: "4",
      topic: "referral",
      text: {
        en: "A party that identifies a presumed victim refers the person, with the person's consent, to the party best placed to assist.",
        ru: "Сторона, выявившая предполагаемую жертву, с её согласия направляет её к стороне, которая может лучше всего помочь.",
        be: "Бок, які выявіў меркаваную ахвяру, з яе згоды накіроўвае яе да боку, які можа найлепш дапамагчы.",
      },
    },
    {
      number: "5",
      topic: "review_and_amendment",
      text: {
        en: "The parties review the memorandum at the task force's meetings; changes are agreed by all parties.",
        ru: "Стороны пересматривают меморандум на заседаниях рабочей группы; изменения согласовываются всеми сторонами.",
        be: "Бакі пераглядаюць мемарандум на пасяджэннях рабочай групы; змяненні ўзгадняюцца ўсімі бакамі.",
      },
    },
  ];
}

/**
 * The three additions both meetings decided (decision 9 of each): items on the State Programme
 * 2013–2015 and on the Council of Europe Convention, and an article on confidentiality. Their
 * wording follows the decisions; the clause numbers continue the illustrative base text.
 */
export const mouAdditions: readonly MouOperation[] = [
  {
    op: "add_clause",
    clause: {
      number: "6",
      topic: "state_programme",
      text: {
        en: "The parties carry out their work under this memorandum in line with the new State Programme for 2013–2015.",
        ru: "Стороны осуществляют деятельность по меморандуму в соответствии с новой Государственной программой на 2013–2015 годы.",
        be: "Бакі ажыццяўляюць дзейнасць па мемарандуме ў адпаведнасці з новай Дзяржаўнай праграмай на 2013–2015 гады.",
      },
    },
  },
  {
    op: "add_clause",
    clause: {
      number: "7",
      topic: "international_convention",
      text: {
        en: "The parties take into account that the Republic of Belarus has joined the Council of Europe Convention on Action against Trafficking in Human Beings.",
        ru: "Стороны учитывают присоединение Республики Беларусь к Конвенции Совета Европы о противодействии торговле людьми.",
        be: "Бакі ўлічваюць далучэнне Рэспублікі Беларусь да Канвенцыі Савета Еўропы аб супрацьдзеянні гандлю людзьмі.",
      },
    },
  },
  {
    op: "add_clause",
    clause: {
      number: "8",
      topic: "confidentiality",
      text: {
        en: "The parties adhere to the principles of confidentiality when working with victims of trafficking in human beings.",
        ru: "Стороны соблюдают принципы конфиденциальности при работе с жертвами торговли людьми.",
        be: "Бакі выконваюць прынцыпы канфідэнцыяльнасці пры рабоце з ахвярамі гандлю людзьмі.",
      },
    },
  },
];

// ILLUSTRATIVE dates: the seeds do not say when the MoUs were signed, only that they existed by
// April 2014. Parties are the attendees that no decision proposes to add (see gomel.ts, vitebsk.ts).
const GOMEL_SIGNED: IsoDate = "2013-03-01";
const VITEBSK_SIGNED: IsoDate = "2013-04-01";

/** The two task forces. */
export const taskForces: readonly TaskForce[] = [
  {
    id: "task-force-gomel",
    name: {
      en: "Multi-disciplinary task force of Gomel oblast",
      ru: "Межведомственная рабочая группа Гомельской области",
      be: "Міжведамасная рабочая група Гомельскай вобласці",
    },
    regionId: "BY-HO",
    mandate: mandateFor(GOMEL),
    // Chairs came from IOM and the Ministry of the Interior; the Red Cross gave technical support.
    coordinatorIds: ["org-iom-belarus", "org-by-moi"],
    secretariatIds: ["org-by-ho-red-cross"],
    mouId: "mou-gomel",
  },
  {
    id: "task-force-vitebsk",
    name: {
      en: "Multi-disciplinary task force of Vitebsk oblast",
      ru: "Межведомственная рабочая группа Витебской области",
      be: "Міжведамасная рабочая група Віцебскай вобласці",
    },
    regionId: "BY-VI",
    mandate: mandateFor(VITEBSK),
    coordinatorIds: ["org-iom-belarus", "org-by-moi"],
    secretariatIds: ["org-by-vi-red-cross"],
    mouId: "mou-vitebsk",
  },
];

/** The MoUs as first signed (illustrative base text and dates). */
export const mous: readonly Mou[] = [
  {
    id: "mou-gomel",
    title: {
      en: "Memorandum of understanding on cooperation in combating trafficking in human beings in Gomel oblast",
      ru: "Меморандум о взаимопонимании по сотрудничеству в сфере противодействия торговле людьми в Гомельской области",
      be: "Мемарандум аб узаемаразуменні па супрацоўніцтве ў сферы супрацьдзеяння гандлю людзьмі ў Гомельскай вобласці",
    },
    effectiveDate: GOMEL_SIGNED,
    parties: [
      "org-by-ho-interior",
      "org-by-ho-labour",
      "org-by-ho-bar",
      "org-by-ho-ideology",
      "org-by-ho-red-cross",
    ].map((organizationId) => ({ organizationId, signedDate: GOMEL_SIGNED })),
    clauses: illustrativeClauses(GOMEL),
  },
  {
    id: "mou-vitebsk",
    title: {
      en: "Memorandum of understanding on cooperation in combating trafficking in human beings in Vitebsk oblast",
      ru: "Меморандум о взаимопонимании по сотрудничеству в сфере противодействия торговле людьми в Витебской области",
      be: "Мемарандум аб узаемаразуменні па супрацоўніцтве ў сферы супрацьдзеяння гандлю людзьмі ў Віцебскай вобласці",
    },
    effectiveDate: VITEBSK_SIGNED,
    parties: [
      "org-by-vi-interior",
      "org-by-vi-labour",
      "org-by-vi-education",
      "org-by-vi-health",
      "org-by-vi-bar",
      "org-by-vi-ideology",
      "org-by-vi-red-cross",
      "org-by-vi-red-cross-novopolotsk",
    ].map((organizationId) => ({ organizationId, signedDate: VITEBSK_SIGNED })),
    clauses: illustrativeClauses(VITEBSK),
  },
];
