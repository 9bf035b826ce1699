import type { Organization } from "../../organization.js";

// Organisations named in the two IOM Belarus news items (Gomel, 16 April 2014; Vitebsk, 14 May 2014).
// English names follow the seeds' wording; Russian names are translations. Where a seed names only
// a department ("Department of the Interior Affairs"), it is read as the oblast-level body, a unit of
// the oblast executive committee, because the meeting is a regional one.

/** National and international bodies: IOM, its ITA project and the Ministry of the Interior. */
export const nationalOrganizations: readonly Organization[] = [
  {
    id: "org-iom",
    kind: "international_organization",
    name: {
      en: "International Organization for Migration",
      ru: "Международная организация по миграции",
      be: "Міжнародная арганізацыя па міграцыі",
    },
    abbreviation: { en: "IOM", ru: "МОМ", be: "МАМ" },
  },
  {
    id: "org-iom-belarus",
    kind: "international_organization",
    name: {
      en: "International Organization for Migration (IOM), Office in the Republic of Belarus",
      ru: "Представительство Международной организации по миграции в Республике Беларусь",
      be: "Прадстаўніцтва Міжнароднай арганізацыі па міграцыі ў Рэспубліцы Беларусь",
    },
    abbreviation: { en: "IOM Belarus", ru: "МОМ в Беларуси", be: "МАМ у Беларусі" },
    parentId: "org-iom",
    country: "BY",
  },
  {
    // The seeds call Natalia Zhak the project's coordinator, "IOM": the project is run by IOM's office.
    id: "org-iom-ita-thb-capacity",
    kind: "other",
    name: {
      en: "International Technical Assistance Project “Building the capacity of the Republic of Belarus in the field of combating trafficking in human beings”",
      ru: "Проект международной технической помощи «Наращивание потенциала Республики Беларусь в сфере противодействия торговле людьми»",
      be: "Праект міжнароднай тэхнічнай дапамогі «Нарошчванне патэнцыялу Рэспублікі Беларусь у сферы супрацьдзеяння гандлю людзьмі»",
    },
    abbreviation: { en: "ITA project", ru: "Проект МТП", be: "Праект МТД" },
    parentId: "org-iom-belarus",
    country: "BY",
  },
  {
    id: "org-by-moi",
    kind: "interior",
    name: {
      en: "Ministry of the Interior of the Republic of Belarus",
      ru: "Министерство внутренних дел Республики Беларусь",
      be: "Міністэрства ўнутраных спраў Рэспублікі Беларусь",
    },
    abbreviation: { en: "MoI", ru: "МВД", be: "МУС" },
    country: "BY",
  },
  {
    // The seeds say only "the Department"; the second unit of the criminal militia belongs to it.
    id: "org-by-moi-department",
    kind: "interior",
    name: {
      en: "The Department of the criminal militia of the Ministry of the Interior of the Republic of Belarus",
      ru: "Управление криминальной милиции Министерства внутренних дел Республики Беларусь",
      be: "Упраўленне крымінальнай міліцыі Міністэрства ўнутраных спраў Рэспублікі Беларусь",
    },
    parentId: "org-by-moi",
    country: "BY",
  },
  {
    id: "org-by-moi-second-unit",
    kind: "interior",
    name: {
      en: "Second unit on combating trafficking in drugs and human beings of the criminal militia of the Ministry of the Interior of the Republic of Belarus",
      ru: "Второй отдел по противодействию торговле наркотиками и людьми криминальной милиции МВД Республики Беларусь",
      be: "Другі аддзел па супрацьдзеянні гандлю наркотыкамі і людзьмі крымінальнай міліцыі МУС Рэспублікі Беларусь",
    },
    parentId: "org-by-moi-department",
    country: "BY",
  },
];

