// Run: pnpm demo
// Writes every report of the bundled Gomel and Vitebsk task forces (meeting reports, minutes, decision
// tracker, consolidated MoU texts) and a protected statistics table of synthetic cases, in English and
// Russian, to out/, with out/index.html linking them all, and prints the files it wrote.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { indexDataset, type LocalizedText, pickText } from "@nrmkit/core";
import { belarusRegions, belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
import { generateSyntheticCases } from "@nrmkit/core/synthetic";
import {
  buildDecisionTracker,
  buildMeetingReport,
  buildMinutes,
  buildMouText,
  buildStatisticsReport,
  chartSvg,
  type ReportDocument,
  renderCsv,
  renderHtml,
  renderJson,
  renderMarkdown,
  renderText,
  statTableChart,
  trendChart,
} from "@nrmkit/report";
import { aggregate, crossTab, publishTable, publishTrend, trend } from "@nrmkit/stats";

const outDir = resolve(dirname(fileURLToPath(import.meta.url)), "..", "out");
const written: string[] = [];
const locales = ["en", "ru"] as const;
// The MoU's status date and the tracker's: half a year after the meetings.
const AS_OF = "2014-12-01";

function write(path: string, content: string): string {
  const file = join(outDir, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
  written.push(file);
  return path;
}

/** Writes a document as Markdown, HTML and text (and JSON when asked); returns the HTML path. */
function writeDocument(base: string, doc: ReportDocument, withJson = false): string {
  write(`${base}.md`, renderMarkdown(doc));
  write(`${base}.txt`, renderText(doc));
  if (withJson) write(`${base}.json`, renderJson(doc));
  return write(`${base}.html`, renderHtml(doc));
}

const index = indexDataset(belarusTaskForces2014);
const links: { readonly section: string; readonly title: string; readonly href: string }[] = [];
const title = (text: LocalizedText | undefined, locale: string): string => pickText(text, [locale, "en"]).text;

// 1. Per meeting: the news-style report (md, html, txt, json) and the minutes (md, html, txt, csv).
for (const meeting of belarusTaskForces2014.meetings) {
  const key = meeting.id.replace(/^meeting-/, "");
  for (const locale of locales) {
    const report = buildMeetingReport(index, meeting.id, { locale });
    links.push({
      section: "Meeting reports",
      title: `${report.title} (${locale})`,
      href: writeDocument(`meetings/${key}/report.${locale}`, report, true),
    });
    // As on the MoU pages, the decisions' MoU effects count as applied: the documents agree.
    const minutes = buildMinutes(index, meeting.id, { locale, asOf: AS_OF, includeDecisionEffects: true });
    links.push({
      section: "Minutes",
      title: `${minutes.title} (${locale})`,
      href: writeDocument(`meetings/${key}/minutes.${locale}`, minutes),
    });
    write(`meetings/${key}/minutes-decisions.${locale}.csv`, renderCsv(minutes, { tableId: "decisions" }));
  }
}

// 2. The decision tracker across both task forces.
for (const locale of locales) {
  const tracker = buildDecisionTracker(index, { asOf: AS_OF, locale, includeDecisionEffects: true });
  links.push({
    section: "Decision tracker",
    title: `${tracker.title} (${locale})`,
    href: writeDocument(`decision-tracker.${locale}`, tracker),
  });
  write(`decision-tracker.${locale}.csv`, renderCsv(tracker, { tableId: "decisions" }));
}

// 3. Consolidated MoU texts, with the decisions' amendments applied, their history and the diff.
const illustrative: LocalizedText = {
  en: "The news items do not quote the MoUs: the base text and signing dates are illustrative.",
  ru: "Новости не цитируют меморандумы: исходный текст и даты подписания приведены для иллюстрации.",
};
for (const mou of belarusTaskForces2014.mous) {
  for (const locale of locales) {
    const doc = buildMouText(index, mou.id, { asOf: AS_OF, includeDecisionEffects: true, locale, note: illustrative });
    links.push({
      section: "MoU texts",
      title: `${title(mou.title, locale)} (${locale})`,
      href: writeDocument(`mou/${mou.id}.${locale}`, doc),
    });
    write(`mou/${mou.id}-history.${locale}.csv`, renderCsv(doc, { tableId: "history" }));
  }
}

// 4. Statistics of synthetic case records, aggregated and protected by @nrmkit/stats.
const records = generateSyntheticCases({ count: 2000, seed: 2014 });
const bySex = publishTable(crossTab(records, "regionId", "gender", { title: "Registered victims by region and sex" }));
const byForm = publishTable(
  aggregate(records, { dimensions: ["exploitationGroup"], title: "Registered victims by form of exploitation" }),
);
const raw = trend(records, {
  period: "quarter",
  from: "2014-01-01",
  to: "2015-12-31",
  title: "Registered victims by quarter",
});
// publishTrend, like publishTable, refuses a table whose audit fails.
const byQuarter = publishTrend(raw);
const quarters = Object.fromEntries(
  ["2014", "2015"].flatMap((year) =>
    [1, 2, 3, 4].map((q) => [`${year} Q${q}`, { ru: `${["I", "II", "III", "IV"][q - 1]} кв. ${year}` }]),
  ),
);
// The stats tables carry English labels; these give the Russian report its own words.
const labels: Readonly<Record<string, LocalizedText>> = {
  ...Object.fromEntries(belarusRegions.map((region) => [region.id, region.name])),
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
    href: writeDocument(`statistics/statistics.${locale}`, doc),
  });
  for (const [position] of items.entries()) {
    write(`statistics/table-${position + 1}.${locale}.csv`, renderCsv(doc, { tableId: `table-${position + 1}` }));
  }
}

// 5. out/index.html: a report document itself, so it is escaped and styled like the others.
const sections = [...new Set(links.map((link) => link.section))];
const indexDoc: ReportDocument = {
  kind: "report",
  version: 1,
  lang: "en",
  title: "nrmkit demo",
  blocks: [
    { kind: "heading", level: 1, content: ["nrmkit demo: Gomel and Vitebsk task forces, 2014"] },
    {
      kind: "paragraph",
      content: [
        "Generated by examples/demo.ts from the bundled dataset and synthetic case records. Every HTML page below also exists as Markdown (.md) and plain text (.txt); CSV and SVG files sit beside them.",
      ],
    },
    ...sections.flatMap((section) => [
      { kind: "heading" as const, level: 2 as const, content: [section] },
      {
        kind: "list" as const,
        ordered: false,
        items: links
          .filter((link) => link.section === section)
          .map((link) => [{ kind: "link" as const, href: link.href, children: [link.title] }]),
      },
    ]),
  ],
};
write("index.html", renderHtml(indexDoc));

// Paths relative to the repository root, where the README's `pnpm demo` runs.
console.log(`Wrote ${written.length} files to ${outDir}:`);
for (const file of written) console.log(`  ${relative(resolve(outDir, ".."), file)}`);
console.log(`\nOpen ${join(outDir, "index.html")} in a browser.`);
