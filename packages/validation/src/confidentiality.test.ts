import { readFileSync } from "node:fs";
import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findPersonalData, officialNames, type PersonalDataFinding, type PersonalDataKind } from "./confidentiality.js";

type Part = string | readonly [PersonalDataKind, string];

/** Builds a text from plain parts and planted personal data, and the findings expected in it. */
function plant(parts: readonly Part[]): { text: string; expected: PersonalDataFinding[] } {
  let text = "";
  const expected: PersonalDataFinding[] = [];
  for (const part of parts) {
    if (typeof part === "string") {
      text += part;
    } else {
      const [kind, value] = part;
      expected.push({ kind, start: text.length, end: text.length + value.length, text: value });
      text += value;
    }
  }
  return { text, expected };
}

const HAND_WRITTEN_OFFICIALS = [
  "Zeynal Hajiyev",
  "Зейнал Гаджиев",
  "Sergey Koltun",
  "Сергей Колтун",
  "Natalia Zhak",
  "Наталья Жак",
];

const corpus: readonly (readonly [string, readonly Part[]])[] = [
  [
    "an English meeting summary",
    [
      "On 16 April 2014 the task force in Gomel, chaired by Sergey KOLTUN and Natalia ZHAK, discussed the case of ",
      ["person_name", "Olga Ivanova"],
      " (born ",
      ["date_of_birth", "12.03.1995"],
      "), recruited by a friend in Vitebsk oblast. She can be reached at ",
      ["phone", "+375 29 555-12-34"],
      " or ",
      ["email", "olga.i@example.com"],
      ". Her passport ",
      ["passport_or_id", "MP1234567"],
      " was withheld by the employer in Russia. She now lives at ",
      ["street_address", "12 Baker Street"],
      ". The Red Cross and the Ministry of the Interior of the Republic of Belarus will assist.",
    ],
  ],
  [
    "a Russian decision text",
    [
      "Заседание провели Сергей КОЛТУН и Наталья ЖАК. Рассмотрен случай ",
      ["person_name", "Петровой Анны Сергеевны"],
      ", ",
      ["date_of_birth", "1998"],
      " г.р., проживающей по адресу: г. Витебск, ",
      ["street_address", "ул. Ленина, д. 5, кв. 12"],
      ". Контактный телефон: ",
      ["phone", "8 (029) 123-45-67"],
      ". Личный номер ",
      ["passport_or_id", "3010185A001PB1"],
      ". Гомельский областной Красный Крест окажет помощь.",
    ],
  ],
  [
    "a mixed text with name variants",
    [
      "Present: ",
      ["person_name", "Ivan Ivanovich PETROV"],
      ", ",
      ["person_name", "И.И. Сидоров"],
      " and ",
      ["person_name", "Козлова Мария"],
      ". The victim, ",
      ["person_name", "Aliaksandr Bialiatski"],
      ", DOB ",
      ["date_of_birth", "1990-05-12"],
      ", e-mail ",
      ["email", "a.b@mail.ru"],
      ", паспорт ",
      ["passport_or_id", "45 09 123456"],
      ", tel. ",
      ["phone", "29 123 45 67"],
      ". Родилась ",
      ["date_of_birth", "5 марта 1990"],
      " в Минске, адрес: ",
      ["street_address", "проспект Независимости, д. 20"],
      ". Mobile: ",
      ["phone", "+7 916 123-45-67"],
      ".",
    ],
  ],
];

