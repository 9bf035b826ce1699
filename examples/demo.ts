// Run: pnpm demo
// Writes every report of the bundled Gomel and Vitebsk task forces and of the Brest task force that
// examples/data/brest.ts adds through the public API (meeting reports, minutes, attendance report,
// decision tracker, consolidated MoU texts, the dataset as Popolo JSON) and a protected statistics table of synthetic cases, in English and
// Russian (the meeting reports also in Belarusian, Ukrainian and Romanian), to out/: Markdown, HTML,
// text, CSV, Word (DOCX), Excel (XLSX, for every document), iCalendar (ICS) for the meetings, and PDF
// printed by headless chromium when /usr/bin/chromium exists; out/index.html links them all. Prints
// the files it wrote.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { indexDataset, type LocalizedText, pickText } from "@nrmkit/core";
import { belarusRegions, belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
import { toPopolo } from "@nrmkit/core/popolo";
import { generateSyntheticCases } from "@nrmkit/core/synthetic";
import {
  buildAttendanceReport,
  buildDecisionTracker,
  buildMeetingReport,
  buildMinutes,
  buildMouText,
  buildStatisticsReport,
  chartSvg,
  type Inline,
  type ReportDocument,
  renderCsv,
  renderHtml,
  renderJson,
  renderMarkdown,
  renderText,
  statTableChart,
  trendChart,
} from "@nrmkit/report";
import { renderDocx } from "@nrmkit/report/docx";
import { renderICalendar } from "@nrmkit/report/ical";
import { be, ro, uk } from "@nrmkit/report/locales";
import { renderXlsx } from "@nrmkit/report/xlsx";
import { aggregate, crossTab, publishTables, type StatTable, trend, trendFromTable } from "@nrmkit/stats";
import { releaseTables } from "@nrmkit/stats/dp";
import { validateDataset } from "@nrmkit/validation";
import { withBrest } from "./data/brest.js";

const outDir = resolve(dirname(fileURLToPath(import.meta.url)), "..", "out");
const written: string[] = [];
const locales = ["en", "ru"] as const;
// The meeting reports also in Belarusian (a state language of Belarus), Ukrainian and Romanian:
// the languages past en and ru come as locale objects from @nrmkit/report/locales.
const reportLocales = [...locales, be, uk, ro] as const;
// The MoU's status date and the tracker's: half a year after the meetings.
const AS_OF = "2014-12-01";

// Chromium prints the PDFs and draws the PNG fallback of the DOCX charts; without it both are skipped.
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const browser = existsSync(CHROMIUM)
  ? await (await import("playwright-core")).chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    })
  : undefined;

async function chartPng(svg: string): Promise<Uint8Array> {
  if (browser === undefined) throw new Error("no browser");
  const page = await browser.newPage({ deviceScaleFactor: 2 });
  await page.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
  const png = await page.locator("svg").screenshot();
  await page.close();
  return png;
}

