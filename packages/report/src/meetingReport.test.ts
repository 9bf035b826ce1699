import type { NrmDataset } from "@nrmkit/core";
import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
import { describe, expect, it } from "vitest";
import { hostileDataset, protectedTable, withBrest } from "../test/fixtures.js";
import type { Block, Inline } from "./document.js";
import { be, ro, uk } from "./locales/index.js";
import { buildMeetingReport } from "./meetingReport.js";
import { renderHtml } from "./renderHtml.js";
import { renderMarkdown } from "./renderMarkdown.js";
import { renderText } from "./renderText.js";

const VITEBSK = "meeting-vitebsk-2014-05-14";
const GOMEL = "meeting-gomel-2014-04-16";

// Every fact of IOM Belarus's news item on the Vitebsk meeting of 14 May 2014, in its words (the
// seed's backquotes written as apostrophes). The generated English report must state each one.
const VITEBSK_FACTS = [
  "Meeting of the Multi-Disciplinary Task Force, Vitebsk",
  "On the 14th of May, 2014 a meeting of the multi-disciplinary task force in Vitebsk took place",
  "The main responsibility of the task force is",
  "to identify victims of trafficking (VoTs) in Vitebsk oblast",
  "to refer VoTs in Vitebsk oblast",
  "to provide assistance to VoTs in Vitebsk oblast",
  "to strengthen the National Referral Mechanism (NRM) in Vitebsk oblast",
  "to share experience, information and latest statistics in the field of combating and prevention of trafficking in human beings",
  "chaired by Sergey Koltun (National Project Coordinator; Deputy chairperson of the Department; Chairperson of the second unit on combating trafficking in drugs and human beings of the criminal militia of the Ministry of the Interior of the Republic of Belarus)",
  "Natalia Zhak (Coordinator of the International Technical Assistance Project “Building the capacity of the Republic of Belarus in the field of combating trafficking in human beings”, IOM)",
  "Other members of the meeting panel included the Chairperson of the Vitebsk Oblast Red Cross Organization",
  "Representative of the Vitebsk oblast executive committee, Department on ideology",
  "Representative of the Vitebsk oblast executive committee, Department of health",
  "organised at the Vitebsk oblast executive committee premises",
  "with the technical support of the Vitebsk Oblast Red Cross Organization",
  "attended by the representatives of the agencies which signed the MoU",
  "Other interested organisations",
  "Department of the Interior Affairs",
  "Department of labor and social welfare",
  "Department of education",
  "Department of health",
  "Department of citizenship and migration",
  "Investigation committee",
  "Bar Association",
  "Prosecutor’s office",
  "Court",
  "Polotsk Border Guards detachment",
  "Vitebsk Oblast Executive Committee – Department on ideology",
  "Vitebsk Oblast Red Cross Organization",
  "Novopolotsk Red Cross Organization",
  "Novopolotsk NGO “Belarussian Union of Women”",
  "The representatives of the Youth Palace and Volunteers’ brigades were invited as guests for the purpose of sharing their experience in prevention of THB among target groups",
  "all the representatives had an opportunity to share the latest information and statistics",
  "The latest trends in the field of THB in Vitebsk region",
  "Special attention: Rendering assistance to victims of trafficking",
  "Special attention: Children sexual abuse, and the necessity to improve responses of both state and non-state actors",
  "Special attention: The experience of the Vitebsk oblast Red Cross organization (rendering of medical assistance by Red Cross nurses) in social sub contraction",
  "In the course of the work of the task force it was decided:",
  "1. to more actively engage into sharing information and statistics between the interested parties of the MoU in the field of prevention of THB and provision of assistance to VoTs;",
  "2. to improve cooperation among NGOs and the department on citizenship and migration;",
  "3. to strengthen cooperation among all the parties in joint preventive actions and initiatives and to inform people about the possibilities of trapping into slavery conditions when searching for a job in Russia;",
  "4. to increase informational work with the teachers, social teachers and social psychologists for the purpose of sexual violence against children prevention;",
  "5. to continue active involvement of youth into volunteer groups for the purpose of THB prevention;",
  "6. to more actively use the resources of the crisis centers for provision of reintegration assistance to VoTs;",
  "7. to engage journalists and representatives of mass media into prevention of THB in the region and to educate them regarding the preparation of articles on this topic;",
  "8. to improve participation of NGOs of Vitebsk oblast in social sub-contraction and preparation of suggestions for harmonization of Legislation on State social sub contraction;",
  "9. to introduce changes into the text of MoU, particularly, to add items about the New State Programme for 2013 – 2015; about Belarus joining the Council of Europe Convention on combating trafficking in human beings and the article about adhering to the principles of confidentiality when working with VoTs;",
  "10. to widen the list of the MoU participants with the representatives of the court, prosecutor's office, investigation committee, border guards detachment, department on citizenship and migration, Novopolotsk NGO “Belarussian Union of Women”.",
  "Published: 19 May 2014",
  "International Organization for Migration (IOM), Office in the Republic of Belarus",
  "Filed under: Combating Trafficking in Human Beings, News, Partnership",
  "Tagged with: Counter-Trafficking, Domestic Violence, Human Trafficking, Information Exchange",
  "Languages: English, Russian",
  "Previous item: IOM delegation meets Ukrainian Customs to discuss joint EU-funded PRINEX project’s recent developments and upcoming events",
  "Next item: Meeting of the Multi-Disciplinary Task Force, Brest",
];