/** Gomel oblast (BY-HO): attendees of 16 April 2014 and the bodies its decisions add to the MoU. */
export const gomelOrganizations: readonly Organization[] = [
  {
    id: "org-by-ho-executive-committee",
    kind: "local_government",
    name: {
      en: "Gomel Oblast Executive Committee",
      ru: "Гомельский областной исполнительный комитет",
      be: "Гомельскі абласны выканаўчы камітэт",
    },
    abbreviation: { ru: "Гомельский облисполком", be: "Гомельскі аблвыканкам" },
    regionId: "BY-HO",
  },
  {
    id: "org-by-ho-ideology",
    kind: "local_government",
    name: {
      en: "Gomel Oblast Executive Committee – Department on ideology",
      ru: "Управление идеологической работы Гомельского облисполкома",
      be: "Упраўленне ідэалагічнай работы Гомельскага аблвыканкама",
    },
    parentId: "org-by-ho-executive-committee",
    regionId: "BY-HO",
  },
  {
    id: "org-by-ho-interior",
    kind: "interior",
    name: {
      en: "Department of the Interior Affairs, Gomel oblast",
      ru: "Управление внутренних дел Гомельского облисполкома",
      be: "Упраўленне ўнутраных спраў Гомельскага аблвыканкама",
    },
    abbreviation: { ru: "УВД", be: "УУС" },
    parentId: "org-by-ho-executive-committee",
    regionId: "BY-HO",
  },
  {
    id: "org-by-ho-labour",
    kind: "labour_social_protection",
    name: {
      en: "Department of labor and social welfare, Gomel oblast",
      ru: "Управление по труду и социальной защите Гомельского облисполкома",
      be: "Упраўленне па працы і сацыяльнай абароне Гомельскага аблвыканкама",
    },
    parentId: "org-by-ho-executive-committee",
    regionId: "BY-HO",
  },
  {
    id: "org-by-ho-migration",
    kind: "migration",
    name: {
      en: "Department of citizenship and migration, Gomel oblast",
      ru: "Управление по гражданству и миграции УВД Гомельского облисполкома",
      be: "Упраўленне па грамадзянстве і міграцыі УУС Гомельскага аблвыканкама",
    },
    parentId: "org-by-ho-interior",
    regionId: "BY-HO",
  },
  {
    id: "org-by-ho-investigation",
    kind: "investigation",
    name: {
      en: "Investigation committee, Gomel oblast department",
      ru: "Управление Следственного комитета Республики Беларусь по Гомельской области",
      be: "Упраўленне Следчага камітэта Рэспублікі Беларусь па Гомельскай вобласці",
    },
    regionId: "BY-HO",
  },
  {
    id: "org-by-ho-bar",
    kind: "bar_association",
    name: {
      en: "Gomel Oblast Bar Association",
      ru: "Гомельская областная коллегия адвокатов",
      be: "Гомельская абласная калегія адвакатаў",
    },
    regionId: "BY-HO",
  },
  {
    id: "org-by-ho-red-cross",
    kind: "ngo",
    name: {
      en: "Gomel Oblast Red Cross Organization",
      ru: "Гомельская областная организация Белорусского Общества Красного Креста",
      be: "Гомельская абласная арганізацыя Беларускага Таварыства Чырвонага Крыжа",
    },
    abbreviation: { en: "Red Cross", ru: "Красный Крест", be: "Чырвоны Крыж" },
    regionId: "BY-HO",
  },
  {
    id: "org-by-ho-bywca",
    kind: "ngo",
    name: {
      en: "Gomel “BYWCA” NGO",
      ru: "Гомельское общественное объединение «BYWCA»",
      be: "Гомельскае грамадскае аб’яднанне «BYWCA»",
    },
    abbreviation: { en: "BYWCA" },
    regionId: "BY-HO",
  },
  {
    id: "org-by-ho-court",
    kind: "court",
    name: { en: "Gomel Oblast Court", ru: "Гомельский областной суд", be: "Гомельскі абласны суд" },
    regionId: "BY-HO",
  },
  {
    id: "org-by-ho-prosecutor",
    kind: "prosecution",
    name: {
      en: "Prosecutor’s office of Gomel oblast",
      ru: "Прокуратура Гомельской области",
      be: "Пракуратура Гомельскай вобласці",
    },
    regionId: "BY-HO",
  },
];

