import type { Block, Inline, ReportDocument, TableBlock } from "./document.js";
import { safeHref } from "./html.js";
import { chartShownAsTable, chartTable } from "./internal/chartTable.js";
import { cleanText, lineText, safeImageSrc } from "./internal/dataText.js";
import { defaultFallbackMarker, type RenderOptions } from "./renderOptions.js";

// What Markdown would read as markup, an entity, raw HTML or the start of an autolink. GFM and
// linkify link bare `http://`, `www.`, `//host`, `example.com` and `a@b.c`: escaping the `:`,
// the second `/`, the `@` and a `.` before any other character leaves them plain text that reads the same.
// micromark's GFM links `www.` even before a space (`www. (x)` becomes a link to `http://www`).
// A `!` at the end of a run could meet the `[` of the link after it and make an image.
const MARKDOWN_SPECIAL = /[\\`*_[\]|~<>@]|&(?=#?\w+;)|:(?=\S)|(?<=\/)\/|\.(?=\S)|(?<=www)\.|!$/giu;

// Written as character references rather than backslash escapes. Brackets: marked (up to 18.x at
// least) removes the backslash from `\[` and `\]` inside link text before it parses that text again,
// so `[a !\[y\](http://evil/y.png)](…)` shows an image there, and a `\[x\](…)` inside the text
// becomes the link instead of ours. A reference is a bracket to every renderer and to none a delimiter.
const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  "[": "&#91;",
  "]": "&#93;",
};

/**
 * Escapes text for Markdown (CommonMark and GitHub): no markup, no raw HTML, no autolink, one line.
 *
 * @remarks
 * Backslash-escapes the characters that start emphasis, code, tables and strikethrough, and a `!`
 * at the end (it would make the link after it an image); writes `[` and `]` as `&#91;` and `&#93;`,
 * which no renderer reads as a link or image bracket (marked drops the backslash of `\[` inside
 * link text), and `<`, `>` and entity-like `&` as entities, so raw HTML in data stays text; escapes the
 * `:` after a scheme, the `@` of an e-mail address, a `.` followed by anything but a space or after `www`, and the second `/` of
 * `//`, so neither GFM nor linkify turns a bare URL, `www.` address or e-mail address into a link;
 * removes control characters and terminal escape sequences and neutralises bidirectional
 * overrides; turns line breaks into spaces. The text renders exactly as written. Line-start
 * markers (`#`, `-`, `1.`) are escaped by the renderer, which knows where lines start.
 *
 * @param text - Untrusted text.
 * @returns Text that renders literally.
 *
 * @example
 * ```ts
 * import { escapeMarkdown } from "@nrmkit/report";
 *
 * escapeMarkdown("<script>alert(1)</script> *bold* [x](javascript:y)");
 * // => "&lt;script&gt;alert(1)&lt;/script&gt; \\*bold\\* &#91;x&#93;(javascript\\:y)"
 * escapeMarkdown("www.example.org");
 * // => "www\\.example\\.org"
 * ```
 *
 * @category Formats
 * @since 0.1.0
 */
export function escapeMarkdown(text: string): string {
  return cleanText(text).replace(MARKDOWN_SPECIAL, (char) => ENTITIES[char] ?? `\\${char}`);
}

/** Escapes what would start a block at the beginning of a line: headings, lists, rules, setext. */
function escapeLineStart(line: string): string {
  // Leading blanks would make an indented code block.
  return line
    .replace(/^\s+/, "")
    .replace(/^([#+=-])/, "\\$1")
    .replace(/^(\d+)([.)])/, "$1\\$2");
}

// Characters a link destination may hold as they are; everything else is percent-encoded (UTF-8).
// Brackets too: marked misreads `[` and `]` inside an image's `<…>` destination in some contexts.
const DESTINATION_SAFE = /[A-Za-z0-9\-._~:/?#@!$'*+,;=%]/;

/**
 * A link destination that cannot end early or be read as anything else: in angle brackets, with
 * spaces, brackets, parentheses, quotes, backslashes, `|` (tables), controls and non-ASCII
 * characters percent-encoded, and `&` written `&amp;`, so no character reference in the URL is
 * decoded. (A backslash-escaped `\&` is not enough: marked drops the backslash and passes
 * `&rsqb;` to the browser, which decodes it.)
 */
function destination(url: string): string {
  let out = "";
  for (const char of url) {
    if (char === "&") out += "&amp;";
    else if (DESTINATION_SAFE.test(char)) out += char;
    // encodeURIComponent leaves `(` and `)` alone, and they would end the destination.
    else out += encodeURIComponent(char).replace(/[()]/g, (paren) => (paren === "(" ? "%28" : "%29"));
  }
  return `<${out}>`;
}

function link(href: string): string {
  return destination(safeHref(href));
}

function run(item: Inline, options: RenderOptions): string {
  if (typeof item === "string") return escapeMarkdown(lineText(item));
  switch (item.kind) {
    // Markers around nothing would show as text, and `****` alone is a thematic break.
    case "strong":
      return wrap("**", inline(item.children, options));
    case "emphasis":
      return wrap("*", inline(item.children, options));
    case "link":
      return `[${inline(item.children, options)}](${link(item.href)})`;
    case "fallback":
      return escapeMarkdown(
        lineText(`${(options.fallbackMarker ?? defaultFallbackMarker)(item.lang)} ${item.text}`.trimEnd()),
      );
  }
}

function wrap(marker: string, text: string): string {
  return text.trim() === "" ? text : `${marker}${text}${marker}`;
}

function inline(content: readonly Inline[], options: RenderOptions): string {
  // Neighbouring strings are escaped as one, so no autolink or entity can form across their seam
  // (`www.` then `evil.com`).
  const merged: Inline[] = [];
  for (const item of content) {
    const last = merged.at(-1);
    if (typeof item === "string" && typeof last === "string") merged[merged.length - 1] = last + item;
    else merged.push(item);
  }
  return merged.map((item) => run(item, options)).join("");
}

function line(content: readonly Inline[], options: RenderOptions): string {
  return escapeLineStart(inline(content, options));
}

function table(block: TableBlock, options: RenderOptions): string {
  const row = (cells: readonly string[]): string => `| ${cells.join(" | ")} |`;
  const lines = [
    ...(block.captionHidden === true ? [] : [line([{ kind: "strong", children: block.caption }], options), ""]),
    row(block.columns.map((column) => inline(column.header, options))),
    row(block.columns.map((column) => (column.align === "end" ? "---:" : "---"))),
    ...block.rows.map((entry) =>
      row(
        entry.cells.map((cell) => {
          const text = inline(cell.content, options);
          return entry.total === true ? wrap("**", text) : text;
        }),
      ),
    ),
  ];
  for (const note of block.footnotes) lines.push("", line(note, options));
  return lines.join("\n");
}

function block(item: Block, options: RenderOptions, otherMarker = false): string {
  switch (item.kind) {
    case "heading":
      // A trailing `#` would be read as the heading's closing sequence and vanish.
      return `${"#".repeat(item.level)} ${line(item.content, options).replace(/#(#*\s*)$/, "\\#$1")}`;
    case "paragraph":
      return line(item.content, options);
    case "note":
      return `> ${line(item.content, options)}`;
    case "list": {
      const marker = (index: number): string =>
        item.ordered ? `${index + 1}${otherMarker ? ")" : "."}` : otherMarker ? "*" : "-";
      return item.items.map((entry, index) => `${marker(index)} ${line(entry, options)}`).join("\n");
    }
    case "definitions":
      // One paragraph with hard line breaks (a trailing backslash), so it never merges with a list.
      return item.items
        .map((entry) => `**${inline(entry.term, options)}**: ${inline(entry.details, options)}`)
        .join("\\\n");
    case "table":
      return table(item, options);
    case "figure": {
      // With a standalone SVG, link it; without one, print the chart's data so nothing is lost.
      // Only a relative source: an image from elsewhere would load something remote.
      const src = item.src === undefined ? undefined : safeImageSrc(item.src);
      if (src === undefined) return table(chartTable(item), options);
      return `![${inline(item.caption, options)}](${destination(src)})`;
    }
  }
}

/**
 * Renders a report as Markdown (CommonMark with GitHub tables), every value escaped.
 *
 * @remarks
 * Data can neither add Markdown structure nor raw HTML: see {@link escapeMarkdown}. Figures become
 * an image link to their standalone SVG (`src`), or, without one, the chart's data as a table.
 *
 * @param doc - The report.
 * @param options - The fallback marker.
 * @returns The Markdown, ending with a newline.
 *
 * @example
 * ```ts
 * import { renderMarkdown } from "@nrmkit/report";
 *
 * renderMarkdown({ kind: "report", version: 1, lang: "en", title: "T", blocks: [
 *   { kind: "heading", level: 1, content: ["Decisions"] },
 *   { kind: "list", ordered: true, items: [["to share *all* information"]] },
 * ] });
 * // => "# Decisions\n\n1. to share \\*all\\* information\n"
 * ```
 *
 * @category Formats
 * @since 0.1.0
 */
export function renderMarkdown(doc: ReportDocument, options: RenderOptions = {}): string {
  // Two lists in a row with the same marker would merge into one: every other list of a run
  // takes the other marker (`*` for `-`, `1)` for `1.`), which starts a new list in every renderer
  // with no raw HTML (a `<!-- -->` between them shows as text where raw HTML is off).
  let otherMarker = false;
  const blocks = doc.blocks.filter((item) => !chartShownAsTable(item, doc));
  const parts = blocks.map((item, index) => {
    const previous = blocks[index - 1];
    const follows = previous?.kind === "list" && item.kind === "list" && previous.ordered === item.ordered;
    otherMarker = follows && !otherMarker;
    return block(item, options, otherMarker);
  });
  return `${parts.join("\n\n")}\n`;
}