describe("findPersonalData", () => {
  it.each(corpus)("finds exactly the planted personal data in %s", (_name, parts) => {
    const { text, expected } = plant(parts);
    expect(findPersonalData(text, { officials: HAND_WRITTEN_OFFICIALS })).toEqual(expected);
  });

  it.each(["gomel-2014-04-16.txt", "vitebsk-2014-05-14.txt"])(
    "reports nothing in the seed %s when the bundled officials are given",
    (file) => {
      const text = readFileSync(new URL(`../test/seeds/${file}`, import.meta.url), "utf8");
      expect(findPersonalData(text, { officials: officialNames(belarusTaskForces2014) })).toEqual([]);
      expect(findPersonalData(text, { officials: HAND_WRITTEN_OFFICIALS })).toEqual([]);
    },
  );

  it("reports the officials' names in the seeds when no officials are given", () => {
    const text = readFileSync(new URL("../test/seeds/gomel-2014-04-16.txt", import.meta.url), "utf8");
    expect(findPersonalData(text).map((finding) => finding.text)).toEqual([
      "Zeynal HAJIYEV",
      "Sergey KOLTUN",
      "Natalia ZHAK",
    ]);
  });

  it.each([
    ["Сергея КОЛТУНА", "a Russian case form"],
    ["KOLTUN Sergey", "reversed order"],
    ["S. KOLTUN", "initials"],
    ["Наталье Жак", "a dative form"],
  ])("lets an official pass as %s (%s)", (name) => {
    expect(findPersonalData(`The panel: ${name}.`, { officials: HAND_WRITTEN_OFFICIALS })).toEqual([]);
  });

  it("does not let a stranger pass because one word matches an official", () => {
    const findings = findPersonalData("Sergey PETROV attended.", { officials: HAND_WRITTEN_OFFICIALS });
    expect(findings.map((finding) => finding.text)).toEqual(["Sergey PETROV"]);
  });

  it.each([
    ["Ivana Ivanova", "Ivan Ivanov"],
    ["Aleksandra Petrova", "Aleksandr Petrov"],
  ])("reports the Latin name %s that only resembles the official %s", (name, official) => {
    const findings = findPersonalData(`Assisted: ${name}.`, { officials: [official] });
    expect(findings.map((finding) => [finding.kind, finding.text])).toEqual([["person_name", name]]);
  });

  it.each([
    "Red Cross",
    "Council of Europe Convention",
    "Vitebsk Oblast Red Cross Organization",
    "Gomel BYWCA",
    "МАТЕРИАЛЫ ТРЕНИНГОВ",
    "Министерство внутренних дел Республики Беларусь",
    "Гомельский областной исполнительный комитет",
    "International Organization for Migration (IOM)",
    "16.04.2014",
    "the State Programme for 2013 – 2015",
    "1996 - 2022",
  ])("reports nothing in the organisation or date text %s", (text) => {
    expect(findPersonalData(text)).toEqual([]);
  });

  it("limits date-of-birth keywords to the locale's language", () => {
    const text = "Петров Иван, д.р. 01.02.1987; Anna Smith, born 02.03.1988";
    const kinds = (locale: string) =>
      findPersonalData(text, { locale })
        .filter((finding) => finding.kind === "date_of_birth")
        .map((finding) => finding.text);
    expect(kinds("ru")).toEqual(["01.02.1987"]);
    expect(kinds("en")).toEqual(["02.03.1988"]);
    expect(findPersonalData(text).filter((finding) => finding.kind === "date_of_birth")).toHaveLength(2);
  });

  it("never throws and returns ordered, disjoint findings that match the text, on arbitrary strings", () => {
    const alphabet = fc.constantFrom(..."aZ Ив.@+-()0123456789\n,ул.PETROVborn д.р.MP".split(""));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: alphabet, maxLength: 200 })), (text) => {
        const findings = findPersonalData(text, { officials: HAND_WRITTEN_OFFICIALS });
        let end = 0;
        for (const finding of findings) {
          expect(finding.start).toBeGreaterThanOrEqual(end);
          expect(text.slice(finding.start, finding.end)).toBe(finding.text);
          end = finding.end;
        }
      }),
    );
  });

  it("stays fast on a long adversarial text", () => {
    const text = `${"A".repeat(50_000)} ${"1 ".repeat(20_000)}${"a@".repeat(20_000)}${"ул. ".repeat(10_000)}`;
    const started = performance.now();
    findPersonalData(text);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it.each([
    ["Ivа\u200bnov Sergei called.", "person_name", "Ivа\u200bnov Sergei"],
    ["Иванoв Сергей пришёл.", "person_name", "Иванoв Сергей"],
    ["tel. +375 29 1\u200b23-45-67", "phone", "+375 29 1\u200b23-45-67"],
    ["Номер: ＋３７５ ２９ ５５５ ４４ ３３", "phone", "＋３７５ ２９ ５５５ ４４ ３３"],
    ["born 3 March 1998", "date_of_birth", "3 March 1998"],
    ["DOB March 3, 1998", "date_of_birth", "March 3, 1998"],
    ["d.o.b. 3/3/1998", "date_of_birth", "3/3/1998"],
    ["Петров, 03.03.1998 г. р.", "date_of_birth", "03.03.1998"],
    ["нарадзілася 3 сакавіка 1998", "date_of_birth", "3 сакавіка 1998"],
    ["народився 3 березня 1998", "date_of_birth", "3 березня 1998"],
    ["născută la 3 martie 1998", "date_of_birth", "3 martie 1998"],
    ["call (017) 222-33-44", "phone", "(017) 222-33-44"],
    ["call +373 22.123.456", "phone", "+373 22.123.456"],
    ["write anna [at] example [dot] com", "email", "anna [at] example [dot] com"],
    ["write anna at example dot com", "email", "anna at example dot com"],
    ["write anna(at)example.com", "email", "anna(at)example.com"],
    ["пишите name собака mail.ru", "email", "name собака mail.ru"],
    ["живёт в кв. 12", "street_address", "кв. 12"],
    ["lives in flat 3", "street_address", "flat 3"],
    ["signed by I. Ivanov", "person_name", "I. Ivanov"],
    ["Maria, 17, from the village of Lipki, left.", "person_name", "Maria, 17, from the village of Lipki"],
    ["Мария, 17 лет, из деревни Борки, уехала.", "person_name", "Мария, 17 лет, из деревни Борки"],
  ] as const)("finds %s as the original text", (text, kind, found) => {
    const findings = findPersonalData(text);
    expect(findings.map((finding) => [finding.kind, finding.text])).toContainEqual([kind, found]);
  });

  it.each([
    "The meeting of 3 March 2015 approved the report of 03.03.2014.",
    "Hotline 113 answers day and night.",
    "Visit us at www.example.org or come at noon.",
    "The 2013 – 2015 programme funds 12 shelters.",
  ])("reports nothing in the clean text %s", (text) => {
    expect(findPersonalData(text)).toEqual([]);
  });

  it("lets a public number given in allowedPhones pass, compared on digits", () => {
    const text = "Hotline 8 801 100 8 801; victim's mother 8 029 123 45 67.";
    expect(findPersonalData(text, { allowedPhones: ["8-801-100-8801"] }).map((finding) => finding.text)).toEqual([
      "8 029 123 45 67",
    ]);
  });

  it("gives the result shown in its documentation", () => {
    const text = "Chaired by Sergey KOLTUN. Maria Petrova (born 12.03.1990) called +375 29 123-45-67.";
    expect(
      findPersonalData(text, { officials: ["Sergey Koltun"] }).map((finding) => [finding.kind, finding.text]),
    ).toEqual([
      ["person_name", "Maria Petrova"],
      ["date_of_birth", "12.03.1990"],
      ["phone", "+375 29 123-45-67"],
    ]);
  });
});

describe("officialNames", () => {
  it("collects every name variant of the bundled officials", () => {
    const names = officialNames(belarusTaskForces2014);
    expect(names).toEqual(
      expect.arrayContaining([
        "Zeynal Hajiyev",
        "Зейнал Гаджиев",
        "Sergey Koltun",
        "Сергей Колтун",
        "Natalia Zhak",
        "Наталья Жак",
      ]),
    );
    expect(new Set(names).size).toBe(names.length);
    expect(names.slice(0, 2)).toEqual(["Zeynal Hajiyev", "Зейнал Гаджиев"]);
  });

  it("skips people without a name", () => {
    expect(
      officialNames({
        people: [
          { id: "p", positions: [] },
          { id: "q", name: { en: " " }, positions: [] },
        ],
      }),
    ).toEqual([]);
  });
});
