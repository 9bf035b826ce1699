// An invented corpus for findPersonalData: every person, number and address below is made up.
// Each text lists the personal data it holds as exact substrings; an empty list marks a clean text
// that a secretariat publishes as it is. The rule for clean texts: meeting dates, programme years,
// counts, public hotline numbers (given as `allowedPhones`), officials named in their role (given
// as `officials`), organisations and places stay; a street address with a house number is
// personal data even when it is an institution's, because the check cannot tell whose it is.
// Attacks are written into the texts: zero-width spaces inside numbers (\u200b), Latin letters
// inside Cyrillic words and Cyrillic letters inside Latin ones.

/** A language of the corpus. */
export type CorpusLanguage = "en" | "ru" | "be" | "uk" | "ro";

/** One invented text and the personal data it holds. */
export interface CorpusText {
  /** The language the text is written in. */
  readonly language: CorpusLanguage;
  /** The text. */
  readonly text: string;
  /** Every piece of personal data in the text, as an exact substring; none in a clean text. */
  readonly pieces: readonly string[];
}

/** Officials who may be named in their public role. */
export const CORPUS_OFFICIALS: readonly string[] = [
  "Sergey Koltun",
  "Сергей Колтун",
  "Natalia Zhak",
  "Наталья Жак",
  "Zeynal Hajiyev",
  "Зейнал Гаджиев",
];

/** Public hotline numbers that may be published. */
export const CORPUS_HOTLINES: readonly string[] = ["8 801 100 8 801", "0 800 505 501", "0 800 77777"];