function write(path: string, content: string | Uint8Array): string {
  const file = join(outDir, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
  written.push(file);
  return path;
}

const printQueue: string[] = [];

/** Writes a document as Markdown, HTML, text and DOCX (and JSON when asked), queues its PDF; returns the HTML path. */
async function writeDocument(base: string, doc: ReportDocument, withJson = false): Promise<string> {
  write(`${base}.md`, renderMarkdown(doc));
  write(`${base}.txt`, renderText(doc));
  if (withJson) write(`${base}.json`, renderJson(doc));
  write(`${base}.docx`, await renderDocx(doc, browser === undefined ? {} : { chartPng }));
  // Every document files in Excel too: tables, lists and labelled values each a sheet.
  write(`${base}.xlsx`, await renderXlsx(doc));
  if (browser !== undefined) printQueue.push(base);
  return write(`${base}.html`, renderHtml(doc));
}

// The bundled Gomel and Vitebsk data with the third meeting of the series, Brest, added as a user
// would (examples/data/brest.ts); it must validate before anything is written.
const validated = validateDataset(withBrest(belarusTaskForces2014));
if (!validated.success) throw new Error(validated.issues.map((issue) => issue.message).join("\n"));
const dataset = validated.data;
const index = indexDataset(dataset);
// Series links by meeting id point at the other meeting's report in the same language.
const folderOf = (meetingId: string): string => meetingId.replace(/^meeting-/, "");
const links: {
  readonly section: string;
  readonly title: string;
  readonly href: string;
  readonly also?: readonly string[];
}[] = [];
const title = (text: LocalizedText | undefined, locale: string): string => pickText(text, [locale, "en"]).text;

// 1. Per meeting: the news-style report (md, html, txt, json) and the minutes (md, html, txt, csv).
for (const meeting of dataset.meetings) {
  const key = folderOf(meeting.id);
  for (const language of reportLocales) {
    const code = typeof language === "string" ? language : language.code;
    const meetingUrl = (id: string): string => `../${folderOf(id)}/report.${code}.html`;
    const report = buildMeetingReport(index, meeting.id, { locale: language, meetingUrl });
    links.push({
      section: "Meeting reports",
      title: `${report.title} (${code})`,
      href: await writeDocument(`meetings/${key}/report.${code}`, report, true),
    });
  }
  for (const locale of locales) {
    const report = buildMeetingReport(index, meeting.id, { locale });
    // As on the MoU pages, the decisions' MoU effects count as applied: the documents agree.
    const minutes = buildMinutes(index, meeting.id, { locale, asOf: AS_OF, includeDecisionEffects: true });
    links.push({
      section: "Minutes",
      title: `${minutes.title} (${locale})`,
      href: await writeDocument(`meetings/${key}/minutes.${locale}`, minutes),
    });
    write(`meetings/${key}/minutes-decisions.${locale}.csv`, renderCsv(minutes, { tableId: "decisions" }));
    // The meeting, its attendees in their roles, and its decisions as to-dos, for calendars.
    const ics = write(
      `meetings/${key}/meeting.${locale}.ics`,
      renderICalendar(index, {
        meetingIds: [meeting.id],
        locale,
        decisions: "open",
        asOf: AS_OF,
        timestamp: `${AS_OF}T00:00:00Z`,
        uidDomain: "demo.nrmkit.invalid",
      }),
    );
    links.push({ section: "Calendar (iCalendar)", title: `${report.title} (${locale})`, href: ics });
  }
}

// 2. Attendance: organisations × meetings with their capacity, and each MoU party's participation.
for (const language of reportLocales) {
  const code = typeof language === "string" ? language : language.code;
  const doc = buildAttendanceReport(index, { locale: language });
  links.push({
    section: "Attendance",
    title: `${doc.title} (${code})`,
    href: await writeDocument(`attendance.${code}`, doc),
  });
  write(`attendance-participation.${code}.csv`, renderCsv(doc, { tableId: "task-force-brest-participation" }));
}

// The whole dataset as a Popolo document, the civic-data format council and parliament tools read;
// check-demo imports it back and compares it with the dataset.
links.push({
  section: "Data",
  title: "The dataset as Popolo JSON",
  href: write("popolo.json", JSON.stringify(toPopolo(dataset), null, 2)),
});
write("dataset.json", JSON.stringify(dataset));

// 3. The decision tracker across the task forces.
for (const locale of locales) {
  const tracker = buildDecisionTracker(index, { asOf: AS_OF, locale, includeDecisionEffects: true });
  links.push({
    section: "Decision tracker",
    title: `${tracker.title} (${locale})`,
    href: await writeDocument(`decision-tracker.${locale}`, tracker),
    also: [`decision-tracker.${locale}.xlsx`],
  });
  write(`decision-tracker.${locale}.csv`, renderCsv(tracker, { tableId: "decisions" }));
}

// 4. Consolidated MoU texts, with the decisions' amendments applied, their history and the diff.
const illustrative: LocalizedText = {
  en: "The news items do not quote the MoUs: the base text and signing dates are illustrative.",
  ru: "Новости не цитируют меморандумы: исходный текст и даты подписания приведены для иллюстрации.",
};
for (const mou of dataset.mous) {
  for (const locale of locales) {
    const doc = buildMouText(index, mou.id, { asOf: AS_OF, includeDecisionEffects: true, locale, note: illustrative });
    links.push({
      section: "MoU texts",
      title: `${title(mou.title, locale)} (${locale})`,
      href: await writeDocument(`mou/${mou.id}.${locale}`, doc),
    });
    write(`mou/${mou.id}-history.${locale}.csv`, renderCsv(doc, { tableId: "history" }));
  }
}

// 5. Statistics of synthetic case records, aggregated and protected by @nrmkit/stats.
const records = generateSyntheticCases({ count: 2000, seed: 2014 });
const raw = trend(records, {
  period: "quarter",
  from: "2014-01-01",
  to: "2015-12-31",
  title: "Registered victims by quarter",
});
// The three tables count the same records, so they are protected jointly: one reader model over
// all of them, so that no hidden count can be recomputed from the tables together. publishTables
// refuses a set whose joint audit fails; trendFromTable recomputes the changes from shown values.
const [bySex, byForm, byQuarterTable] = publishTables([
  crossTab(records, "regionId", "gender", { title: "Registered victims by region and sex" }),
  aggregate(records, { dimensions: ["exploitationGroup"], title: "Registered victims by form of exploitation" }),
  raw.table,
]) as [StatTable, StatTable, StatTable];
const byQuarter = trendFromTable(byQuarterTable);
const quarters = Object.fromEntries(
  ["2014", "2015"].flatMap((year) =>
    [1, 2, 3, 4].map((q) => [`${year} Q${q}`, { ru: `${["I", "II", "III", "IV"][q - 1]} кв. ${year}` }]),
  ),
);
// The stats tables carry English labels; these give the Russian report its own words.
const labels: Readonly<Record<string, LocalizedText>> = {
  ...Object.fromEntries(belarusRegions.map((region) => [region.id, region.name])),
  // The differentially private tables label regions by their English names (below).
  ...Object.fromEntries(belarusRegions.map((region) => [region.name.en ?? region.id, region.name])),
  ...quarters,
  Region: { ru: "Регион" },
  Sex: { ru: "Пол" },
  Female: { ru: "Женщины" },
  Male: { ru: "Мужчины" },
  Other: { ru: "Другой" },
  "Not recorded": { ru: "Не указано" },
  Period: { ru: "Квартал" },
  Total: { ru: "Всего" },
  "Form of exploitation": { ru: "Форма эксплуатации" },
  "Sexual exploitation": { ru: "Сексуальная эксплуатация" },
  "Labour exploitation": { ru: "Трудовая эксплуатация" },
  "Other forms": { ru: "Другие формы" },
  "Registered victims by region and sex": { ru: "Зарегистрированные жертвы по регионам и полу" },
  "Registered victims by form of exploitation": { ru: "Зарегистрированные жертвы по формам эксплуатации" },
  "Registered victims by quarter": { ru: "Зарегистрированные жертвы по кварталам" },
  "Only records within the chosen categories and dates are counted.": {
    ru: "Учитываются только записи, попадающие в выбранные категории и даты.",
  },
  ...Object.fromEntries(
    byForm.notes.map((note) => [
      note,
      {
        ru: "Форма эксплуатации: одно лицо может учитываться в нескольких категориях, поэтому сумма ячеек может превышать итог, который считает лиц.",
      },
    ]),
  ),
};
const items = [bySex, byForm, byQuarter] as const;
for (const locale of locales) {
  const options = { locale, labels };
  for (const [position, item] of items.entries()) {
    const spec =
      item.kind === "trend_table"
        ? trendChart(item, { ...options, id: `chart-${position + 1}` })
        : statTableChart(item, { ...options, id: `chart-${position + 1}` });
    write(`statistics/chart-${position + 1}.${locale}.svg`, chartSvg(spec));
  }
  const doc = buildStatisticsReport(items, {
    ...options,
    title: { en: "Case statistics (synthetic data)", ru: "Статистика случаев (синтетические данные)" },
    introduction: {
      en: "Counts of 2,000 synthetic case records, protected by cell suppression (threshold 11) and audited before publication.",
      ru: "Число лиц по 2 000 синтетических записей о случаях; данные защищены подавлением ячеек (порог 11) и проверены перед публикацией.",
    },
    chartSrc: (position) => `chart-${position + 1}.${locale}.svg`,
  });
  links.push({
    section: "Statistics",
    title: `${doc.title} (${locale})`,
    href: await writeDocument(`statistics/statistics.${locale}`, doc),
    also: [`statistics/statistics.${locale}.xlsx`],
  });
  for (const [position] of items.entries()) {
    write(`statistics/table-${position + 1}.${locale}.csv`, renderCsv(doc, { tableId: `table-${position + 1}` }));
  }
}

// 5b. The same statistics released with differential privacy (@nrmkit/stats/dp): noise on every
// count from Web Crypto, whole non-negative counts that add up, each with its interval. The shape
// must not come from the data: regions listed, periods bounded.
const regionCodes = [...belarusRegions.map((region) => region.id), "unknown"];
const dpRelease = releaseTables(
  records,
  [
    {
      dimensions: [
        {
          name: "regionId",
          categories: regionCodes,
          labels: Object.fromEntries(belarusRegions.map((region) => [region.id, region.name.en ?? region.id])),
        },
        "gender",
      ],
      title: "Registered victims by region and sex",
    },
    { dimensions: ["exploitationGroup"], title: "Registered victims by form of exploitation" },
    {
      dimensions: ["period"],
      period: "quarter",
      from: "2014-01-01",
      to: "2015-12-31",
      title: "Registered victims by quarter",
    },
  ],
  { rho: 0.25 },
);
for (const locale of locales) {
  const language = locale;
  const doc = buildStatisticsReport(dpRelease.tables, {
    locale,
    labels,
    title: {
      en: "Case statistics with differential privacy (synthetic data)",
      ru: "Статистика случаев с дифференциальной приватностью (синтетические данные)",
    },
    introduction: {
      en: "Counts of the same 2,000 synthetic case records, released with differential privacy (ρ = 0.25): every count has random noise, and its footnote says how far it may be from the true count.",
      ru: "Число лиц по тем же 2 000 синтетических записей, опубликованное с дифференциальной приватностью (ρ = 0,25): к каждому значению добавлен случайный шум, а в примечании указано, насколько оно может отличаться от истинного.",
    },
  });
  links.push({
    section: "Statistics",
    title: `${doc.title} (${language})`,
    href: await writeDocument(`statistics/statistics-dp.${language}`, doc),
    also: [`statistics/statistics-dp.${language}.xlsx`],
  });
}

// 6. PDF: each HTML page printed by chromium, as a browser's "Save as PDF" does (A4, print stylesheet).
if (browser === undefined) {
  console.log(
    `PDF skipped: ${CHROMIUM} not found (install chromium, e.g. \`apt-get install chromium\`, or set CHROMIUM_PATH).`,
  );
} else {
  for (const base of printQueue) {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(outDir, `${base}.html`)).href, { waitUntil: "load" });
    write(`${base}.pdf`, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    await page.close();
  }
  await browser.close();
}

