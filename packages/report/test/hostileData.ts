// Hostile payloads injected into every string field of a dataset that a user can set: names,
// titles, texts, purposes, publication fields, clause numbers, ids and stats labels. Each field
// gets the next payload in turn (from `offset`), so a few datasets cover every payload in every
// kind of field. References stay consistent: an id or clause number gets the same suffix everywhere.
import type { NrmDataset } from "@nrmkit/core";
import type { StatTable } from "@nrmkit/stats";

export const TEXT_PAYLOADS: readonly string[] = [
  "http://ok.example/a)[x](javascript:alert(1))",
  "http://ok.example/a)![y](http://evil.example/y.png)",
  ") ![y](http://evil.example/y.png) (",
  "<script>window.__xss=1</script>",
  '<img src=x onerror="window.__xss=1">',
  "<svg onload=alert(1)>",
  "</p><iframe src=javascript:alert(1)></iframe>",
  "[x](javascript:alert(1)) [y]\n\n[y]: javascript:alert(2)",
  "[[nested]](<javascript:alert(1)>)",
  "<javascript:alert(1)> <http://evil.example/> <evil@example.com>",
  "see http://evil.example/x, www.evil.example and evil@example.com",
  "xmpp:evil@example.com mailto:evil@example.com //evil.example/x evil.example",
  "&#106;avascript&#58;alert(1) &#41; &lt;b&gt;",
  "back\\slash\\) \\[x\\](javascript:alert(1))",
  "line\nbreak\r\n# heading\n- item\n> quote\n    code\n===",
  "NUL\u0000 BEL\u0007 \u001b[31mred\u001b[0m \u001b]0;owned\u0007",
  "C1\u0085\u009b31m\u008d \u001b]8;;http://evil.example/\u001b\\click\u001b]8;;\u001b\\",
  "evil\u202eexe.txt",
  "\u2067שלום\u2069\u2069 مرحبا \u202b(x)",
  '=HYPERLINK("http://evil.example","x")',
  "+1-2 @SUM(A1)",
  "`code` *em* _em_ ~~del~~ | pipe | **strong**",
  "lone \ud800 surrogate \udfff",
  "<!-- comment --> <style>*{background:url(http://evil.example/)}</style>",
  "![y](http://evil.example/y.png)",
  "\t-tab then formula",
];

export const URL_PAYLOADS: readonly string[] = [
  "http://ok.example/a)[x](javascript:alert(1))",
  "http://ok.example/a)![y](http://evil.example/y.png)",
  "javascript&#58;alert(3)",
  "&#106;avascript:alert(1)",
  "java\tscript:alert(1)",
  " javascript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "vbscript:msgbox(1)",
  'http://ok.example/"onmouseover="window.__xss=1',
  "http://ok.example/<img src=x onerror=alert(1)>",
  "//evil.example/x",
  "http://ok.example/a\n\n[x]: javascript:alert(1)",
  "https://ok.example/a b?c=(d)&e=<f>",
];

export const CHART_SRC_PAYLOADS: readonly string[] = [
  ") ![y](http://evil.example/y.png) (",
  "http://evil.example/y.png",
  "//evil.example/y.png",
  "javascript:alert(1)",
  "chart.svg)![y](http://evil.example/y.png",
  "charts/chart (1).svg",
];

// Suffixes that keep references whole: the same one for every id, every code, every clause number.
const ID_SUFFIX = "\u202e<b>*";
const NUMBER_SUFFIX = "\u202e<i>";

const isLocalizedText = (value: object): value is Record<string, string> =>
  !Array.isArray(value) &&
  Object.keys(value).length > 0 &&
  Object.entries(value).every(([key, text]) => /^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/.test(key) && typeof text === "string");

/** Payloads to use instead of {@link TEXT_PAYLOADS} and {@link URL_PAYLOADS} (property tests generate them). */
export interface Payloads {
  /** For every text field, in turn. */
  readonly texts?: readonly string[];
  /** For every URL field, in turn. */
  readonly urls?: readonly string[];
}

/** A copy of `dataset` with a payload in every string field a user can set. */
export function hostileDataset(dataset: NrmDataset, offset = 0, payloads: Payloads = {}): NrmDataset {
  const texts = payloads.texts ?? TEXT_PAYLOADS;
  const urls = payloads.urls ?? URL_PAYLOADS;
  let textIndex = offset;
  let urlIndex = offset;
  const nextText = (): string => texts[textIndex++ % texts.length] ?? "";
  const nextUrl = (): string => urls[urlIndex++ % urls.length] ?? "";
  const walk = (value: unknown, key: string): unknown => {
    if (typeof value === "string") {
      if (key === "id" || key.endsWith("Id")) return hostileId(value);
      if (key === "url") return nextUrl();
      if (key === "number" || key === "after") return `${value}${NUMBER_SUFFIX}`;
      return value;
    }
    if (Array.isArray(value)) {
      if (key.endsWith("Ids")) return value.map((id: string) => hostileId(id));
      if (key === "languages") return [...value, nextText()];
      if (key === "categories" || key === "tags") return [...value.map((item) => walk(item, "")), { en: nextText() }];
      return value.map((item) => walk(item, ""));
    }
    if (typeof value === "object" && value !== null) {
      if (isLocalizedText(value)) {
        return Object.fromEntries(Object.entries(value).map(([lang, text]) => [lang, `${text} ${nextText()}`]));
      }
      // The sample data has no publication URL: give every publication one, so URL payloads reach the reports.
      const fields = key === "publication" ? { url: "", ...value } : value;
      return Object.fromEntries(Object.entries(fields).map(([name, item]) => [name, walk(item, name)]));
    }
    return value;
  };
  return walk(dataset, "") as NrmDataset;
}

/** The id `id` becomes in {@link hostileDataset}. */
export function hostileId(id: string): string {
  return `${id}${ID_SUFFIX}`;
}

/** A copy of a stats table with a payload in every label, code, note and title. */
export function hostileTable(table: StatTable, offset = 0, texts: readonly string[] = TEXT_PAYLOADS): StatTable {
  let index = offset;
  const next = (): string => texts[index++ % texts.length] ?? "";
  const code = (value: string | null): string | null => (value === null ? null : `${value}${ID_SUFFIX}`);
  return {
    ...table,
    title: `${table.title ?? ""} ${next()}`,
    dimensions: table.dimensions.map((dimension) => ({
      ...dimension,
      label: `${dimension.label} ${next()}`,
      categories: dimension.categories.map((category) => ({
        ...category,
        code: code(category.code) ?? "",
        label: `${category.label} ${next()}`,
      })),
    })),
    cells: table.cells.map((cell) => ({ ...cell, key: cell.key.map(code) as string[] })),
    totals: table.totals.map((cell) => ({ ...cell, key: cell.key.map(code) })),
    disclosure: { ...table.disclosure, note: `${table.disclosure.note ?? ""} ${next()}` },
    notes: [...(table.notes ?? []), next(), next()],
  };
}
