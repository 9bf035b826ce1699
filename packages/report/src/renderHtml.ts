import type { Block, Inline, ReportDocument, TableBlock, TableCell } from "./document.js";
import { html, type SafeHtml, safeHref, trustedHtml } from "./html.js";
import { columnWidths } from "./internal/columnWidths.js";
import { blockText, lineText } from "./internal/dataText.js";
import { PRINT_STYLES } from "./internal/printStyles.js";
import { defaultFallbackMarker, type RenderOptions } from "./renderOptions.js";
import { chartSvg } from "./svgChart.js";

/**
 * Options of {@link renderHtml}.
 *
 * @example
 * ```ts
 * import type { HtmlRenderOptions } from "@nrmkit/report";
 *
 * const options: HtmlRenderOptions = { stylesheet: "body { font-family: serif; }" };
 * ```
 *
 * @category Formats
 * @since 0.1.0
 */
export interface HtmlRenderOptions extends RenderOptions {
  /** CSS that replaces the built-in stylesheet. It is trusted: never pass data here. */
  readonly stylesheet?: string;
}

const STYLESHEET = `
:root{color-scheme:light}
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#1a1a1a;background:#fff;margin:0}
main{max-width:52rem;margin:0 auto;padding:2rem 1rem}
h1{font-size:1.6rem;line-height:1.25}
h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #ccc}
h3{font-size:1.05rem}
a{color:#0057a3}
.table-wrap{overflow-x:auto;margin:1rem 0}
table{border-collapse:collapse;font-size:.9rem}
caption{text-align:left;font-weight:600;padding-bottom:.25rem}
.visually-hidden{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
th,td{border:1px solid #bbb;padding:.25rem .5rem;vertical-align:top;text-align:left}
thead th{background:#f2f2f2}
.num{text-align:right;font-variant-numeric:tabular-nums}
tr.total th,tr.total td{font-weight:700}
td.suppressed,td.unknown{color:#555}
.footnotes{font-size:.85rem;color:#333}
.footnotes p{margin:.25rem 0}
.note{border-left:4px solid #0072B2;padding:.5rem 1rem;background:#f5f9fc}
.note-warning{border-color:#D55E00;background:#fdf3ec}
.fallback-marker{font-size:.75em;font-family:ui-monospace,monospace;color:#8a4b00;background:#fff3e0;padding:0 .2em;border-radius:2px}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}
dt{font-weight:600}
dd{margin:0}
figure{margin:1rem 0}
figure svg{max-width:100%;height:auto}
figcaption{font-size:.9rem;color:#333}
${PRINT_STYLES}
`.trim();

const BDI_OPEN: Readonly<Record<string, string>> = {
  "\u2066": '<bdi dir="ltr">',
  "\u2067": '<bdi dir="rtl">',
  "\u2068": "<bdi>",
};

/**
 * Data text as HTML: cleaned and isolated by `blockText` (see `internal/dataText.ts`), escaped,
 * and every Unicode isolate (FSI, LRI, RLI … PDI) written as a `<bdi>` element, so the browser
 * isolates right-to-left data even where it ignores the characters.
 */
function dataHtml(text: string): SafeHtml {
  let out = "";
  let plain = "";
  const flush = (): void => {
    out += html`${plain}`.html;
    plain = "";
  };
  // blockText leaves isolates balanced, so every PDI closes an open <bdi>.
  for (const char of blockText(text)) {
    const open = BDI_OPEN[char];
    if (open !== undefined || char === "\u2069") {
      flush();
      out += open ?? "</bdi>";
    } else plain += char;
  }
  flush();
  return trustedHtml(out);
}

function run(item: Inline, options: RenderOptions): SafeHtml | string {
  if (typeof item === "string") return dataHtml(item);
  switch (item.kind) {
    case "strong":
      return html`<strong>${inline(item.children, options)}</strong>`;
    case "emphasis":
      return html`<em>${inline(item.children, options)}</em>`;
    case "link":
      return html`<a href="${safeHref(item.href)}">${inline(item.children, options)}</a>`;
    case "fallback": {
      const marker = (options.fallbackMarker ?? defaultFallbackMarker)(item.lang);
      return item.lang === null
        ? html`<span class="fallback"><span class="fallback-marker">${dataHtml(marker)}</span> ${dataHtml(item.text)}</span>`
        : html`<span class="fallback" lang="${item.lang}"><span class="fallback-marker">${dataHtml(marker)}</span> ${dataHtml(item.text)}</span>`;
    }
  }
}

function inline(content: readonly Inline[], options: RenderOptions): SafeHtml {
  return html`${content.map((item) => run(item, options))}`;
}

function cellClass(cell: TableCell, align: "start" | "end" | undefined): string | null {
  const classes = [align === "end" ? "num" : "", cell.flag ?? ""].filter((name) => name !== "");
  return classes.length === 0 ? null : classes.join(" ");
}

