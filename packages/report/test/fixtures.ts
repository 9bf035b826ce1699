// Shared test fixtures of the report package: a small document with every kind of block, and a
// protected stats table. Kept outside src/ so they are never published.
import type { NrmDataset } from "@nrmkit/core";
import type { StatTable, TrendTable } from "@nrmkit/stats";
import type { ReportDocument } from "../src/document.js";

/** A document that uses every block and inline kind once. */
export const sampleDocument: ReportDocument = {
  kind: "report",
  version: 1,
  lang: "en",
  title: "Sample report",
  blocks: [
    { kind: "heading", level: 1, content: ["Sample report"] },
    {
      kind: "paragraph",
      content: [
        "Chaired by ",
        { kind: "strong", children: ["Natalia Zhak"] },
        " with ",
        { kind: "emphasis", children: ["technical"] },
        " support of the ",
        { kind: "fallback", text: "Дворец молодёжи", lang: "ru" },
        "; see ",
        { kind: "link", href: "https://belarus.iom.int/", children: ["IOM Belarus"] },
        ".",
      ],
    },
    { kind: "note", tone: "warning", content: ["Illustrative data."] },
    { kind: "heading", level: 2, content: ["Decisions"] },
    { kind: "list", ordered: true, items: [["to share information;"], ["to widen the MoU."]] },
    { kind: "list", ordered: false, items: [["Gomel"], ["Vitebsk"]] },
    { kind: "definitions", items: [{ term: ["Date"], details: ["14 May 2014"] }] },
    {
      kind: "table",
      id: "persons",
      caption: ["Persons by region"],
      columns: [
        { header: ["Region"], align: "start" },
        { header: ["Persons"], align: "end" },
      ],
      rows: [
        { cells: [{ content: ["Gomel"] }, { content: ["42"], value: 42 }] },
        { cells: [{ content: ["Vitebsk"] }, { content: ["*"], flag: "suppressed" }] },
        { cells: [{ content: ["Brest"] }, { content: ["…"], flag: "unknown" }] },
        { cells: [{ content: ["Total"] }, { content: ["60"], value: 60 }], total: true },
      ],
      footnotes: [["* Hidden to protect confidentiality."]],
    },
    {
      kind: "figure",
      caption: ["Persons by region"],
      src: "persons.svg",
      chart: {
        kind: "bar",
        title: "Persons by region",
        xLabel: "Region",
        yLabel: "Persons",
        categories: ["Gomel", "Vitebsk"],
        series: [{ name: "Persons", values: [42, null] }],
      },
    },
  ],
};

/**
 * A 2-D region × sex table protected by suppression (threshold 11): Gomel's 5 men are hidden,
 * and three more cells so that no hidden count can be recomputed (each lies in 0–19).
 */
export const protectedTable: StatTable = {
  kind: "stat_table",
  version: 1,
  title: "Registered victims by region and sex",
  measure: "count",
  dimensions: [
    {
      name: "regionId",
      label: "Region",
      kind: "category",
      multiValued: false,
      categories: [
        { code: "BY-HO", label: "Gomel Oblast", unknown: false },
        { code: "BY-VI", label: "Vitebsk Oblast", unknown: false },
      ],
    },
    {
      name: "gender",
      label: "Sex",
      kind: "category",
      multiValued: false,
      categories: [
        { code: "female", label: "Female", unknown: false },
        { code: "male", label: "Male", unknown: false },
        { code: "unknown", label: "Not recorded", unknown: true },
      ],
    },
  ],
  cells: [
    { key: ["BY-HO", "female"], value: null, status: "suppressed_secondary" },
    { key: ["BY-HO", "male"], value: null, status: "suppressed_primary" },
    { key: ["BY-HO", "unknown"], value: 0, status: "published" },
    { key: ["BY-VI", "female"], value: null, status: "suppressed_secondary" },
    { key: ["BY-VI", "male"], value: null, status: "suppressed_secondary" },
    { key: ["BY-VI", "unknown"], value: 12, status: "published" },
  ],
  totals: [
    { key: ["BY-HO", null], value: 45, status: "published" },
    { key: ["BY-VI", null], value: 51, status: "published" },
    { key: [null, "female"], value: 65, status: "published" },
    { key: [null, "male"], value: 19, status: "published" },
    { key: [null, "unknown"], value: 12, status: "published" },
    { key: [null, null], value: 96, status: "published" },
  ],
  disclosure: {
    method: "suppression",
    threshold: 11,
    zerosSensitive: false,
    protectionLevel: 3,
    secondary: "greedy",
    rounding: null,
    suppressedCells: 4,
    suppressedPrimary: 1,
    suppressedSecondary: 3,
    audit: { method: "linear_programming", passed: true, minWidth: 19, protectionLevel: 3 },
    note: "Counts from 1 to 10 are hidden.",
  },
  notes: ["Synthetic data."],
};

