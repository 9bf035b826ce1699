// The third meeting of IOM Belarus's 2014 series, Brest (21 May 2014), as a user would add it to the
// bundled Gomel and Vitebsk data through the public API. The source says only that it took place and
// that a donor (USAID) was a guest; the organisations below are the kinds of bodies the other two
// meetings gathered, and the decisions are ILLUSTRATIVE, modelled on the recurring ones. Do not cite
// the attendance or the decisions as real.
import type { Decision, Meeting, Mou, NrmDataset, Organization, TaskForce } from "@nrmkit/core";

const DATE = "2014-05-21";
const MEETING = "meeting-brest-2014-05-21";
const SIGNED = "2013-11-20";

const organizations: readonly Organization[] = [
  {
    id: "org-by-br-executive-committee",
    kind: "local_government",
    name: {
      en: "Brest Oblast Executive Committee",
      ru: "Брестский областной исполнительный комитет",
      be: "Брэсцкі абласны выканаўчы камітэт",
    },
    abbreviation: { ru: "Брестский облисполком", be: "Брэсцкі аблвыканкам" },
    regionId: "BY-BR",
  },
  {
    id: "org-by-br-interior",
    kind: "interior",
    name: {
      en: "Department of the Interior Affairs, Brest oblast",
      ru: "Управление внутренних дел Брестского облисполкома",
      be: "Упраўленне ўнутраных спраў Брэсцкага аблвыканкама",
    },
    regionId: "BY-BR",
  },
  {
    id: "org-by-br-labour",
    kind: "labour_social_protection",
    name: {
      en: "Department of labor and social welfare, Brest oblast",
      ru: "Комитет по труду, занятости и социальной защите Брестского облисполкома",
      be: "Камітэт па працы, занятасці і сацыяльнай абароне Брэсцкага аблвыканкама",
    },
    regionId: "BY-BR",
  },
  {
    id: "org-by-br-education",
    kind: "education",
    name: {
      en: "Department of education, Brest oblast",
      ru: "Главное управление образования Брестского облисполкома",
      be: "Галоўнае ўпраўленне адукацыі Брэсцкага аблвыканкама",
    },
    regionId: "BY-BR",
  },
  {
    id: "org-by-br-border-guards",
    kind: "border_guard",
    name: {
      en: "Brest Border Guards detachment",
      ru: "Брестская пограничная группа",
      be: "Брэсцкая памежная група",
    },
    regionId: "BY-BR",
  },
  {
    id: "org-by-br-red-cross",
    kind: "ngo",
    name: {
      en: "Brest Oblast Red Cross Organization",
      ru: "Брестская областная организация Белорусского Общества Красного Креста",
      be: "Брэсцкая абласная арганізацыя Беларускага Таварыства Чырвонага Крыжа",
    },
    abbreviation: { en: "Red Cross", ru: "Красный Крест", be: "Чырвоны Крыж" },
    regionId: "BY-BR",
  },
  {
    id: "org-by-br-ngo-women",
    kind: "ngo",
    name: {
      en: "Brest “Women’s Initiatives” NGO",
      ru: "ОО «Женские инициативы», Брест",
      be: "ГА «Жаночыя ініцыятывы», Брэст",
    },
    regionId: "BY-BR",
  },
  {
    id: "org-usaid",
    kind: "donor",
    name: {
      en: "United States Agency for International Development",
      ru: "Агентство США по международному развитию",
      be: "Агенцтва ЗША па міжнародным развіцці",
    },
    abbreviation: { en: "USAID", ru: "USAID", be: "USAID" },
    country: "US",
  },
];

const taskForce: TaskForce = {
  id: "task-force-brest",
  name: {
    en: "Multi-disciplinary task force of Brest oblast",
    ru: "Межведомственная рабочая группа Брестской области",
    be: "Міжведамасная рабочая група Брэсцкай вобласці",
  },
  regionId: "BY-BR",
  mandate: [
    {
      kind: "identify",
      text: {
        en: "to identify victims of trafficking (VoTs) in Brest oblast",
        ru: "выявлять жертв торговли людьми в Брестской области",
        be: "выяўляць ахвяр гандлю людзьмі ў Брэсцкай вобласці",
      },
    },
    {
      kind: "refer",
      text: {
        en: "to refer VoTs in Brest oblast",
        ru: "перенаправлять жертв торговли людьми в Брестской области",
        be: "перанакіроўваць ахвяр гандлю людзьмі ў Брэсцкай вобласці",
      },
    },
  ],
  establishedDate: SIGNED,
  coordinatorIds: ["org-by-br-executive-committee"],
  secretariatIds: ["org-by-br-red-cross"],
  mouId: "mou-brest",
};

const mou: Mou = {
  id: "mou-brest",
  title: {
    en: "Memorandum of Understanding on combating trafficking in human beings in Brest oblast",
    ru: "Меморандум о взаимопонимании по противодействию торговле людьми в Брестской области",
    be: "Мемарандум аб узаемаразуменні па супрацьдзеянні гандлю людзьмі ў Брэсцкай вобласці",
  },
  effectiveDate: SIGNED,
  parties: [
    "org-by-br-executive-committee",
    "org-by-br-interior",
    "org-by-br-labour",
    "org-by-br-education",
    "org-by-br-red-cross",
  ].map((organizationId) => ({ organizationId, signedDate: SIGNED })),
  clauses: [
    {
      number: "1",
      topic: "purpose",
      text: {
        en: "The parties cooperate to identify, refer and assist victims of trafficking in Brest oblast.",
        ru: "Стороны сотрудничают в выявлении, перенаправлении и оказании помощи жертвам торговли людьми в Брестской области.",
        be: "Бакі супрацоўнічаюць у выяўленні, перанакіраванні і аказанні дапамогі ахвярам гандлю людзьмі ў Брэсцкай вобласці.",
      },
    },
  ],
};