/** Plain strings of a document, leaving out text marked as shown in another language. */
function unmarkedText(blocks: readonly Block[]): string {
  const inline = (content: readonly Inline[]): string =>
    content
      .map((run) => (typeof run === "string" ? run : run.kind === "fallback" ? " " : inline(run.children)))
      .join("");
  return blocks
    .map((block) => {
      switch (block.kind) {
        case "list":
          return block.items.map(inline).join("\n");
        case "definitions":
          return block.items.map((item) => `${inline(item.term)} ${inline(item.details)}`).join("\n");
        case "table":
          return [block.caption, ...block.rows.flatMap((row) => row.cells.map((cell) => cell.content))]
            .map(inline)
            .join("\n");
        case "figure":
          return inline(block.caption);
        default:
          return inline(block.content);
      }
    })
    .join("\n");
}

describe("buildMeetingReport", () => {
  const english = renderText(buildMeetingReport(belarusTaskForces2014, VITEBSK));

  it.each(VITEBSK_FACTS)("states the seed fact %j in the English Vitebsk report", (fact) => {
    expect(english).toContain(fact);
  });

  it("writes the Vitebsk report in correct Russian when asked for ru", () => {
    expect(renderText(buildMeetingReport(belarusTaskForces2014, VITEBSK, { locale: "ru" }))).toMatchInlineSnapshot(`
      "Заседание межведомственной рабочей группы, Витебск
      ==================================================

      14 мая 2014 года состоялось заседание межведомственной рабочей группы (Витебск). Основные задачи рабочей группы: выявлять жертв торговли людьми в Витебской области; направлять жертв торговли людьми в Витебской области; оказывать помощь жертвам торговли людьми в Витебской области; укреплять национальный механизм перенаправления в Витебской области; обмениваться опытом, информацией и последней статистикой в сфере противодействия и предупреждения торговли людьми.

      Участники
      ---------

      Председатели заседания: Сергей Колтун (национальный координатор проекта; заместитель начальника управления; начальник второго отдела по противодействию торговле наркотиками и людьми криминальной милиции МВД Республики Беларусь) и Наталья Жак (координатор проекта международной технической помощи «Наращивание потенциала Республики Беларусь в сфере противодействия торговле людьми», МОМ). Другие члены президиума: председатель Витебской областной организации Красного Креста; представитель управления идеологической работы Витебского облисполкома и представитель управления здравоохранения Витебского облисполкома. Место проведения: Здание Витебского облисполкома (принимающая сторона: Витебский областной исполнительный комитет (Витебский облисполком)). Поддержка в организации заседания: Витебская областная организация Белорусского Общества Красного Креста (техническая).

      На заседании присутствовали представители организаций, подписавших Меморандум (8 организаций): Управление внутренних дел Витебского облисполкома (УВД); Управление по труду и социальной защите Витебского облисполкома; Управление образования Витебского облисполкома; Управление здравоохранения Витебского облисполкома; Витебская областная коллегия адвокатов; Управление идеологической работы Витебского облисполкома; общественные организации: Витебская областная организация Белорусского Общества Красного Креста и Новополоцкая городская организация Белорусского Общества Красного Креста. Также присутствовали представители других заинтересованных организаций (6 организаций): Управление по гражданству и миграции УВД Витебского облисполкома; Управление Следственного комитета Республики Беларусь по Витебской области; Прокуратура Витебской области; Витебский областной суд; Полоцкий пограничный отряд; общественная организация: Новополоцкая организация ОО «Белорусский союз женщин».

      В качестве гостей были приглашены представители организаций: Дворец молодёжи и Волонтёрские отряды. Цель приглашения: обмен опытом профилактики торговли людьми среди целевых групп.

      Обсуждение
      ----------

      В ходе заседания все участники имели возможность поделиться последней информацией и статистикой. Обсуждались следующие вопросы:

      - Последняя информация и статистика, представленная всеми участниками
      - Последние тенденции в сфере торговли людьми в Витебской области
      - Особое внимание: оказание помощи жертвам торговли людьми
      - Особое внимание: сексуальное насилие в отношении детей и необходимость улучшить реагирование государственных и негосударственных структур
      - Особое внимание: опыт Витебской областной организации Красного Креста (оказание медицинской помощи сёстрами милосердия Красного Креста) в государственном социальном заказе (докладчик: Витебская областная организация Белорусского Общества Красного Креста)

      Решения
      -------

      По итогам работы рабочей группы было решено:

      1. активнее обмениваться информацией и статистикой между заинтересованными сторонами Меморандума в сфере предупреждения торговли людьми и оказания помощи жертвам торговли людьми;
      2. улучшить взаимодействие общественных объединений и управления по гражданству и миграции;
      3. укреплять взаимодействие всех сторон в совместных профилактических акциях и инициативах и информировать население о риске попасть в рабские условия при поиске работы в России;
      4. усилить информационную работу с учителями, социальными педагогами и педагогами-психологами в целях предупреждения сексуального насилия в отношении детей;
      5. продолжать активно вовлекать молодёжь в волонтёрские группы в целях предупреждения торговли людьми;
      6. активнее использовать ресурсы кризисных центров для оказания реинтеграционной помощи жертвам торговли людьми;
      7. привлекать журналистов и представителей средств массовой информации к предупреждению торговли людьми в регионе и обучать их подготовке статей на эту тему;
      8. расширить участие общественных объединений Витебской области в государственном социальном заказе и подготовить предложения по совершенствованию законодательства о государственном социальном заказе;
      9. внести изменения в текст Меморандума, в частности добавить пункты о новой Государственной программе на 2013–2015 годы, о присоединении Беларуси к Конвенции Совета Европы о противодействии торговле людьми и статью о соблюдении принципов конфиденциальности при работе с жертвами торговли людьми;
      10. расширить список участников Меморандума за счёт представителей суда, прокуратуры, следственного комитета, пограничного отряда, управления по гражданству и миграции, новополоцкой организации ОО «Белорусский союз женщин».

      Связь с другими решениями: № 1 — повторяет решение: Гомельская область, 16 апреля 2014 г., № 1; № 3 — повторяет решение: Гомельская область, 16 апреля 2014 г., № 4; № 7 — повторяет решение: Гомельская область, 16 апреля 2014 г., № 7; № 8 — повторяет решение: Гомельская область, 16 апреля 2014 г., № 8; № 9 — повторяет решение: Гомельская область, 16 апреля 2014 г., № 9; № 10 — повторяет решение: Гомельская область, 16 апреля 2014 г., № 10.

      Публикация
      ----------

      Дата публикации: 19 мая 2014 г.
      Издатель: Представительство Международной организации по миграции в Республике Беларусь
      Рубрики: Противодействие торговле людьми, Новости, Партнёрство
      Метки: Противодействие торговле людьми, Домашнее насилие, Торговля людьми, Обмен информацией
      Языки: английский, русский
      Предыдущая публикация: [en] IOM delegation meets Ukrainian Customs to discuss joint EU-funded PRINEX project’s recent developments and upcoming events
      Следующая публикация: [en] Meeting of the Multi-Disciplinary Task Force, Brest
      "
    `);
  });

  it.each([VITEBSK, GOMEL])("leaves no English unmarked in the Russian report of %s", (meetingId) => {
    const doc = buildMeetingReport(belarusTaskForces2014, meetingId, { locale: "ru" });
    const latinWords = unmarkedText(doc.blocks).match(/[A-Za-z]{2,}/g) ?? [];
    // BYWCA is the NGO's own name, written in Latin letters in Russian too.
    expect(latinWords.filter((word) => word !== "BYWCA")).toEqual([]);
  });

  it("marks missing Russian texts visibly when only English exists", () => {
    const text = renderText(buildMeetingReport(belarusTaskForces2014, VITEBSK, { locale: "ru" }));
    expect(text).toContain("Следующая публикация: [en] Meeting of the Multi-Disciplinary Task Force, Brest");
    expect(text).toContain("Рубрики: Противодействие торговле людьми, Новости, Партнёрство");
    // Categories known in English only: each is marked on its own.
    const englishOnly = {
      ...belarusTaskForces2014,
      meetings: belarusTaskForces2014.meetings.map((meeting) =>
        meeting.publication === undefined
          ? meeting
          : {
              ...meeting,
              publication: {
                ...meeting.publication,
                categories: meeting.publication.categories.map((category) => ({ en: category.en ?? "" })),
              },
            },
      ),
    };
    expect(renderText(buildMeetingReport(englishOnly, VITEBSK, { locale: "ru" }))).toContain(
      "Рубрики: [en] Combating Trafficking in Human Beings, [en] News, [en] Partnership",
    );
  });

  it("agrees Russian counts with their nouns", () => {
    const text = renderText(buildMeetingReport(belarusTaskForces2014, GOMEL, { locale: "ru" }));
    expect(text).toContain("подписавших Меморандум (5 организаций)");
    expect(text).toContain("заинтересованных организаций (3 организации)");
    expect(text).toContain("Председатели заседания: Зейнал Гаджиев (глава Представительства МОМ); Сергей Колтун");
  });

  it("opens with the Russian date phrase when asked for ru", () => {
    const doc = buildMeetingReport(belarusTaskForces2014, GOMEL, { locale: "ru" });
    expect(renderText(doc)).toContain(
      "16 апреля 2014 года состоялось заседание межведомственной рабочей группы (Гомель).",
    );
    expect(doc.lang).toBe("ru");
  });

  describe("articles and number agreement, on a list of sentences", () => {
    /** The Vitebsk meeting with another venue and only its first guest. */
    const variant = (venue: NrmDataset["meetings"][number]["venue"], guests: number): NrmDataset => ({
      ...belarusTaskForces2014,
      meetings: belarusTaskForces2014.meetings.map((meeting) =>
        meeting.id !== VITEBSK
          ? meeting
          : {
              ...meeting,
              ...(venue === undefined ? {} : { venue }),
              attendance: [
                ...meeting.attendance.filter((entry) => entry.capacity !== "guest"),
                ...meeting.attendance.filter((entry) => entry.capacity === "guest").slice(0, guests),
              ],
            },
      ),
    });
    const languages = { en: "en", ru: "ru", be, uk } as const;
    const text = (data: NrmDataset, code: keyof typeof languages = "en") =>
      renderText(buildMeetingReport(data, VITEBSK, { locale: languages[code] }));

    it.each([
      [{ name: { en: "The Palace of Culture" } }, "The meeting was organised at The Palace of Culture with"],
      [{ name: { en: "Palace of Culture" } }, "The meeting was organised at the Palace of Culture with"],
      [
        { hostId: "org-by-vi-executive-committee" },
        "The meeting was organised at the premises of the Vitebsk Oblast Executive Committee with",
      ],
    ])("writes the venue %j with one article: %s", (venue, sentence) => {
      expect(text(variant(venue, 2))).toContain(sentence);
    });

    it.each([
      [1, "ru", "В качестве гостей были приглашены представители организации: Дворец молодёжи."],
      [2, "ru", "В качестве гостей были приглашены представители организаций: Дворец молодёжи и Волонтёрские отряды."],
      [1, "be", "У якасці гасцей былі запрошаны прадстаўнікі арганізацыі: Палац моладзі."],
      [1, "uk", "Як гостей було запрошено представників організації: [en] Youth Palace."],
    ] as const)("agrees the guests' sentence with %i organisation(s) in %s", (guests, code, sentence) => {
      expect(text(variant(undefined, guests), code)).toContain(sentence);
    });
  });

  describe("kinds, NGO groups and abbreviations, on a list of sentences", () => {
    const brest = withBrest(belarusTaskForces2014);
    const text = (locale: "en" | "ru" | typeof be) =>
      renderText(buildMeetingReport(brest, "meeting-brest-2014-06-18", { locale }));

    it.each([
      [
        "en",
        "The representatives of the donor United States Agency for International Development (USAID) were invited as guests.",
      ],
      [
        "ru",
        "В качестве гостей были приглашены представители организации: донор — Агентство США по международному развитию (USAID).",
      ],
      ["en", "(2 organisations): Brest Oblast Department of Internal Affairs; NGO: Brest “Women’s Initiatives” NGO."],
      [
        "ru",
        "(2 организации): Управление внутренних дел Брестского облисполкома; общественная организация: ОО «Женские инициативы», Брест.",
      ],
      // IOM's office is defined at its first mention (the organisers) and abbreviated at the second.
      [
        "en",
        "support of the International Organization for Migration (IOM), Office in the Republic of Belarus (IOM Belarus).",
      ],
      ["en", "Other interested organisations were also represented (1 organisation): IOM Belarus."],
    ] as const)("writes in %s: %s", (locale, sentence) => {
      expect(text(locale)).toContain(sentence);
    });

    it("names a donor as a donor in every built-in language", () => {
      for (const [locale, word] of [
        ["en", "the donor "],
        ["ru", "донор — "],
        [be, "донар — "],
        [uk, "донор — "],
        [ro, "donatorul "],
      ] as const) {
        expect(renderText(buildMeetingReport(brest, "meeting-brest-2014-06-18", { locale }))).toContain(word);
      }
    });

    it("never uses an abbreviation that two organisations of the report share, nor puts it in a second pair of brackets", () => {
      // Vitebsk: the oblast and the Novopolotsk Red Cross are both "Red Cross"; neither is shortened.
      const vitebsk = renderText(buildMeetingReport(belarusTaskForces2014, VITEBSK));
      expect(vitebsk).toContain("NGOs: Vitebsk Oblast Red Cross Organization and Novopolotsk Red Cross Organization");
      expect(vitebsk).not.toMatch(/\(Red Cross\)/);
      for (const locale of ["en", "ru", be, uk, ro] as const) {
        for (const meeting of brest.meetings) {
          const report = renderText(buildMeetingReport(brest, meeting.id, { locale }));
          expect(report, `${meeting.id}`).not.toMatch(/\)\s\(/);
        }
      }
    });

    it("lists NGOs apart only beside other kinds of organisation", () => {
      const onlyNgos = {
        ...brest,
        meetings: brest.meetings.map((meeting) =>
          meeting.id === "meeting-brest-2014-06-18"
            ? {
                ...meeting,
                attendance: meeting.attendance.filter((entry) => entry.organizationId !== "org-by-br-interior"),
              }
            : meeting,
        ),
      };
      const report = renderText(buildMeetingReport(onlyNgos, "meeting-brest-2014-06-18"));
      expect(report).toContain("(1 organisation): Brest “Women’s Initiatives” NGO.");
    });
  });

  it("states the organiser's kinds of support when there are several", () => {
    expect(renderText(buildMeetingReport(belarusTaskForces2014, GOMEL))).toContain(
      "The meeting was organised with the technical and organisational support of the Gomel Oblast Red Cross Organization.",
    );
  });

  it("adds the statistics shared when tables are given", () => {
    const doc = buildMeetingReport(belarusTaskForces2014, VITEBSK, { statistics: [protectedTable] });
    const tables = doc.blocks.filter((block) => block.kind === "table");
    expect(tables.map((table) => table.id)).toEqual(["statistics-1"]);
    expect(renderText(doc)).toContain("Statistics shared");
  });

  it.each([
    ["planned", "On the 14th of May, 2014 a meeting of the multi-disciplinary task force in Vitebsk is to take place."],
    ["cancelled", "The meeting of the multi-disciplinary task force in Vitebsk planned for 14 May 2014 was cancelled."],
  ] as const)("words the opening for a %s meeting", (status, opening) => {
    const dataset: NrmDataset = {
      ...belarusTaskForces2014,
      meetings: belarusTaskForces2014.meetings.map((meeting) =>
        meeting.id === VITEBSK ? { ...meeting, status } : meeting,
      ),
    };
    expect(renderText(buildMeetingReport(dataset, VITEBSK))).toContain(opening);
  });

  it("throws not_found when the meeting does not exist", () => {
    expect(() => buildMeetingReport(belarusTaskForces2014, "meeting-x")).toThrow(
      expect.objectContaining({ code: "not_found" }),
    );
  });

  it("throws invalid_argument when the locale has no catalogue", () => {
    expect(() => buildMeetingReport(belarusTaskForces2014, VITEBSK, { locale: "de" })).toThrow(
      expect.objectContaining({ code: "invalid_argument" }),
    );
  });

  it("writes an organisation named <script>alert(1)</script> harmlessly in HTML", () => {
    const page = renderHtml(buildMeetingReport(hostileDataset, "meeting-x"));
    expect(page).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(page).not.toMatch(/<script|<img|<svg|<i>|<u>|<b>|href="javascript/i);
    // No tag carries an event handler: the handlers in the data stay text.
    expect(page).not.toMatch(/<[^>]*\son\w+=/i);
  });

  it("writes hostile names harmlessly in Markdown", () => {
    const markdown = renderMarkdown(buildMeetingReport(hostileDataset, "meeting-x"));
    expect(markdown).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(markdown).toContain("\\*\\*Bold\\*\\* &#91;x&#93;(javascript\\:alert(1))");
    expect(markdown).not.toMatch(/<[a-z!/]/i);
    expect(markdown).toContain("[javascript\\:window\\.\\_\\_xss=1](<#>)");
  });

  it("titles the Russian Gomel report in Russian, naming Gomel, when the headline exists only in English", () => {
    const doc = buildMeetingReport(belarusTaskForces2014, GOMEL, { locale: "ru" });
    expect(doc.title).toBe("Межведомственная рабочая группа Гомельской области: заседание 16 апреля 2014 г.");
    expect(renderText(doc)).not.toContain("[en] Meeting");
    expect(buildMeetingReport(belarusTaskForces2014, GOMEL).title).toBe("Meeting of the Multi-Disciplinary Task Force");
  });

  it("follows each repeated decision up in the reports of both meetings", () => {
    const vitebsk = renderText(buildMeetingReport(belarusTaskForces2014, VITEBSK));
    expect(vitebsk).toContain(
      "Follow-up: No. 1 repeats Gomel Oblast, 16 April 2014, No. 1; No. 3 repeats Gomel Oblast, 16 April 2014, No. 4;",
    );
    const gomel = renderText(buildMeetingReport(belarusTaskForces2014, GOMEL));
    expect(gomel).toContain("No. 4 repeated by Vitebsk Oblast, 14 May 2014, No. 3");
  });

  it.each([
    [undefined, "The decisions of this meeting are not recorded."],
    [true, "No decisions were taken."],
  ])("says what is known of a held meeting's decisions when decisionsRecorded is %s", (recorded, sentence) => {
    const text = renderText(buildMeetingReport(withBrest(belarusTaskForces2014, recorded), "meeting-brest-2014-06-18"));
    expect(text).toContain(`Decisions\n---------\n\n${sentence}`);
  });
});
