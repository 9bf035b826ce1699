import { escapeHtml } from "./escapeHtml.js";
import { trimUrl, urlScheme } from "./internal/dataText.js";

// Objects made here, so a look-alike literal `{ kind: "safe_html", html }` is still escaped.
const made = new WeakSet<object>();

/**
 * Markup that is safe to insert as is: built by {@link html}, where every interpolated value was escaped.
 *
 * @remarks
 * Only {@link html} (and the renderers of this package) create it: a plain string, or an object
 * literal that looks the same, is escaped, never mistaken for markup.
 *
 * @example
 * ```ts
 * import { html, type SafeHtml } from "@nrmkit/report";
 *
 * const cell: SafeHtml = html`<td>${"<b>"}</td>`;
 * cell.html;
 * // => "<td>&lt;b&gt;</td>"
 * ```
 *
 * @category Formats
 * @since 0.1.0
 */
export interface SafeHtml {
  /** Discriminator. */
  readonly kind: "safe_html";
  /** The markup. */
  readonly html: string;
}

/**
 * A value that {@link html} accepts: text and numbers (escaped), {@link SafeHtml} (kept), lists of
 * these (joined), and `null`, `undefined` or `false` (left out).
 *
 * @example
 * ```ts
 * import { type HtmlValue, html } from "@nrmkit/report";
 *
 * const parts: HtmlValue = ["a", html`<br>`, 1, null];
 * html`${parts}`.html;
 * // => "a<br>1"
 * ```
 *
 * @category Formats
 * @since 0.1.0
 */
export type HtmlValue = string | number | SafeHtml | null | undefined | false | readonly HtmlValue[];

/** Wraps markup this package wrote itself (constant CSS, already-built markup). Never for data. */
export function trustedHtml(markup: string): SafeHtml {
  const value: SafeHtml = Object.freeze({ kind: "safe_html", html: markup });
  made.add(value);
  return value;
}

function isSafeHtml(value: unknown): value is SafeHtml {
  return typeof value === "object" && value !== null && made.has(value);
}

function serialise(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return "";
  if (typeof value === "string") return escapeHtml(value);
  if (typeof value === "number") return escapeHtml(String(value));
  if (Array.isArray(value)) return value.map((item: HtmlValue) => serialise(item)).join("");
  return isSafeHtml(value) ? value.html : escapeHtml(String(value));
}

/**
 * Tagged template for HTML and SVG that escapes every interpolated value unless it is {@link SafeHtml}.
 *
 * @remarks
 * The literal parts of the template are trusted; values are data. Escaping covers element
 * content and quoted attribute values (always quote attributes). URLs in `href` need
 * {@link safeHref} as well, since escaping does not stop `javascript:`.
 *
 * @param strings - The literal parts.
 * @param values - The interpolated values.
 * @returns The markup.
 *
 * @example
 * ```ts
 * import { html } from "@nrmkit/report";
 *
 * const name = "<script>alert(1)</script>";
 * html`<p title="${name}">${name}</p>`.html;
 * // => "<p title=\"&lt;script&gt;alert(1)&lt;/script&gt;\">&lt;script&gt;alert(1)&lt;/script&gt;</p>"
 * ```
 *
 * @category Formats
 * @since 0.1.0
 */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml {
  let out = strings[0] ?? "";
  for (const [index, value] of values.entries()) out += serialise(value) + (strings[index + 1] ?? "");
  return trustedHtml(out);
}

/**
 * Makes a link target safe: keeps relative URLs and `http:`, `https:` and `mailto:` ones, and replaces every other scheme (`javascript:`, `data:`, `vbscript:`) with `"#"`.
 *
 * @remarks
 * Only `http`, `https`, `mailto` and relative links are allowed. The scheme is read the way the
 * most lenient consumer would read it: HTML character references are decoded first (named,
 * decimal and hexadecimal, with or without `;`, repeatedly, so `&#106;avascript:` and
 * `javascript&colon;` are caught), and control characters, white space and invisible format
 * characters are dropped (`java\tscript:`). A target counts as relative only when no `:` comes
 * before its first `/`, `?` or `#`; anything else needs one of the allowed schemes. The target
 * returned has control characters removed and no surrounding white space. Every renderer of this
 * package passes link targets through it.
 *
 * @param href - An untrusted link target.
 * @returns The target, or `"#"`.
 *
 * @example
 * ```ts
 * import { safeHref } from "@nrmkit/report";
 *
 * safeHref("https://belarus.iom.int/");
 * // => "https://belarus.iom.int/"
 * safeHref(" java\tscript:alert(1)");
 * // => "#"
 * safeHref("&#106;avascript&#58;alert(1)");
 * // => "#"
 * safeHref("vitebsk/report.en.html");
 * // => "vitebsk/report.en.html"
 * ```
 *
 * @category Formats
 * @since 0.1.0
 */
export function safeHref(href: string): string {
  const target = trimUrl(href);
  const scheme = urlScheme(target);
  if (scheme === undefined) return target;
  return ALLOWED_SCHEMES.has(scheme) ? target : "#";
}

const ALLOWED_SCHEMES: ReadonlySet<string> = new Set(["http", "https", "mailto"]);
