import { ro as dateFnsRo } from "date-fns/locale/ro";
import type { StatsLocale } from "../statsLocale.js";
import type { StatsMessages } from "../statsMessages.js";

const messages: StatsMessages = {
  dimensions: {
    period: "Perioadă",
    regionId: "Regiune",
    registrationCountry: "Țara înregistrării",
    dataSource: "Sursa datelor",
    gender: "Sex",
    ageBand: "Interval de vârstă",
    ageGroup: "Grupă de vârstă",
    majorityStatus: "Minor sau adult la înregistrare",
    majorityStatusAtExploitation: "Minor sau adult la momentul exploatării",
    majorityStatusAtEntry: "Minor sau adult la intrare",
    citizenship: "Cetățenie",
    exploitationCountry: "Țara exploatării",
    migration: "Trafic intern sau transnațional",
    exploitation: "Formă de exploatare",
    exploitationGroup: "Formă de exploatare",
    labourSectors: "Sectorul muncii forțate",
    sexualExploitationForms: "Formă de exploatare sexuală",
    meansOfControl: "Mijloace de control",
    recruiterRelations: "Relația cu recrutorul",
    abduction: "Răpire",
    assistance: "Asistență primită",
    referringAgencyKind: "Referit de",
    traffickingStatus: "Statutul de victimă a traficului",
    traffickingStatusDecidedBy: "Statut stabilit de",
    caseStatus: "Starea cazului",
  },
  categories: {
    gender: {
      female: "Femei",
      male: "Bărbați",
      transgender_female: "Femei transgen",
      transgender_male: "Bărbați transgen",
      non_conforming: "Nonconformitate de gen",
      transgender_or_non_conforming: "Transgen sau nonconformitate de gen",
      other: "Altul",
      unknown: "Neînregistrat",
    },
    ageBand: { unknown: "Neînregistrat" },
    ageGroup: { child: "Copii (0-17)", adult: "Adulți (18+)", unknown: "Neînregistrat" },
    majorityStatus: { minor: "Minori", adult: "Adulți", unknown: "Neînregistrat" },
    dataSource: { case_management: "Managementul cazurilor", hotline: "Linie fierbinte", unknown: "Neînregistrat" },
    migration: { transnational: "Transnațional", internal: "Intern", unknown: "Neînregistrat" },
    exploitation: {
      forced_labour: "Muncă forțată",
      sexual_exploitation: "Exploatare sexuală",
      forced_criminality: "Implicare forțată în activități infracționale",
      forced_marriage: "Căsătorie forțată",
      domestic_servitude: "Servitute domestică",
      begging: "Cerșetorie forțată",
      organ_removal: "Prelevare de organe",
      forced_military: "Serviciu militar forțat",
      slavery_practices: "Sclavie și practici similare",
      child_labour: "Munca copiilor",
      servitude: "Servitute",
      forced_adoption: "Adopție forțată",
      surrogacy: "Maternitate surogat forțată",
      other: "Alte forme de exploatare",
      none: "Niciuna",
      unknown: "Neînregistrat",
    },
    exploitationGroup: {
      sexual: "Exploatare sexuală",
      labour: "Exploatare prin muncă",
      other: "Alte forme",
      none: "Niciuna",
      unknown: "Neînregistrat",
    },
    labourSectors: {
      agriculture: "Agricultură",
      aquafarming: "Acvacultură",
      begging: "Cerșetorie",
      construction: "Construcții",
      domestic_work: "Muncă domestică",
      hospitality: "Hoteluri și restaurante",
      illicit_activities: "Activități ilicite",
      manufacturing: "Industria prelucrătoare",
      mining_or_drilling: "Minerit sau foraj",
      peddling: "Comerț ambulant",
      transportation: "Transporturi",
      other: "Alt sector",
      not_specified: "Sector nespecificat",
      none: "Niciunul",
      unknown: "Neînregistrat",
    },
    sexualExploitationForms: {
      prostitution: "Prostituție",
      pornography: "Pornografie",
      remote_interactive_services: "Servicii interactive la distanță",
      private_sexual_services: "Servicii sexuale private",
      none: "Niciuna",
      unknown: "Neînregistrat",
    },
    meansOfControl: {
      debt_bondage: "Servitute pentru datorii",
      withholding_wages: "Reținerea salariului",
      withholding_documents: "Reținerea documentelor",
      threats: "Amenințări",
      physical_violence: "Violență fizică",
      sexual_violence: "Violență sexuală",
      psychological_abuse: "Abuz psihologic",
      restricting_movement: "Restricționarea libertății de mișcare",
      false_promises: "Promisiuni false",
      substance_abuse: "Substanțe psihoactive",
      restricting_financial_access: "Restricționarea accesului la bani",
      restricting_medical_care: "Restricționarea accesului la îngrijiri medicale",
      excessive_working_hours: "Program de muncă excesiv",
      uses_children: "Folosirea copiilor",
      threat_of_law_enforcement: "Amenințarea cu organele de drept",
      withholding_necessities: "Privarea de bunuri de primă necesitate",
      threatens_children_family: "Amenințări la adresa copiilor sau a familiei",
      other: "Alte mijloace",
      not_specified: "Mijloc nespecificat",
      none: "Niciunul",
      unknown: "Neînregistrat",
    },
    recruiterRelations: {
      intimate_partner: "Partener intim",
      friend: "Prieten",
      family: "Familie",
      employer: "Angajator",
      other: "Altă relație",
      not_specified: "Relație nespecificată",
      none: "Niciuna",
      unknown: "Neînregistrat",
    },
    abduction: { true: "Răpiți", false: "Nerăpiți", unknown: "Neînregistrat" },
    assistance: {
      accommodation: "Cazare",
      medical: "Medicală",
      psychological: "Psihologică",
      legal: "Juridică",
      financial: "Financiară",
      education_training: "Educație și formare profesională",
      employment: "Angajare în câmpul muncii",
      reintegration: "Reintegrare",
      return: "Întoarcere",
      other: "Altă asistență",
      none: "Niciuna",
      unknown: "Neînregistrat",
    },
    referringAgencyKind: {
      interior: "Poliție (afaceri interne)",
      prosecution: "Procuratură",
      court: "Instanță",
      investigation: "Organ de urmărire penală",
      border_guard: "Poliția de frontieră",
      migration: "Serviciul de migrație",
      labour_social_protection: "Muncă și protecție socială",
      education: "Educație",
      health: "Sănătate",
      local_government: "Administrație publică locală",
      bar_association: "Barou",
      ngo: "ONG",
      international_organization: "Organizație internațională",
      donor: "Donator",
      media: "Mass-media",
      youth: "Organizație de tineret",
      other: "Altul",
      self: "Autoreferire",
      unknown: "Neînregistrat",
    },
    traffickingStatus: {
      identified: "Victime identificate",
      presumed: "Victime prezumate",
      not_victim: "Nu sunt victime",
      unknown: "Neînregistrat",
    },
    traffickingStatusDecidedBy: {
      police: "Poliție",
      ngo: "ONG",
      court_or_prosecution: "Instanță sau procuratură",
      non_police_government: "Altă autoritate publică",
      other: "Altul",
      unknown: "Neînregistrat",
    },
    caseStatus: {
      active: "Activ",
      follow_up: "Monitorizare",
      closed: "Închis",
      closed_referred: "Închis (referit)",
      unknown: "Neînregistrat",
    },
    open: { unknown: "Neînregistrat" },
    boolean: { true: "Da", false: "Nu" },
  },
  periods: { quarter: "T{quarter} {year}", year: "{year}" },
  notes: {
    multiValued:
      "{dimension}: o persoană poate fi numărată în mai multe categorii, astfel încât suma celulelor poate depăși totalul, care numără persoane.",
    filtered: "Sunt numărate doar înregistrările din categoriile și datele alese.",
    partlyRecorded:
      "{dimension}: pentru unele persoane unele valori nu sunt înregistrate, iar altele sunt; celula unei valori numără persoanele care o au, „Niciuna” pe cele înregistrate fără nicio valoare, „Neînregistrat” pe cele fără nicio valoare înregistrată, iar ponderea unei valori trebuie să excludă persoanele pentru care acea valoare nu este înregistrată.",
    unplacedRecords: {
      one: "{count} înregistrare cu doar anul sau luna nu a putut fi plasată {within} și nu este numărată în acest tabel.",
      few: "{count} înregistrări cu doar anul sau luna nu au putut fi plasate {within} și nu sunt numărate în acest tabel.",
      other:
        "{count} de înregistrări cu doar anul sau luna nu au putut fi plasate {within} și nu sunt numărate în acest tabel.",
    },
    unplacedPersons: {
      one: "{count} persoană înregistrată doar cu anul sau luna nu a putut fi plasată într-o singură perioadă și nu este numărată în acest tabel.",
      few: "{count} persoane înregistrate doar cu anul sau luna nu au putut fi plasate într-o singură perioadă și nu sunt numărate în acest tabel.",
      other:
        "{count} de persoane înregistrate doar cu anul sau luna nu au putut fi plasate într-o singură perioadă și nu sunt numărate în acest tabel.",
    },
    unplacedWithin: {
      month: "într-o singură lună",
      quarter: "într-un singur trimestru",
      year: "într-un singur an",
      period: "într-o singură perioadă",
      dates: "în intervalul de date ales",
    },
    merged:
      "Reunit din agregatele parțiale ale mai multor instituții; o persoană înregistrată de mai multe instituții este numărată o singură dată.",
  },
  total: "Total",
  indicators: {
    knownShare: "{dimension}: ponderea persoanelor cu valoare cunoscută",
    unknownLeftOut: "Persoanele pentru care valoarea nu este înregistrată sunt excluse din numitor (regula CTDC).",
    severalValues: "{dimension}: o persoană poate avea mai multe valori, astfel încât procentele pot însuma peste 100.",
    valueShares: "{dimension}: ponderea persoanelor pentru care este înregistrată fiecare valoare",
    valueUnknownLeftOut:
      "Pentru fiecare valoare, persoanele pentru care acea valoare nu este înregistrată sunt excluse din numitorul ei (regula CTDC).",
    shareOfChildren: "Ponderea copiilor în rândul victimelor înregistrate cu vârstă cunoscută",
    exploitationShares:
      "Forme de exploatare în rândul victimelor înregistrate pentru care este înregistrată fiecare formă",
    transnationalShare:
      "Ponderea cazurilor transnaționale în rândul cazurilor cu cetățenie și țară de exploatare cunoscute",
    ratePer100k: "Victime înregistrate la 100.000 de locuitori",
    rateNote: "Ratele folosesc populația dată pentru fiecare regiune; regiunile fără populație sunt excluse.",
  },
  disclosure: {
    raw: "Date neprotejate: nu sunt destinate publicării.",
    noneHidden: "Nicio celulă nu este ascunsă: nicio valoare nu este între {from} și {to}.",
    hiddenUniform: {
      one: "{count} celulă este ascunsă: valorile de la {from} la {to}, precum și alte celule, astfel încât nicio valoare ascunsă să nu poată fi recalculată din totaluri; celulele ascunse pot fi zerouri.",
      few: "{count} celule sunt ascunse: valorile de la {from} la {to}, precum și alte celule, astfel încât nicio valoare ascunsă să nu poată fi recalculată din totaluri; celulele ascunse pot fi zerouri.",
      other:
        "{count} de celule sunt ascunse: valorile de la {from} la {to}, precum și alte celule, astfel încât nicio valoare ascunsă să nu poată fi recalculată din totaluri; celulele ascunse pot fi zerouri.",
    },
    hiddenPrimary: {
      one: "Valorile de la {from} la {to} sunt ascunse ({count} celulă, suprimare primară).",
      few: "Valorile de la {from} la {to} sunt ascunse ({count} celule, suprimare primară).",
      other: "Valorile de la {from} la {to} sunt ascunse ({count} de celule, suprimare primară).",
    },
    hiddenSecondary: {
      one: "Încă {count} celulă este ascunsă, astfel încât nicio valoare ascunsă să nu poată fi recalculată din totaluri (suprimare secundară).",
      few: "Încă {count} celule sunt ascunse, astfel încât nicio valoare ascunsă să nu poată fi recalculată din totaluri (suprimare secundară).",
      other:
        "Încă {count} de celule sunt ascunse, astfel încât nicio valoare ascunsă să nu poată fi recalculată din totaluri (suprimare secundară).",
    },
    roundedDown: "Valorile afișate sunt rotunjite în jos la un multiplu de {base}.",
    roundedNearest:
      "Valorile afișate sunt rotunjite la cel mai apropiat multiplu de {base}; totalurile sunt rotunjite separat.",
    totals: "Totalurile numără persoane.",
    privacyGaussian:
      "Fiecărei valori i s-a adăugat zgomot aleatoriu pentru confidențialitate diferențială (concentrată, ρ = {rho}; zgomot gaussian discret, σ = {sigma}); apoi valorile au fost aduse la numere întregi, nenegative și coerente cu totalurile. Fiecare valoare se află la cel mult {margin} de valoarea reală, cu un nivel de încredere de {level} %.",
    privacyLaplace:
      "Fiecărei valori i s-a adăugat zgomot aleatoriu pentru confidențialitate diferențială (ε = {epsilon}; zgomot Laplace discret, scara {scale}); apoi valorile au fost aduse la numere întregi, nenegative și coerente cu totalurile. Fiecare valoare se află la cel mult {margin} de valoarea reală, cu un nivel de încredere de {level} %.",
  },
};

/**
 * Romanian statistics labels, with comma-below ș and ț; months as `"Ianuarie 2014"`, quarters as `"T1 2014"`.
 *
 * @example
 * ```ts
 * import { ro } from "@nrmkit/stats/locales";
 *
 * ro.stats?.dimensions?.regionId;
 * // => "Regiune"
 * ```
 *
 * @category Locales
 * @since 0.1.0
 */
export const ro: StatsLocale = {
  code: "ro",
  name: "Română",
  dateLocale: dateFnsRo,
  dates: { month: "LLLL yyyy" },
  stats: messages,
};
