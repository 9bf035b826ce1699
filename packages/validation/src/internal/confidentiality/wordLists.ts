// Word lists behind the personal-name heuristics. All entries are lower case; `ё` is written `е`.
// They favour recall on names common in Belarus and its neighbours (Latin transliterations and
// Cyrillic) and precision on the vocabulary of task-force texts (agencies, places, posts).

/** Given names, nominative; Cyrillic forms also match their case forms (Сергея, Наталье). */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(
  [
    // Latin transliterations (Russian, Belarusian, Ukrainian, Polish, Lithuanian, Caucasus, Central Asia).
    "aleksandr alexander aliaksandr alexandr aleksei alexei alexey aliaksei andrei andrey andrej anatoly anatoli",
    "anton arkady artem artyom artur boris bogdan daniil danila denis dmitry dmitri dzmitry dmitriy eduard egor",
    "yegor evgeny evgeni yevgeny yauhen fedor fyodor gennady georgy grigory igor ihar ilya ivan kirill konstantin",
    "leonid maksim maxim mikhail mikalai nikolai nikolay oleg aleh pavel paval petr pyotr piotr roman ruslan",
    "semyon sergey sergei siarhei sergiy stanislau stanislav stepan taras timur vadim valentin valery valeriy",
    "vasily vasili viktar viktor vitaly vitali vitalii vladimir uladzimir vladislau vladislav vyacheslav yaroslav",
    "yury yuri yuriy zakhar zeynal elshan rashid farid murad mukhammad akmal bakhtiyor giorgi levan zurab",
    "tomasz piotr pawel krzysztof andrzej jonas tomas mindaugas",
    "alena alina alla anastasia anastasiya nastassia anna antonina valentina valeria vera viktoria victoria",
    "galina halina daria darya dina ekaterina katsiaryna yekaterina katerina elena yelena alena elizaveta",
    "zhanna zoya inna irina iryna kristina ksenia kseniya larisa lyudmila ludmila liudmila lyubov maria mariya",
    "marina nadezhda nadzeya natalia natalya natallia nataliya nina oksana olga volha polina raisa svetlana",
    "sviatlana tamara tatiana tatyana tatsiana ulyana yulia yuliya julia yana lilia liliya sofia sofiya",
    "diana veronika alesya olesya ludmila margarita milana aigul gulnara dilnoza nigora leyla nino",
    "agnieszka katarzyna malgorzata joanna ona ruta",
    // Frequent international given names.
    "john james robert michael william david richard thomas mark paul peter george kenneth steven edward",
    "mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa margaret sandra",
    "ahmed mohammed muhammad ali hassan fatima aisha omar yusuf ibrahim",
    // Cyrillic.
    "александр алексей андрей анатолий антон аркадий артем артур борис богдан даниил данила денис дмитрий",
    "эдуард егор евгений федор геннадий георгий григорий игорь илья иван кирилл константин леонид максим",
    "михаил николай олег павел петр роман руслан семен сергей станислав степан тарас тимур вадим валентин",
    "валерий василий виктор виталий владимир владислав вячеслав ярослав юрий захар зейнал аляксандр",
    "алесь сяргей уладзімір мікалай зміцер янка",
    "алена алина алла анастасия анна антонина валентина валерия вера виктория галина дарья дина екатерина",
    "елена елизавета жанна зоя инна ирина кристина ксения лариса людмила любовь мария марина надежда нина",
    "оксана ольга полина раиса светлана тамара татьяна ульяна юлия яна лилия софия диана вероника",
    "олеся алеся маргарита наталья наталия наталля вольга святлана кацярына",
  ]
    .join(" ")
    .split(" "),
);

/** Exact words that are never part of a personal name here: posts, agencies, places, calendar, titles. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  [
    "mr mrs ms miss dr prof sir madam the of and for in on at by to with from a an chief head deputy",
    "chair chairperson chairman coordinator director minister president secretary representative member",
    "red cross court bar state union women youth palace border guards guard unit militia office center",
    "centre council convention task force meeting panel mission project programme program department",
    "committee ministry republic oblast region district city town village street avenue road lane square",
    "park university school hospital police news home about contact us print friendly email museum",
    "institute library theatre theater station airport hotel company foundation fund bank group ltd llc",
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july",
    "august september october november december",
    "господин госпожа г-н г-жа улица проспект переулок площадь суд союз совет дом литва кипр турция",
    "красный красная красного красной красному красным крест креста кресту крестом",
  ]
    .join(" ")
    .split(" "),
);

/**
 * Word beginnings (five letters or more) that mark organisation, place and post words in any
 * grammatical form: `гомел` covers Гомель, Гомельская, Гомельской.
 */
export const STOP_STEMS: readonly string[] = [
  // Places.
  "gomel homel homiel vitebsk viteb brest grodno hrodn mogil mahil minsk polotsk novopolotsk belaru",
  "belorus russia ukrain poland polish lithuan latvia europ germany turkey cyprus emirat",
  "гомел гомельск витеб брест гродн могил минск полоц новополоц белару белорус росси украин польш",
  "польск литовс латви европ германи турци эмират",
  // Organisations, posts and themes.
  "international national ministr republ depart commit organi executive interi affairs migrat citizen",
  "health educat prosecut investig assoc coordin chairp deputy repres technical assistan capacit",
  "building trafficking human victim combat prevent labour labor social welfare exploit criminal",
  "ideolog volunteer brigad journal legislat customs global training partner procure vacanc",
  "междунар национ министер республ управлен отдел комитет организ исполком облисполк област район",
  "внутрен миграц граждан здравоохр образов прокур следств погранич адвокат коллеги коорди",
  "председ замести начальн предста проект програм конвенц молодеж дворец женщин",
  "торговл жертв против профилак социал эксплуат волонт журнал",
  // Roles in case texts that open a sentence before a name: Потерпевшая, Свидетель, Потерпіла.
  "потерпевш свидетел заявител подозрева обвиня потерпіл свідок пацярпел сведк witness suspect",
]
  .join(" ")
  .split(" ");

/** Upper-case acronyms that look like an ALL-CAPS family name but name organisations or things. */
export const ACRONYMS: ReadonlySet<string> = new Set(
  [
    "IOM NGO NGOS MOU NRM THB VOT VOTS BYWCA YMCA YWCA UN UNHCR UNICEF UNDP UNODC OSCE EU USA UK",
    "ITC PDF RSS CEO ID MVD KGB SOS GBV SGBV ILO OHCHR WHO HIV AIDS NB CIS",
    "МОМ ООН МВД КГБ ЕС СНГ НПО ОО БОКК МЧС ЗАО ООО ОАО УВД РОВД ГУВД",
  ]
    .join(" ")
    .split(" "),
);
