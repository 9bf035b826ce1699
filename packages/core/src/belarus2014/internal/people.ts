import type { Person } from "../../person.js";

// Officials named in the seeds, with every position the seeds give, in the seeds' order. The seeds
// write surnames in capitals (Sergey KOLTUN); names are stored in ordinary case. Positions carry no
// dates: the seeds only show they were held in April–May 2014. Panel members the Vitebsk seed names
// only by post are people without a name.

/** Chairs of the Gomel and Vitebsk meetings. */
export const chairs: readonly Person[] = [
  {
    id: "person-hajiyev",
    name: { en: "Zeynal Hajiyev", ru: "Зейнал Гаджиев", be: "Зейнал Гаджыеў" },
    positions: [
      {
        organizationId: "org-iom-belarus",
        title: { en: "Chief of Mission of IOM", ru: "Глава Представительства МОМ", be: "Кіраўнік Прадстаўніцтва МАМ" },
      },
    ],
  },
  {
    id: "person-koltun",
    name: { en: "Sergey Koltun", ru: "Сергей Колтун", be: "Сяргей Калтун" },
    positions: [
      {
        // The seeds do not name the project; read as the ITA project whose coordinator co-chaired.
        organizationId: "org-iom-ita-thb-capacity",
        title: {
          en: "National Project Coordinator",
          ru: "Национальный координатор проекта",
          be: "Нацыянальны каардынатар праекта",
        },
      },
      {
        organizationId: "org-by-moi-department",
        title: {
          en: "Deputy chairperson of the Department",
          ru: "Заместитель начальника управления",
          be: "Намеснік начальніка ўпраўлення",
        },
      },
      {
        organizationId: "org-by-moi-second-unit",
        title: {
          en: "Chairperson of the second unit on combating trafficking in drugs and human beings of the criminal militia of the Ministry of the Interior of the Republic of Belarus",
          ru: "Начальник второго отдела по противодействию торговле наркотиками и людьми криминальной милиции МВД Республики Беларусь",
          be: "Начальнік другога аддзела па супрацьдзеянні гандлю наркотыкамі і людзьмі крымінальнай міліцыі МУС Рэспублікі Беларусь",
        },
      },
    ],
  },
  {
    id: "person-zhak",
    name: { en: "Natalia Zhak", ru: "Наталья Жак", be: "Наталля Жак" },
    positions: [
      {
        organizationId: "org-iom-ita-thb-capacity",
        title: {
          en: "Coordinator of the International Technical Assistance Project “Building the capacity of the Republic of Belarus in the field of combating trafficking in human beings”, IOM",
          ru: "Координатор проекта международной технической помощи «Наращивание потенциала Республики Беларусь в сфере противодействия торговле людьми», МОМ",
          be: "Каардынатар праекта міжнароднай тэхнічнай дапамогі «Нарошчванне патэнцыялу Рэспублікі Беларусь у сферы супрацьдзеяння гандлю людзьмі», МАМ",
        },
      },
    ],
  },
];

/** Other members of the Vitebsk meeting panel, named in the seed only by their posts. */
export const vitebskPanel: readonly Person[] = [
  {
    id: "person-by-vi-red-cross-chair",
    positions: [
      {
        organizationId: "org-by-vi-red-cross",
        title: {
          en: "Chairperson of the Vitebsk Oblast Red Cross Organization",
          ru: "Председатель Витебской областной организации Красного Креста",
          be: "Старшыня Віцебскай абласной арганізацыі Чырвонага Крыжа",
        },
      },
    ],
  },
  {
    id: "person-by-vi-ideology-representative",
    positions: [
      {
        organizationId: "org-by-vi-ideology",
        title: {
          en: "Representative of the Vitebsk oblast executive committee, Department on ideology",
          ru: "Представитель управления идеологической работы Витебского облисполкома",
          be: "Прадстаўнік упраўлення ідэалагічнай работы Віцебскага аблвыканкама",
        },
      },
    ],
  },
  {
    id: "person-by-vi-health-representative",
    positions: [
      {
        organizationId: "org-by-vi-health",
        title: {
          en: "Representative of the Vitebsk oblast executive committee, Department of health",
          ru: "Представитель управления здравоохранения Витебского облисполкома",
          be: "Прадстаўнік упраўлення аховы здароўя Віцебскага аблвыканкама",
        },
      },
    ],
  },
];