function colgroup(block: TableBlock): SafeHtml {
  return html`<colgroup>${columnWidths(block).map((width) => html`<col style="width:${width}%">`)}</colgroup>\n`;
}

function table(block: TableBlock, options: RenderOptions): SafeHtml {
  const head = block.columns.map((column) =>
    column.align === "end"
      ? html`<th scope="col" class="num">${inline(column.header, options)}</th>`
      : html`<th scope="col">${inline(column.header, options)}</th>`,
  );
  const rows = block.rows.map((row) => {
    const cells = row.cells.map((cell, index) => {
      const className = cellClass(cell, block.columns[index]?.align);
      const classAttribute = className === null ? null : html` class="${className}"`;
      return index === 0
        ? html`<th scope="row"${classAttribute}>${inline(cell.content, options)}</th>`
        : html`<td${classAttribute}>${inline(cell.content, options)}</td>`;
    });
    return row.total === true ? html`<tr class="total">${cells}</tr>\n` : html`<tr>${cells}</tr>\n`;
  });
  const id = block.id === undefined ? null : html` id="${block.id}"`;
  const footnotes =
    block.footnotes.length === 0
      ? null
      : html`<div class="footnotes">${block.footnotes.map((note) => html`<p>${inline(note, options)}</p>`)}</div>\n`;
  // A caption that repeats the heading above stays the table's accessible name, out of sight.
  const captionClass = block.captionHidden === true ? html` class="visually-hidden"` : null;
  return html`<div class="table-wrap"><table${id}><caption${captionClass}>${inline(block.caption, options)}</caption>
${colgroup(block)}<thead><tr>${head}</tr></thead>
<tbody>
${rows}</tbody></table>
${footnotes}</div>`;
}

function block(item: Block, options: RenderOptions): SafeHtml {
  switch (item.kind) {
    case "heading": {
      const content = inline(item.content, options);
      if (item.level === 1) return html`<h1>${content}</h1>`;
      return item.level === 2 ? html`<h2>${content}</h2>` : html`<h3>${content}</h3>`;
    }
    case "paragraph":
      return html`<p>${inline(item.content, options)}</p>`;
    case "note":
      return html`<aside class="note note-${item.tone}" role="note"><p>${inline(item.content, options)}</p></aside>`;
    case "list": {
      const items = item.items.map((entry) => html`<li>${inline(entry, options)}</li>\n`);
      return item.ordered ? html`<ol>\n${items}</ol>` : html`<ul>\n${items}</ul>`;
    }
    case "definitions":
      return html`<dl>\n${item.items.map(
        (entry) => html`<dt>${inline(entry.term, options)}</dt><dd>${inline(entry.details, options)}</dd>\n`,
      )}</dl>`;
    case "table":
      return table(item, options);
    case "figure":
      // The SVG is built by this package's own html template, so every text in it is escaped.
      return html`<figure>${trustedHtml(chartSvg(item.chart))}<figcaption${item.captionHidden === true ? html` class="visually-hidden"` : null}>${inline(item.caption, options)}</figcaption></figure>`;
  }
}

/**
 * Renders a report as a self-contained HTML page: inline CSS, print styles, `lang`, no scripts.
 *
 * @remarks
 * Every string of the document is escaped (see {@link html}), with control characters removed
 * and right-to-left text isolated in `<bdi>` elements; links go through {@link safeHref};
 * charts are inline SVG. The page carries a Content Security Policy that allows no script, no
 * external resource and only its own inline styles, as a second line of defence.
 *
 * @param doc - The report.
 * @param options - Fallback marker and stylesheet.
 * @returns The page, ending with a newline.
 *
 * @example
 * ```ts
 * import { renderHtml } from "@nrmkit/report";
 *
 * const page = renderHtml({ kind: "report", version: 1, lang: "ru", title: "Отчёт", blocks: [
 *   { kind: "paragraph", content: ["<script>alert(1)</script>"] },
 * ] });
 * page.includes('<html lang="ru">');
 * // => true
 * page.includes("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>");
 * // => true
 * ```
 *
 * @category Formats
 * @since 0.1.0
 */
export function renderHtml(doc: ReportDocument, options: HtmlRenderOptions = {}): string {
  // A stylesheet cannot close its own element: that would let markup in.
  const css = trustedHtml((options.stylesheet ?? STYLESHEET).replace(/<\/style/gi, "<\\/style"));
  const body = doc.blocks.map((item) => html`${block(item, options)}\n`);
  return html`<!doctype html>
<html lang="${doc.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${lineText(doc.title)}</title>
<style>
${css}
</style>
</head>
<body>
<main>
${body}</main>
</body>
</html>
`.html;
}
