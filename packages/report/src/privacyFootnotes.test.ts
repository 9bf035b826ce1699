// A differentially private table in a report says how it was made and how accurate it is, in every
// format and language: read back from the text, Markdown, HTML, DOCX (mammoth) and XLSX (its XML).
import { generateSyntheticCases } from "@nrmkit/core/synthetic";
import { releaseTables, seededRandom } from "@nrmkit/stats/dp";
import { strFromU8, unzipSync } from "fflate";
import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import { renderDocx } from "./docx/renderDocx.js";
import { be, ro, uk } from "./locales/index.js";
import { renderHtml } from "./renderHtml.js";
import { renderMarkdown } from "./renderMarkdown.js";
import { renderText } from "./renderText.js";
import { buildStatisticsReport } from "./statisticsReport.js";
import { renderXlsx } from "./xlsx/renderXlsx.js";

const records = generateSyntheticCases({ count: 300, seed: 23 });

function released(options: { rho: number } | { epsilon: number }) {
  const [table] = releaseTables(records, [{ dimensions: ["gender", "ageGroup"], title: "Victims by sex and age" }], {
    ...options,
    random: seededRandom(4),
  }).tables;
  if (table === undefined) throw new Error("no table");
  return table;
}

// Words of each language's footnote, written here rather than read from the catalogues.
const LANGUAGES = [
  ["en", "differential privacy", "within ±"],
  ["ru", "дифференциальная приватность", "не более чем на "],
  [be, "дыферэнцыяльная прыватнасць", "не больш чым на "],
  [uk, "диференційна приватність", "не більше ніж на "],
  [ro, "confidențialitate diferențială", "cel mult "],
] as const;

describe("differentially private tables in reports", () => {
  for (const [locale, words, within] of LANGUAGES) {
    const code = typeof locale === "string" ? locale : locale.code;
    it(`states the method, the budget and the accuracy in every format when the language is ${code}`, async () => {
      const table = released({ rho: 0.5 });
      const margin = table.disclosure.privacy?.margin ?? Number.NaN;
      const doc = buildStatisticsReport([table], { locale, title: { en: "Statistics" } });
      const word = (await mammoth.extractRawText({ buffer: Buffer.from(await renderDocx(doc)) })).value;
      const workbook = unzipSync(await renderXlsx(doc));
      const sheetText = Object.entries(workbook)
        .filter(([name]) => name === "xl/sharedStrings.xml" || /^xl\/worksheets\/sheet\d+\.xml$/.test(name))
        .map(([, bytes]) => strFromU8(bytes))
        .join(" ");
      const html = renderHtml(doc).replace(/<[^>]+>/g, " ");
      for (const [format, text] of [
        ["text", renderText(doc)],
        ["Markdown", renderMarkdown(doc)],
        ["HTML", html],
        ["DOCX", word],
        ["XLSX", sheetText],
      ] as const) {
        // Markdown escapes punctuation (0\.5): read it as a Markdown reader does.
        const flat = text
          .replace(/\\([\\`*_{}[\]()#+\-.!|<>])/g, "$1")
          .replace(/\s+/g, " ")
          .replace(/\u00a0|\u202f/g, " ");
        expect(flat.toLowerCase(), `${format} ${code}`).toContain(words);
        expect(flat, `${format} ${code}`).toContain(`${within}${margin} `);
        expect(flat, `${format} ${code}`).toMatch(/ρ = 0[.,]5/);
        expect(flat, `${format} ${code}`).toMatch(/95 ?%/);
        // The footnote is the report's language, not English with a marker.
        if (code !== "en") expect(flat, `${format} ${code}`).not.toMatch(/Random noise|\[en\] Disclosure/);
      }
    });
  }

  it("names ε and the Laplace noise for a pure release", () => {
    const doc = buildStatisticsReport([released({ epsilon: 1 })], { title: { en: "Statistics" } });
    const text = renderText(doc);
    expect(text).toContain("ε = 1");
    expect(text).toContain("Laplace");
  });
});