/** Vitebsk oblast (BY-VI): host, panel, attendees and guests of 14 May 2014. */
export const vitebskOrganizations: readonly Organization[] = [
  {
    id: "org-by-vi-executive-committee",
    kind: "local_government",
    name: {
      en: "Vitebsk Oblast Executive Committee",
      ru: "Витебский областной исполнительный комитет",
      be: "Віцебскі абласны выканаўчы камітэт",
    },
    abbreviation: { ru: "Витебский облисполком", be: "Віцебскі аблвыканкам" },
    regionId: "BY-VI",
  },
  {
    id: "org-by-vi-ideology",
    kind: "local_government",
    name: {
      en: "Vitebsk Oblast Executive Committee – Department on ideology",
      ru: "Управление идеологической работы Витебского облисполкома",
      be: "Упраўленне ідэалагічнай работы Віцебскага аблвыканкама",
    },
    parentId: "org-by-vi-executive-committee",
    regionId: "BY-VI",
  },
  {
    id: "org-by-vi-health",
    kind: "health",
    name: {
      en: "Vitebsk Oblast Executive Committee – Department of health",
      ru: "Управление здравоохранения Витебского облисполкома",
      be: "Упраўленне аховы здароўя Віцебскага аблвыканкама",
    },
    parentId: "org-by-vi-executive-committee",
    regionId: "BY-VI",
  },
  {
    id: "org-by-vi-education",
    kind: "education",
    name: {
      en: "Department of education, Vitebsk oblast",
      ru: "Управление образования Витебского облисполкома",
      be: "Упраўленне адукацыі Віцебскага аблвыканкама",
    },
    parentId: "org-by-vi-executive-committee",
    regionId: "BY-VI",
  },
  {
    id: "org-by-vi-interior",
    kind: "interior",
    name: {
      en: "Department of the Interior Affairs, Vitebsk oblast",
      ru: "Управление внутренних дел Витебского облисполкома",
      be: "Упраўленне ўнутраных спраў Віцебскага аблвыканкама",
    },
    abbreviation: { ru: "УВД", be: "УУС" },
    parentId: "org-by-vi-executive-committee",
    regionId: "BY-VI",
  },
  {
    id: "org-by-vi-labour",
    kind: "labour_social_protection",
    name: {
      en: "Department of labor and social welfare, Vitebsk oblast",
      ru: "Управление по труду и социальной защите Витебского облисполкома",
      be: "Упраўленне па працы і сацыяльнай абароне Віцебскага аблвыканкама",
    },
    parentId: "org-by-vi-executive-committee",
    regionId: "BY-VI",
  },
  {
    id: "org-by-vi-migration",
    kind: "migration",
    name: {
      en: "Department of citizenship and migration, Vitebsk oblast",
      ru: "Управление по гражданству и миграции УВД Витебского облисполкома",
      be: "Упраўленне па грамадзянстве і міграцыі УУС Віцебскага аблвыканкама",
    },
    parentId: "org-by-vi-interior",
    regionId: "BY-VI",
  },
  {
    id: "org-by-vi-investigation",
    kind: "investigation",
    name: {
      en: "Investigation committee, Vitebsk oblast department",
      ru: "Управление Следственного комитета Республики Беларусь по Витебской области",
      be: "Упраўленне Следчага камітэта Рэспублікі Беларусь па Віцебскай вобласці",
    },
    regionId: "BY-VI",
  },
  {
    id: "org-by-vi-bar",
    kind: "bar_association",
    name: {
      en: "Vitebsk Oblast Bar Association",
      ru: "Витебская областная коллегия адвокатов",
      be: "Віцебская абласная калегія адвакатаў",
    },
    regionId: "BY-VI",
  },
  {
    id: "org-by-vi-prosecutor",
    kind: "prosecution",
    name: {
      en: "Prosecutor’s office of Vitebsk oblast",
      ru: "Прокуратура Витебской области",
      be: "Пракуратура Віцебскай вобласці",
    },
    regionId: "BY-VI",
  },
  {
    id: "org-by-vi-court",
    kind: "court",
    name: { en: "Vitebsk Oblast Court", ru: "Витебский областной суд", be: "Віцебскі абласны суд" },
    regionId: "BY-VI",
  },
  {
    id: "org-by-vi-border-guards-polotsk",
    kind: "border_guard",
    name: { en: "Polotsk Border Guards detachment", ru: "Полоцкий пограничный отряд", be: "Полацкі пагранічны атрад" },
    regionId: "BY-VI",
  },
  {
    id: "org-by-vi-red-cross",
    kind: "ngo",
    name: {
      en: "Vitebsk Oblast Red Cross Organization",
      ru: "Витебская областная организация Белорусского Общества Красного Креста",
      be: "Віцебская абласная арганізацыя Беларускага Таварыства Чырвонага Крыжа",
    },
    abbreviation: { en: "Red Cross", ru: "Красный Крест", be: "Чырвоны Крыж" },
    regionId: "BY-VI",
  },
  {
    id: "org-by-vi-red-cross-novopolotsk",
    kind: "ngo",
    name: {
      en: "Novopolotsk Red Cross Organization",
      ru: "Новополоцкая городская организация Белорусского Общества Красного Креста",
      be: "Наваполацкая гарадская арганізацыя Беларускага Таварыства Чырвонага Крыжа",
    },
    abbreviation: { en: "Red Cross", ru: "Красный Крест", be: "Чырвоны Крыж" },
    regionId: "BY-VI",
  },
  {
    id: "org-by-vi-union-of-women-novopolotsk",
    kind: "ngo",
    name: {
      en: "Novopolotsk NGO “Belarussian Union of Women”",
      ru: "Новополоцкая организация ОО «Белорусский союз женщин»",
      be: "Наваполацкая арганізацыя ГА «Беларускі саюз жанчын»",
    },
    regionId: "BY-VI",
  },
  {
    id: "org-by-vi-youth-palace",
    kind: "youth",
    name: { en: "Youth Palace", ru: "Дворец молодёжи", be: "Палац моладзі" },
    regionId: "BY-VI",
  },
  {
    id: "org-by-vi-volunteer-brigades",
    kind: "youth",
    name: { en: "Volunteers’ brigades", ru: "Волонтёрские отряды", be: "Валанцёрскія атрады" },
    regionId: "BY-VI",
  },
];