/** A dataset with one meeting and hostile names, to test escaping end to end. */
export const hostileDataset: NrmDataset = {
  regions: [{ id: "XX-01", country: "XX", kind: "province", name: { en: "<b>North</b>" } }],
  organizations: [
    { id: "org-evil", kind: "ngo", name: { en: "<script>alert(1)</script>", ru: "<script>alert(1)</script>" } },
    { id: "org-img", kind: "ngo", name: { en: '<img src=x onerror="window.__xss=1">' } },
  ],
  people: [
    {
      id: "person-x",
      name: { en: "**Bold** [x](javascript:alert(1))" },
      positions: [{ organizationId: "org-evil", title: { en: "# Chair" } }],
    },
  ],
  taskForces: [
    {
      id: "tf-x",
      name: { en: "Task force <i>X</i>" },
      regionId: "XX-01",
      mandate: [{ kind: "identify", text: { en: "To identify <u>victims</u>" } }],
      coordinatorIds: [],
      secretariatIds: [],
    },
  ],
  mous: [],
  mouAmendments: [],
  meetings: [
    {
      id: "meeting-x",
      taskForceId: "tf-x",
      date: "2020-01-15",
      status: "held",
      venue: { hostId: "org-img", locality: { en: "<svg onload=alert(1)>" } },
      organisers: [{ organizationId: "org-evil", support: ["technical"] }],
      chairIds: ["person-x"],
      panelIds: [],
      attendance: [
        { organizationId: "org-evil", capacity: "mou_party" },
        { organizationId: "org-img", capacity: "guest", purpose: { en: "</p><script>window.__xss=1</script>" } },
      ],
      topics: [{ kind: "other", text: { en: '=HYPERLINK("http://x","y")' }, highlighted: true }],
      statisticsShared: false,
      publication: {
        title: { en: "<script>window.__xss=1</script>" },
        url: "javascript:window.__xss=1",
        categories: [],
        tags: [],
        languages: ["en"],
      },
    },
  ],
  decisions: [
    {
      id: "decision-x-1",
      meetingId: "meeting-x",
      ordinal: 1,
      category: "other",
      text: { en: "<script>alert(1)</script>" },
      responsibleIds: ["org-evil"],
      dueDate: "2020-03-01",
      statusHistory: [{ status: "adopted", date: "2020-01-15" }],
      links: [],
    },
  ],
};

/** A protected quarterly trend with one hidden quarter. */
export const protectedTrend: TrendTable = {
  kind: "trend_table",
  version: 1,
  granularity: "quarter",
  table: {
    ...protectedTable,
    title: "Registered victims by quarter",
    dimensions: [
      {
        name: "period",
        label: "Quarter",
        kind: "period",
        multiValued: false,
        categories: [
          { code: "2014-Q1", label: "2014 Q1", unknown: false },
          { code: "2014-Q2", label: "2014 Q2", unknown: false },
          { code: "2014-Q3", label: "2014 Q3", unknown: false },
        ],
      },
    ],
    cells: [
      { key: ["2014-Q1"], value: 24, status: "published" },
      { key: ["2014-Q2"], value: null, status: "suppressed_primary" },
      { key: ["2014-Q3"], value: 31, status: "published" },
    ],
    totals: [{ key: [null], value: 60, status: "published" }],
  },
  series: [
    {
      key: null,
      label: "All persons",
      points: [
        { period: "2014-Q1", value: 24, status: "published", change: null, relativeChange: null },
        { period: "2014-Q2", value: null, status: "suppressed_primary", change: null, relativeChange: null },
        { period: "2014-Q3", value: 31, status: "published", change: null, relativeChange: null },
      ],
    },
  ],
};

/**
 * The bundled Belarus data with a third task force added as a user would: Brest, one held meeting
 * at the premises of the city executive committee, a donor and an international organisation known
 * by their abbreviations, one interested organisation, a guest invited without a stated purpose,
 * and no decisions (`decisionsRecorded` as given).
 */
export function withBrest(data: NrmDataset, decisionsRecorded?: boolean): NrmDataset {
  return {
    ...data,
    organizations: [
      ...data.organizations,
      {
        id: "org-by-br-city-executive-committee",
        kind: "local_government",
        name: { en: "Brest City Executive Committee", ru: "Брестский городской исполнительный комитет" },
        abbreviation: { ru: "Брестский горисполком" },
        regionId: "BY-BR",
      },
      {
        id: "org-by-br-ngo",
        kind: "ngo",
        name: { en: "Brest “Women’s Initiatives” NGO", ru: "ОО «Женские инициативы», Брест" },
        regionId: "BY-BR",
      },
      {
        id: "org-usaid",
        kind: "donor",
        name: {
          en: "United States Agency for International Development",
          ru: "Агентство США по международному развитию",
        },
        abbreviation: { en: "USAID", ru: "USAID" },
      },
      {
        id: "org-by-br-interior",
        kind: "interior",
        name: {
          en: "Brest Oblast Department of Internal Affairs",
          ru: "Управление внутренних дел Брестского облисполкома",
        },
        regionId: "BY-BR",
      },
    ],
    taskForces: [
      ...data.taskForces,
      {
        id: "task-force-brest",
        name: {
          en: "Multi-disciplinary task force of Brest oblast",
          ru: "Межведомственная рабочая группа Брестской области",
        },
        regionId: "BY-BR",
        mandate: [],
        coordinatorIds: [],
        secretariatIds: [],
      },
    ],
    meetings: [
      ...data.meetings,
      {
        id: "meeting-brest-2014-06-18",
        taskForceId: "task-force-brest",
        date: "2014-06-18",
        status: "held",
        venue: { hostId: "org-by-br-city-executive-committee", locality: { en: "Brest", ru: "Брест" } },
        organisers: [{ organizationId: "org-iom-belarus", support: ["technical", "financial"] }],
        chairIds: ["person-koltun"],
        panelIds: [],
        attendance: [
          { organizationId: "org-by-br-interior", capacity: "mou_party" },
          { organizationId: "org-by-br-ngo", capacity: "mou_party" },
          { organizationId: "org-iom-belarus", capacity: "interested_organization" },
          { organizationId: "org-usaid", capacity: "guest" },
        ],
        topics: [],
        statisticsShared: true,
        ...(decisionsRecorded === undefined ? {} : { decisionsRecorded }),
      },
    ],
  };
}
