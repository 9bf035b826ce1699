// An ILLUSTRATIVE task force of Bălți municipality (Moldova, ISO 3166-2 MD-BA), written for the
// Moldova example: the organisations are the kinds of public bodies and NGOs such task forces
// gather, the people are invented, and the meeting, its decisions and the MoU never happened.
// Texts are in Romanian (the state language) and English. Do not cite any of it as real.
import type { NrmDataset } from "@nrmkit/core";

const MEETING = "meeting-balti-2024-03-14";
const MEETING_DATE = "2024-03-14";
const SIGNED = "2023-05-18";

/** The Bălți task force: one region, nine organisations, three people, one MoU, one meeting, four decisions. */
export const baltiTaskForce: NrmDataset = {
  regions: [
    {
      id: "MD-BA",
      country: "MD",
      kind: "municipality",
      name: { ro: "Municipiul Bălți", en: "Bălți Municipality", ru: "Муниципий Бельцы" },
    },
  ],
  organizations: [
    {
      id: "org-md-iom",
      kind: "international_organization",
      name: {
        ro: "Organizația Internațională pentru Migrație, Misiunea în Republica Moldova",
        en: "International Organization for Migration, Mission to the Republic of Moldova",
      },
      abbreviation: { ro: "OIM Moldova", en: "IOM Moldova" },
      country: "MD",
    },
    {
      id: "org-md-ba-police",
      kind: "interior",
      name: { ro: "Inspectoratul de Poliție Bălți", en: "Bălți Police Inspectorate" },
      regionId: "MD-BA",
    },
    {
      id: "org-md-ba-prosecutor",
      kind: "prosecution",
      name: { ro: "Procuratura municipiului Bălți", en: "Bălți Municipal Prosecutor’s Office" },
      regionId: "MD-BA",
    },
    {
      id: "org-md-ba-social",
      kind: "labour_social_protection",
      name: {
        ro: "Direcția municipală pentru protecția drepturilor copilului și asistență socială Bălți",
        en: "Bălți Municipal Directorate for Child Rights Protection and Social Assistance",
      },
      regionId: "MD-BA",
    },
    {
      id: "org-md-ba-education",
      kind: "education",
      name: { ro: "Direcția Învățământ Bălți", en: "Bălți Education Directorate" },
      regionId: "MD-BA",
    },
    {
      id: "org-md-ba-health",
      kind: "health",
      name: { ro: "Spitalul Clinic Municipal Bălți", en: "Bălți Municipal Clinical Hospital" },
      regionId: "MD-BA",
    },
    {
      id: "org-md-ba-mayor",
      kind: "local_government",
      name: { ro: "Primăria municipiului Bălți", en: "Bălți City Hall" },
      regionId: "MD-BA",
    },
    {
      id: "org-md-ba-border",
      kind: "border_guard",
      name: { ro: "Sectorul Poliției de Frontieră Bălți", en: "Bălți Border Police Sector" },
      regionId: "MD-BA",
    },
    {
      id: "org-md-ba-ngo",
      kind: "ngo",
      name: { ro: "Asociația Obștească „Speranța Nordului”", en: "“Hope of the North” public association" },
      regionId: "MD-BA",
    },
  ],
  people: [
    {
      id: "person-md-ba-chair",
      name: { ro: "Elena Rusu", en: "Elena Rusu" },
      positions: [
        {
          organizationId: "org-md-ba-mayor",
          title: { ro: "Viceprimar al municipiului Bălți", en: "Deputy Mayor of Bălți" },
        },
      ],
    },
    {
      id: "person-md-iom",
      name: { ro: "Andrei Ciobanu", en: "Andrei Ciobanu" },
      positions: [
        {
          organizationId: "org-md-iom",
          title: { ro: "Coordonator de proiect", en: "Project Coordinator" },
        },
      ],
    },
    {
      id: "person-md-ba-police",
      name: { ro: "Vasile Munteanu", en: "Vasile Munteanu" },
      positions: [
        {
          organizationId: "org-md-ba-police",
          title: { ro: "Ofițer superior de investigații", en: "Senior Investigating Officer" },
        },
      ],
    },
  ],
  taskForces: [
    {
      id: "task-force-balti",
      name: {
        ro: "Grupul de lucru multidisciplinar al municipiului Bălți",
        en: "Multi-disciplinary task force of Bălți municipality",
      },
      regionId: "MD-BA",
      mandate: [
        {
          kind: "identify",
          text: {
            ro: "identificarea victimelor traficului de ființe umane în municipiul Bălți",
            en: "To identify victims of trafficking in Bălți municipality",
          },
        },
        {
          kind: "refer",
          text: {
            ro: "referirea victimelor către serviciile de asistență",
            en: "To refer victims to assistance services",
          },
        },
        {
          kind: "assist",
          text: {
            ro: "acordarea de asistență victimelor și victimelor potențiale",
            en: "To assist victims and presumed victims",
          },
        },
      ],
      establishedDate: SIGNED,
      coordinatorIds: ["org-md-ba-mayor"],
      secretariatIds: ["org-md-ba-social"],
      mouId: "mou-balti",
    },
  ],
  mous: [
    {
      id: "mou-balti",
      title: {
        ro: "Acord de colaborare privind combaterea traficului de ființe umane în municipiul Bălți",
        en: "Cooperation agreement on combating trafficking in human beings in Bălți municipality",
      },
      effectiveDate: SIGNED,
      parties: [
        "org-md-ba-police",
        "org-md-ba-prosecutor",
        "org-md-ba-social",
        "org-md-ba-education",
        "org-md-ba-health",
        "org-md-ba-mayor",
        "org-md-ba-ngo",
      ].map((organizationId) => ({ organizationId, signedDate: SIGNED })),
      clauses: [
        {
          number: "1",
          topic: "purpose",
          text: {
            ro: "Părțile cooperează la identificarea, referirea și asistarea victimelor traficului de ființe umane în municipiul Bălți.",
            en: "The parties cooperate to identify, refer and assist victims of trafficking in human beings in Bălți municipality.",
          },
        },
        {
          number: "2",
          topic: "information_exchange",
          text: {
            ro: "Părțile fac schimb de date statistice anonimizate la ședințele trimestriale ale grupului de lucru.",
            en: "The parties share anonymised statistics at the task force’s quarterly meetings.",
          },
        },
        {
          number: "3",
          topic: "confidentiality",
          text: {
            ro: "Datele personale ale victimelor nu se transmit fără consimțământul acestora.",
            en: "Victims’ personal data are not passed on without their consent.",
          },
        },
      ],
    },
  ],
  mouAmendments: [],
  meetings: [
    {
      id: MEETING,
      taskForceId: "task-force-balti",
      date: MEETING_DATE,
      status: "held",
      venue: {
        name: { ro: "Sala de ședințe a Primăriei", en: "City Hall meeting room" },
        hostId: "org-md-ba-mayor",
        locality: { ro: "Bălți", en: "Bălți", ru: "Бельцы" },
      },
      organisers: [{ organizationId: "org-md-iom", support: ["technical", "financial"] }],
      chairIds: ["person-md-ba-chair", "person-md-iom"],
      panelIds: ["person-md-ba-police"],
      attendance: [
        { organizationId: "org-md-ba-police", capacity: "mou_party" },
        { organizationId: "org-md-ba-prosecutor", capacity: "mou_party" },
        { organizationId: "org-md-ba-social", capacity: "mou_party" },
        { organizationId: "org-md-ba-education", capacity: "mou_party" },
        { organizationId: "org-md-ba-health", capacity: "mou_party" },
        { organizationId: "org-md-ba-mayor", capacity: "mou_party" },
        { organizationId: "org-md-ba-ngo", capacity: "mou_party" },
        { organizationId: "org-md-ba-border", capacity: "interested_organization" },
        { organizationId: "org-md-iom", capacity: "guest" },
      ],
      topics: [
        {
          kind: "statistics",
          text: {
            ro: "Datele statistice ale anului 2023 prezentate de părți",
            en: "The parties’ statistics for 2023",
          },
        },
        {
          kind: "labour_exploitation",
          text: {
            ro: "Exploatarea prin muncă a cetățenilor moldoveni peste hotare",
            en: "Labour exploitation of Moldovan citizens abroad",
          },
          highlighted: true,
          presenterIds: ["org-md-ba-police"],
        },
      ],
      statisticsShared: true,
      publication: {
        title: { ro: "Ședința grupului de lucru multidisciplinar, Bălți", en: "Meeting of the task force, Bălți" },
        publisherId: "org-md-ba-mayor",
        publishedDate: "2024-03-15",
        categories: [{ ro: "Știri", en: "News" }],
        tags: [
          { ro: "Traficul de ființe umane", en: "Human trafficking" },
          { ro: "Cooperare", en: "Cooperation" },
        ],
        languages: ["ro", "en"],
      },
    },
  ],
  decisions: [
    {
      id: "decision-balti-2024-03-14-01",
      meetingId: MEETING,
      ordinal: 1,
      category: "information_sharing",
      text: {
        ro: "să prezinte trimestrial date statistice anonimizate privind victimele identificate",
        en: "To present anonymised statistics on identified victims every quarter",
      },
      responsibleIds: [],
      dueDate: "2024-06-30",
      statusHistory: [
        { status: "adopted", date: MEETING_DATE },
        { status: "done", date: "2024-06-20" },
      ],
      links: [],
    },
    {
      id: "decision-balti-2024-03-14-02",
      meetingId: MEETING,
      ordinal: 2,
      category: "prevention",
      text: {
        ro: "să organizeze în școli sesiuni de informare despre riscurile angajării ilegale peste hotare",
        en: "To hold information sessions in schools on the risks of illegal employment abroad",
      },
      responsibleIds: ["org-md-ba-education", "org-md-ba-ngo"],
      dueDate: "2024-05-31",
      statusHistory: [{ status: "adopted", date: MEETING_DATE }],
      links: [],
    },
    {
      id: "decision-balti-2024-03-14-03",
      meetingId: MEETING,
      ordinal: 3,
      category: "confidentiality",
      text: {
        ro: "să respecte confidențialitatea datelor victimelor în toate comunicările",
        en: "To keep victims’ data confidential in every communication",
      },
      responsibleIds: [],
      statusHistory: [{ status: "adopted", date: MEETING_DATE }],
      links: [],
    },
    {
      id: "decision-balti-2024-03-14-04",
      meetingId: MEETING,
      ordinal: 4,
      category: "mou_membership",
      text: {
        ro: "să invite Sectorul Poliției de Frontieră Bălți să adere la acordul de colaborare",
        en: "To invite the Bălți Border Police Sector to join the cooperation agreement",
      },
      responsibleIds: ["org-md-ba-mayor"],
      dueDate: "2024-09-30",
      statusHistory: [{ status: "adopted", date: MEETING_DATE }],
      links: [],
    },
  ],
};