/** The corpus. */
export const CONFIDENTIALITY_CORPUS: readonly CorpusText[] = [
  {
    language: "en",
    text: "The victim, Olga Ivanova, was born on 3 March 1998 in Gomel.",
    pieces: ["Olga Ivanova", "3 March 1998"],
  },
  {
    language: "en",
    text: "Case 14: Dmitry Sokolov, DOB March 3, 1998, returned from Poland.",
    pieces: ["Dmitry Sokolov", "March 3, 1998"],
  },
  {
    language: "en",
    text: "Date of birth: 03.03.1998. Contact: +375 (29) 123-45-67.",
    pieces: ["03.03.1998", "+375 (29) 123-45-67"],
  },
  { language: "en", text: "She was born 3/3/1998 and lives in Brest oblast.", pieces: ["3/3/1998"] },
  { language: "en", text: "d.o.b. 1998-03-03; tel. 8 029 123 45 67", pieces: ["1998-03-03", "8 029 123 45 67"] },
  { language: "en", text: "Reach the mother at +373 22.123.456 after 6 pm.", pieces: ["+373 22.123.456"] },
  { language: "en", text: "The shelter called (017) 222-33-44 twice.", pieces: ["(017) 222-33-44"] },
  {
    language: "en",
    text: "Write to anna.k [at] example [dot] com for the file.",
    pieces: ["anna.k [at] example [dot] com"],
  },
  {
    language: "en",
    text: "His address for letters: petrov at example dot com.",
    pieces: ["petrov at example dot com"],
  },
  { language: "en", text: "The contact given was maria(at)example.org.", pieces: ["maria(at)example.org"] },
  {
    language: "en",
    text: "She now rents flat 3 at 14 Baker Street with a friend.",
    pieces: ["flat 3", "14 Baker Street"],
  },
  { language: "en", text: "The family moved to apt 4, house 12 near the station.", pieces: ["apt 4", "house 12"] },
  { language: "en", text: "The report was signed by I. Ivanov of the village council.", pieces: ["I. Ivanov"] },
  {
    language: "en",
    text: "Maria, 17, from the village of Kalinovka, was recruited online.",
    pieces: ["Maria, 17, from the village of Kalinovka"],
  },
  {
    language: "en",
    text: "Anna, 16 years old, from the village of Lipki, left school in May.",
    pieces: ["Anna, 16 years old, from the village of Lipki"],
  },
  {
    language: "en",
    text: "The victim Ivаnov Sergei (spelled with a Cyrillic letter) was interviewed.",
    pieces: ["Ivаnov Sergei"],
  },
  {
    language: "en",
    text: "Her phone is +375 29 1\u200b23-45-67 according to the file.",
    pieces: ["+375 29 1\u200b23-45-67"],
  },
  { language: "en", text: "Mаriа Petrovа called the hotline on Monday.", pieces: ["Mаriа Petrovа"] },
  {
    language: "en",
    text: "Passport MP1234567 was returned to Natalia Kuznetsova on 4 May.",
    pieces: ["MP1234567", "Natalia Kuznetsova"],
  },
  { language: "en", text: "Born 12 May 2001, the boy was found in Smolensk.", pieces: ["12 May 2001"] },
  {
    language: "en",
    text: "Tatiana Belova (DOB 21.07.1989) asked for legal aid.",
    pieces: ["Tatiana Belova", "21.07.1989"],
  },
  {
    language: "en",
    text: "Victim: Pavel Zhukov, born in 1995, mobile +7 916 555 12 34.",
    pieces: ["Pavel Zhukov", "1995", "+7 916 555 12 34"],
  },
  {
    language: "en",
    text: "E-mail: v.orlov@example.net; home address 7 Elm Road.",
    pieces: ["v.orlov@example.net", "7 Elm Road"],
  },
  {
    language: "en",
    text: "The girl, Irina, 15, from the village of Zarechye, is in care now.",
    pieces: ["Irina, 15, from the village of Zarechye"],
  },
  {
    language: "en",
    text: "Ms Kovalenko reported that her sister Oksana Kovalenko had gone missing.",
    pieces: ["Kovalenko", "Oksana Kovalenko"],
  },
  {
    language: "en",
    text: "Call the father on +375 33 765 43 21 or write kozlov [at] mail [dot] ru.",
    pieces: ["+375 33 765 43 21", "kozlov [at] mail [dot] ru"],
  },
  { language: "en", text: "Tel. 123 45 67 was listed as her mother's landline.", pieces: ["123 45 67"] },
  {
    language: "en",
    text: "Svetlana Morozova, date of birth 5 January 1990, needs a lawyer.",
    pieces: ["Svetlana Morozova", "5 January 1990"],
  },
  { language: "en", text: "The case file names A. B. Smirnova as the recruiter.", pieces: ["A. B. Smirnova"] },
  { language: "en", text: "Her brother lives at kv. 12 on the same floor.", pieces: ["kv. 12"] },
  {
    language: "en",
    text: "Minutes of the meeting of 16 April 2014. The task force in Gomel discussed the State Programme for 2013 – 2015.",
    pieces: [],
  },
  {
    language: "en",
    text: "The national hotline 113 and the free line 8 801 100 8 801 answer around the clock.",
    pieces: [],
  },
  { language: "en", text: "Chaired by Sergey KOLTUN; Natalia ZHAK presented the report of the Red Cross.", pieces: [] },
  {
    language: "en",
    text: "The next meeting takes place on 3 March 2015 at 10:00 in the Gomel Oblast Executive Committee.",
    pieces: [],
  },
  {
    language: "en",
    text: "The International Organization for Migration (IOM) trained 25 police officers in 2014.",
    pieces: [],
  },
  {
    language: "en",
    text: "Participants agreed on 12 recommendations; the report of 03.03.2014 was approved.",
    pieces: [],
  },
  {
    language: "en",
    text: "The Ministry of the Interior of the Republic of Belarus reported 120 cases in 2013.",
    pieces: [],
  },
  {
    language: "en",
    text: "Contact the Red Cross office at info@redcross.example only for general questions.",
    pieces: ["info@redcross.example"],
  },
  {
    language: "en",
    text: "The meeting was held on March 3, 1998 according to the archive of the council.",
    pieces: [],
  },
  { language: "en", text: "Zeynal HAJIYEV opened the session and thanked the Council of Europe.", pieces: [] },
  { language: "en", text: "Budget lines 2014-2015: 45 000 euro for shelters, 12 000 for training.", pieces: [] },
  { language: "en", text: "We are at the Gomel office at 10 am; see you there.", pieces: [] },
  {
    language: "ru",
    text: "Потерпевшая Иванова Мария Сергеевна родилась 3 марта 1998 г. в Гомеле.",
    pieces: ["Иванова Мария Сергеевна", "3 марта 1998 г."],
  },
  { language: "ru", text: "Петров Иван, 03.03.1998 г. р., вернулся из Москвы.", pieces: ["Петров Иван", "03.03.1998"] },
  { language: "ru", text: "Сидорова Анна, 1998 г.р., обратилась в центр.", pieces: ["Сидорова Анна", "1998"] },
  {
    language: "ru",
    text: "Дата рождения: 12.05.2001. Телефон матери: +375 (29) 123-45-67.",
    pieces: ["12.05.2001", "+375 (29) 123-45-67"],
  },
  { language: "ru", text: "Связаться с отцом можно по номеру 8 029 765 43 21.", pieces: ["8 029 765 43 21"] },
  {
    language: "ru",
    text: "Адрес для писем: olga собака mail.ru, просьба не звонить.",
    pieces: ["olga собака mail.ru"],
  },
  { language: "ru", text: "Почта брата: ivan собака пример точка ру.", pieces: ["ivan собака пример точка ру"] },
  {
    language: "ru",
    text: "Она проживает по адресу ул. Советская, д. 5, кв. 12 у родственников.",
    pieces: ["ул. Советская, д. 5, кв. 12"],
  },
  { language: "ru", text: "Сейчас семья живёт в доме 5, кв. 7 у тёти.", pieces: ["кв. 7"] },
  { language: "ru", text: "Протокол подписал И. И. Иванов, отец потерпевшей.", pieces: ["И. И. Иванов"] },
  { language: "ru", text: "Со слов свидетеля, вербовщиком был Козлов П.А.", pieces: ["Козлов П.А."] },
  {
    language: "ru",
    text: "Мария, 17 лет, из деревни Заречье, уехала на заработки в Польшу.",
    pieces: ["Мария, 17 лет, из деревни Заречье"],
  },
  {
    language: "ru",
    text: "Ольга, 16 лет, из села Липки, не вернулась домой.",
    pieces: ["Ольга, 16 лет, из села Липки"],
  },
  { language: "ru", text: "Иванoв Сергей (с латинской o) дал показания.", pieces: ["Иванoв Сергей"] },
  { language: "ru", text: "Телефон потерпевшей: +375 29 12\u200b3 45 67.", pieces: ["+375 29 12\u200b3 45 67"] },
  {
    language: "ru",
    text: "Паспорт МР1234567 удерживал работодатель Смирнов Олег.",
    pieces: ["МР1234567", "Смирнов Олег"],
  },
  {
    language: "ru",
    text: "Кузнецова Татьяна Петровна, дата рождения 21.07.1989, просит помощи адвоката.",
    pieces: ["Кузнецова Татьяна Петровна", "21.07.1989"],
  },
  {
    language: "ru",
    text: "Родился 5 января 1990 года в Бресте, сейчас проживает в Минске.",
    pieces: ["5 января 1990 года"],
  },
  {
    language: "ru",
    text: "Мать потерпевшей, Волкова Елена, тел. 8 (017) 222-33-44.",
    pieces: ["Волкова Елена", "8 (017) 222-33-44"],
  },
  {
    language: "ru",
    text: "Электронная почта: petrova.a@mail.ru, моб. +7 916 123-45-67.",
    pieces: ["petrova.a@mail.ru", "+7 916 123-45-67"],
  },
  { language: "ru", text: "Девушка проживала в д. Малиновка, дом 14, кв. 3.", pieces: ["дом 14, кв. 3"] },
  {
    language: "ru",
    text: "Показания дала Морозова Светлана Ивановна, 1995 г. р.",
    pieces: ["Морозова Светлана Ивановна", "1995"],
  },
  { language: "ru", text: "Потерпевшего, Павла Жукова, доставили в больницу.", pieces: ["Павла Жукова"] },
  { language: "ru", text: "Свидетель Соколов Д.В. подтвердил факт вербовки.", pieces: ["Соколов Д.В."] },
  {
    language: "ru",
    text: "Николаенко Оксана, 19 лет, из посёлка Октябрьский, вернулась из Турции.",
    pieces: ["Николаенко Оксана, 19 лет, из посёлка Октябрьский"],
  },
  { language: "ru", text: "Номер телефона дяди: 8 033 111 22 33.", pieces: ["8 033 111 22 33"] },
  {
    language: "ru",
    text: "Заседание межведомственной рабочей группы состоялось 16 апреля 2014 года в Гомеле.",
    pieces: [],
  },
  { language: "ru", text: "Горячая линия 113 и бесплатный номер 8 801 100 8 801 работают круглосуточно.", pieces: [] },
  { language: "ru", text: "Заседание провели Сергей КОЛТУН и Наталья ЖАК.", pieces: [] },
  { language: "ru", text: "Следующее заседание пройдёт 03.03.2015 в 10:00 в здании облисполкома.", pieces: [] },
  {
    language: "ru",
    text: "Министерство внутренних дел Республики Беларусь зарегистрировало 120 случаев в 2013 году.",
    pieces: [],
  },
  { language: "ru", text: "Белорусское общество Красного Креста провело 12 тренингов для волонтёров.", pieces: [] },
  { language: "ru", text: "Программа на 2013 – 2015 годы утверждена решением от 3 марта 2013 г.", pieces: [] },
  { language: "ru", text: "Участники обсудили проект плана и одобрили отчёт за 1 квартал 2014 года.", pieces: [] },
  { language: "ru", text: "На заседании выступил Зейнал Гаджиев, представитель МОМ.", pieces: [] },
  { language: "ru", text: "Бюджет проекта: 45 000 евро, из них 12 000 на обучение.", pieces: [] },
  { language: "ru", text: "Решение № 5 от 14 мая 2014 г. направлено во все районы области.", pieces: [] },
  {
    language: "be",
    text: "Пацярпелая Ганна Ковальчук нарадзілася 3 сакавіка 1998 г. у Гомелі.",
    pieces: ["Ганна Ковальчук", "3 сакавіка 1998 г."],
  },
  {
    language: "be",
    text: "Тэлефон маці: +375 (29) 765-43-21, пошта: hanna собака mail.ru.",
    pieces: ["+375 (29) 765-43-21", "hanna собака mail.ru"],
  },
  { language: "be", text: "Протакол падпісаў І. І. Шаўчэнка, бацька пацярпелай.", pieces: ["І. І. Шаўчэнка"] },
  {
    language: "be",
    text: "Марыя, 17 гадоў, з вёскі Заполле, паехала на заробкі.",
    pieces: ["Марыя, 17 гадоў, з вёскі Заполле"],
  },
  { language: "be", text: "Яна жыве па адрасе вул. Савецкая, д. 5, кв. 12.", pieces: ["вул. Савецкая, д. 5, кв. 12"] },
  { language: "be", text: "Пасяджэнне міжведамаснай групы адбылося 16 красавіка 2014 года ў Гомелі.", pieces: [] },
  { language: "be", text: "Гарачая лінія 113 і бясплатны нумар 8 801 100 8 801 працуюць кругласутачна.", pieces: [] },
  {
    language: "uk",
    text: "Потерпіла Оксана Ковальчук народилася 3 березня 1998 р. у Києві.",
    pieces: ["Оксана Ковальчук", "3 березня 1998 р."],
  },
  {
    language: "uk",
    text: "Телефон батька: +380 (44) 123-45-67, пошта: taras [at] example [dot] ua.",
    pieces: ["+380 (44) 123-45-67", "taras [at] example [dot] ua"],
  },
  { language: "uk", text: "Протокол підписав Ткачук Є.Ї., свідок вербування.", pieces: ["Ткачук Є.Ї."] },
  {
    language: "uk",
    text: "Марія, 16 років, з села Вишневе, зникла у травні.",
    pieces: ["Марія, 16 років, з села Вишневе"],
  },
  {
    language: "uk",
    text: "Вона мешкає за адресою вул. Шевченка, буд. 5, кв. 7.",
    pieces: ["вул. Шевченка, буд. 5, кв. 7"],
  },
  { language: "uk", text: "Засідання робочої групи відбулося 16 квітня 2014 року в Києві.", pieces: [] },
  { language: "uk", text: "Гаряча лінія 527 та номер 0 800 505 501 працюють цілодобово.", pieces: [] },
  {
    language: "ro",
    text: "Victima, Ana Popescu, născută la 3 martie 1998 în Chișinău.",
    pieces: ["Ana Popescu", "3 martie 1998"],
  },
  {
    language: "ro",
    text: "Telefonul mamei: +373 22.123.456, e-mail: ion.rusu(at)example.md.",
    pieces: ["+373 22.123.456", "ion.rusu(at)example.md"],
  },
  { language: "ro", text: "Procesul-verbal a fost semnat de I. Rusu, tatăl victimei.", pieces: ["I. Rusu"] },
  {
    language: "ro",
    text: "Maria, 17 ani, din satul Cojușna, a plecat la muncă în străinătate.",
    pieces: ["Maria, 17 ani, din satul Cojușna"],
  },
  {
    language: "ro",
    text: "Ea locuiește pe str. Ștefan cel Mare nr. 5, ap. 12.",
    pieces: ["str. Ștefan cel Mare nr. 5, ap. 12"],
  },
  { language: "ro", text: "Ședința grupului de lucru a avut loc la 16 aprilie 2014 la Chișinău.", pieces: [] },
  { language: "ro", text: "Linia fierbinte 0 800 77777 funcționează non-stop.", pieces: [] },
  // Written after the detectors were tuned on the texts above, and not tuned on.
  {
    language: "en",
    text: "Interviewed: Elena Vasilyeva, aged 24, who gave her number as 8 (029) 311-22-10.",
    pieces: ["Elena Vasilyeva", "8 (029) 311-22-10"],
  },
  { language: "en", text: "The suspect's partner, K. Lebedev, paid the tickets.", pieces: ["K. Lebedev"] },
  {
    language: "en",
    text: "Her sister can be reached at +375 44 9\u200b87 6\u200b5 43.",
    pieces: ["+375 44 9\u200b87 6\u200b5 43"],
  },
  {
    language: "en",
    text: "Write to zhanna.p at gmail dot com if the phone is off.",
    pieces: ["zhanna.p at gmail dot com"],
  },
  {
    language: "en",
    text: "Victim born 1 September 2003; mother Galina Orlova.",
    pieces: ["1 September 2003", "Galina Orlova"],
  },
  {
    language: "en",
    text: "The recruiter, Viktor ZAITSEV, used the number ＋３７５ ２９ ５５５ ４４ ３３.",
    pieces: ["Viktor ZAITSEV", "＋３７５ ２９ ５５５ ４４ ３３"],
  },
  {
    language: "en",
    text: "Dmitrу Pаvlov (with Cyrillic у and а) was returned from Russia.",
    pieces: ["Dmitrу Pаvlov"],
  },
  { language: "en", text: "The working group reviewed 14 cases and 3 appeals in March 2014.", pieces: [] },
  { language: "en", text: "A seminar for 30 judges took place on 21 May 2014 in Minsk.", pieces: [] },
  { language: "en", text: "Call the hotline 8 801 100 8 801 for free advice.", pieces: [] },
  {
    language: "ru",
    text: "Опрошена Васильева Елена, 24 года, тел. +375 44 311-22-10.",
    pieces: ["Васильева Елена", "+375 44 311-22-10"],
  },
  { language: "ru", text: "Вербовщица Л. Лебедева передала билеты.", pieces: ["Л. Лебедева"] },
  {
    language: "ru",
    text: "Пишите на zhanna (собака) yandex (точка) ru.",
    pieces: ["zhanna (собака) yandex (точка) ru"],
  },
  {
    language: "ru",
    text: "Потерпевшая Орлова Гaлина (латинская a) родилась 01.09.2003.",
    pieces: ["Орлова Гaлина", "01.09.2003"],
  },
  { language: "ru", text: "Адрес: пр. Независимости, 95, кв. 41.", pieces: ["пр. Независимости, 95, кв. 41"] },
  { language: "ru", text: "Катя, 15 лет, из д. Борки, находится в приюте.", pieces: ["Катя, 15 лет, из д. Борки"] },
  { language: "ru", text: "В 2014 году проведено 12 заседаний и 4 семинара.", pieces: [] },
  { language: "ru", text: "Семинар для 30 судей прошёл 21 мая 2014 г. в Минске.", pieces: [] },
  { language: "ru", text: "Звоните на горячую линию 113 или 8 801 100 8 801.", pieces: [] },
];