// 7. out/index.html: a report document itself, so it is escaped and styled like the others.
const sections = [...new Set(links.map((link) => link.section))];
/** Links to the DOCX, PDF and extra files beside an HTML page, as " · DOCX · PDF · XLSX". */
function formatLinks(href: string, also: readonly string[]): Inline[] {
  if (!href.endsWith(".html")) return [];
  const base = href.slice(0, -".html".length);
  const files = [
    `${base}.docx`,
    ...(existsSync(join(outDir, `${base}.pdf`)) ? [`${base}.pdf`] : []),
    ...(also.includes(`${base}.xlsx`) ? [] : [`${base}.xlsx`]),
    ...also,
  ];
  return files.flatMap((file) => [
    " · ",
    { kind: "link" as const, href: file, children: [(file.split(".").at(-1) ?? "").toUpperCase()] },
  ]);
}
const indexDoc: ReportDocument = {
  kind: "report",
  version: 1,
  lang: "en",
  title: "nrmkit demo",
  blocks: [
    { kind: "heading", level: 1, content: ["nrmkit demo: Gomel, Vitebsk and Brest task forces, 2014"] },
    {
      kind: "paragraph",
      content: [
        "Generated by examples/demo.ts from the bundled dataset and synthetic case records. Every HTML page below also exists as Markdown (.md), plain text (.txt), Word (.docx) and Excel (.xlsx), and as PDF when chromium printed it; CSV and SVG files sit beside them.",
      ],
    },
    ...sections.flatMap((section) => [
      { kind: "heading" as const, level: 2 as const, content: [section] },
      {
        kind: "list" as const,
        ordered: false,
        items: links
          .filter((link) => link.section === section)
          .map((link) => [
            { kind: "link" as const, href: link.href, children: [link.title] },
            ...formatLinks(link.href, link.also ?? []),
          ]),
      },
    ]),
  ],
};
write("index.html", renderHtml(indexDoc));

// Paths relative to the repository root, where the README's `pnpm demo` runs.
console.log(`Wrote ${written.length} files to ${outDir}:`);
for (const file of written) console.log(`  ${relative(resolve(outDir, ".."), file)}`);
console.log(`\nOpen ${join(outDir, "index.html")} in a browser.`);
