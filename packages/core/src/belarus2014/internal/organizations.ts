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
    name: { en: "International Organization for Migration", ru: "Международная организация по миграции" },
    abbreviation: { en: "IOM", ru: "МОМ" },
  },
  {
    id: "org-iom-belarus",
    kind: "international_organization",
    name: {
      en: "International Organization for Migration (IOM), Office in the Republic of Belarus",
      ru: "Представительство Международной организации по миграции в Республике Беларусь",
    },
    abbreviation: { en: "IOM Belarus", ru: "МОМ в Беларуси" },
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
    },
    abbreviation: { en: "ITA project", ru: "Проект МТП" },
    parentId: "org-iom-belarus",
    country: "BY",
  },
  {
    id: "org-by-moi",
    kind: "interior",
    name: {
      en: "Ministry of the Interior of the Republic of Belarus",
      ru: "Министерство внутренних дел Республики Беларусь",
    },
    abbreviation: { en: "MoI", ru: "МВД" },
    country: "BY",
  },
  {
    // The seeds say only "the Department"; the second unit of the criminal militia belongs to it.
    id: "org-by-moi-department",
    kind: "interior",
    name: {
      en: "The Department of the criminal militia of the Ministry of the Interior of the Republic of Belarus",
      ru: "Управление криминальной милиции Министерства внутренних дел Республики Беларусь",
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
    name: { en: "Gomel Oblast Executive Committee", ru: "Гомельский областной исполнительный комитет" },
    abbreviation: { ru: "Гомельский облисполком" },
    regionId: "BY-HO",
  },
  {
    id: "org-by-ho-ideology",
    kind: "local_government",
    name: {
      en: "Gomel Oblast Executive Committee – Department on ideology",
      ru: "Управление идеологической работы Гомельского облисполкома",
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
    },
    abbreviation: { ru: "УВД" },
    parentId: "org-by-ho-executive-committee",
    regionId: "BY-HO",
  },
  {
    id: "org-by-ho-labour",
    kind: "labour_social_protection",
    name: {
      en: "Department of labor and social welfare, Gomel oblast",
      ru: "Управление по труду и социальной защите Гомельского облисполкома",
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
    },
    regionId: "BY-HO",
  },
  {
    id: "org-by-ho-bar",
    kind: "bar_association",
    name: { en: "Gomel Oblast Bar Association", ru: "Гомельская областная коллегия адвокатов" },
    regionId: "BY-HO",
  },
  {
    id: "org-by-ho-red-cross",
    kind: "ngo",
    name: {
      en: "Gomel Oblast Red Cross Organization",
      ru: "Гомельская областная организация Белорусского Общества Красного Креста",
    },
    abbreviation: { en: "Red Cross", ru: "Красный Крест" },
    regionId: "BY-HO",
  },
  {
    id: "org-by-ho-bywca",
    kind: "ngo",
    name: { en: "Gomel “BYWCA” NGO", ru: "Гомельское общественное объединение «BYWCA»" },
    abbreviation: { en: "BYWCA" },
    regionId: "BY-HO",
  },
  {
    id: "org-by-ho-court",
    kind: "court",
    name: { en: "Gomel Oblast Court", ru: "Гомельский областной суд" },
    regionId: "BY-HO",
  },
  {
    id: "org-by-ho-prosecutor",
    kind: "prosecution",
    name: { en: "Prosecutor’s office of Gomel oblast", ru: "Прокуратура Гомельской области" },
    regionId: "BY-HO",
  },
];

/** Vitebsk oblast (BY-VI): host, panel, attendees and guests of 14 May 2014. */
export const vitebskOrganizations: readonly Organization[] = [
  {
    id: "org-by-vi-executive-committee",
    kind: "local_government",
    name: { en: "Vitebsk Oblast Executive Committee", ru: "Витебский областной исполнительный комитет" },
    abbreviation: { ru: "Витебский облисполком" },
    regionId: "BY-VI",
  },
  {
    id: "org-by-vi-ideology",
    kind: "local_government",
    name: {
      en: "Vitebsk Oblast Executive Committee – Department on ideology",
      ru: "Управление идеологической работы Витебского облисполкома",
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
    },
    abbreviation: { ru: "УВД" },
    parentId: "org-by-vi-executive-committee",
    regionId: "BY-VI",
  },
  {
    id: "org-by-vi-labour",
    kind: "labour_social_protection",
    name: {
      en: "Department of labor and social welfare, Vitebsk oblast",
      ru: "Управление по труду и социальной защите Витебского облисполкома",
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
    },
    regionId: "BY-VI",
  },
  {
    id: "org-by-vi-bar",
    kind: "bar_association",
    name: { en: "Vitebsk Oblast Bar Association", ru: "Витебская областная коллегия адвокатов" },
    regionId: "BY-VI",
  },
  {
    id: "org-by-vi-prosecutor",
    kind: "prosecution",
    name: { en: "Prosecutor’s office of Vitebsk oblast", ru: "Прокуратура Витебской области" },
    regionId: "BY-VI",
  },
  {
    id: "org-by-vi-court",
    kind: "court",
    name: { en: "Vitebsk Oblast Court", ru: "Витебский областной суд" },
    regionId: "BY-VI",
  },
  {
    id: "org-by-vi-border-guards-polotsk",
    kind: "border_guard",
    name: { en: "Polotsk Border Guards detachment", ru: "Полоцкий пограничный отряд" },
    regionId: "BY-VI",
  },
  {
    id: "org-by-vi-red-cross",
    kind: "ngo",
    name: {
      en: "Vitebsk Oblast Red Cross Organization",
      ru: "Витебская областная организация Белорусского Общества Красного Креста",
    },
    abbreviation: { en: "Red Cross", ru: "Красный Крест" },
    regionId: "BY-VI",
  },
  {
    id: "org-by-vi-red-cross-novopolotsk",
    kind: "ngo",
    name: {
      en: "Novopolotsk Red Cross Organization",
      ru: "Новополоцкая городская организация Белорусского Общества Красного Креста",
    },
    abbreviation: { en: "Red Cross", ru: "Красный Крест" },
    regionId: "BY-VI",
  },
  {
    id: "org-by-vi-union-of-women-novopolotsk",
    kind: "ngo",
    name: {
      en: "Novopolotsk NGO “Belarussian Union of Women”",
      ru: "Новополоцкая организация ОО «Белорусский союз женщин»",
    },
    regionId: "BY-VI",
  },
  {
    id: "org-by-vi-youth-palace",
    kind: "youth",
    name: { en: "Youth Palace", ru: "Дворец молодёжи" },
    regionId: "BY-VI",
  },
  {
    id: "org-by-vi-volunteer-brigades",
    kind: "youth",
    name: { en: "Volunteers’ brigades", ru: "Волонтёрские отряды" },
    regionId: "BY-VI",
  },
];