// The venue is known only by its host: the oblast executive committee's premises, no hall named.
const meeting: Meeting = {
  id: MEETING,
  taskForceId: "task-force-brest",
  date: DATE,
  status: "held",
  venue: {
    hostId: "org-by-br-executive-committee",
    locality: { en: "Brest", ru: "Брест", be: "Брэст" },
  },
  organisers: [{ organizationId: "org-by-br-red-cross", support: ["technical", "organisational"] }],
  chairIds: ["person-koltun", "person-zhak"],
  panelIds: [],
  attendance: [
    { organizationId: "org-by-br-interior", capacity: "mou_party" },
    { organizationId: "org-by-br-labour", capacity: "mou_party" },
    { organizationId: "org-by-br-education", capacity: "mou_party" },
    { organizationId: "org-by-br-executive-committee", capacity: "mou_party" },
    { organizationId: "org-by-br-red-cross", capacity: "mou_party" },
    { organizationId: "org-by-br-border-guards", capacity: "interested_organization" },
    { organizationId: "org-by-br-ngo-women", capacity: "interested_organization" },
    // A donor invited as a guest, with no purpose written: the report names it as a donor.
    { organizationId: "org-usaid", capacity: "guest" },
  ],
  topics: [
    {
      kind: "latest_trends",
      text: {
        en: "The latest trends in the field of THB in Brest region",
        ru: "Последние тенденции в сфере торговли людьми в Брестском регионе",
        be: "Апошнія тэндэнцыі ў сферы гандлю людзьмі ў Брэсцкім рэгіёне",
      },
    },
    {
      kind: "labour_exploitation",
      text: {
        en: "Labor exploitation of Belarus citizens abroad and their identification as VoTs",
        ru: "Трудовая эксплуатация граждан Беларуси за рубежом и их идентификация как жертв торговли людьми",
        be: "Працоўная эксплуатацыя грамадзян Беларусі за мяжой і іх ідэнтыфікацыя як ахвяр гандлю людзьмі",
      },
      highlighted: true,
    },
  ],
  statisticsShared: true,
  decisionsRecorded: true,
  publication: {
    title: {
      en: "Meeting of the Multi-Disciplinary Task Force, Brest",
      ru: "Заседание межведомственной рабочей группы, Брест",
      be: "Пасяджэнне міжведамаснай рабочай групы, Брэст",
    },
    publisherId: "org-iom-belarus",
    categories: [],
    tags: [],
    languages: ["en", "ru"],
    previous: { meetingId: "meeting-vitebsk-2014-05-14" },
  },
};

const decision = (
  ordinal: number,
  rest: Omit<Decision, "id" | "meetingId" | "ordinal" | "statusHistory">,
): Decision => ({
  id: `decision-brest-2014-05-21-${String(ordinal).padStart(2, "0")}`,
  meetingId: MEETING,
  ordinal,
  statusHistory: [{ status: "adopted", date: DATE }],
  ...rest,
});

const decisions: readonly Decision[] = [
  decision(1, {
    category: "information_sharing",
    text: {
      en: "to more actively engage into sharing information and statistics between the interested parties of the MoU",
      ru: "активнее обмениваться информацией и статистикой между заинтересованными сторонами Меморандума",
      be: "актыўней абменьвацца інфармацыяй і статыстыкай паміж зацікаўленымі бакамі Мемарандума",
    },
    responsibleIds: [],
    links: [{ decisionId: "decision-vitebsk-2014-05-14-01", relation: "repeats" }],
  }),
  decision(2, {
    category: "mou_membership",
    text: {
      en: "to widen the list of the MoU participants with the Brest Border Guards detachment and the “Women’s Initiatives” NGO",
      ru: "расширить список участников Меморандума за счёт Брестской пограничной группы и ОО «Женские инициативы»",
      be: "пашырыць спіс удзельнікаў Мемарандума за кошт Брэсцкай памежнай групы і ГА «Жаночыя ініцыятывы»",
    },
    responsibleIds: ["org-by-br-executive-committee"],
    dueDate: "2014-09-30",
    links: [{ decisionId: "decision-vitebsk-2014-05-14-10", relation: "repeats" }],
  }),
];

/**
 * The bundled dataset with the Brest task force, its MoU, its meeting of 21 May 2014 and two
 * decisions added, and the Vitebsk news item's "next item" pointing at the Brest meeting by id.
 */
export function withBrest(dataset: NrmDataset): NrmDataset {
  return {
    ...dataset,
    organizations: [...dataset.organizations, ...organizations],
    taskForces: [...dataset.taskForces, taskForce],
    mous: [...dataset.mous, mou],
    meetings: [
      ...dataset.meetings.map((existing) =>
        existing.id === "meeting-vitebsk-2014-05-14" && existing.publication !== undefined
          ? {
              ...existing,
              publication: { ...existing.publication, next: { ...existing.publication.next, meetingId: MEETING } },
            }
          : existing,
      ),
      meeting,
    ],
    decisions: [...dataset.decisions, ...decisions],
  };
}

/** The id of the Brest meeting. */
export const BREST_MEETING = MEETING;
