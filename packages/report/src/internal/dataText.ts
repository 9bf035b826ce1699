/**
 * The one place where untrusted data text is made safe to show, for every renderer of this package.
 *
 * Renderers (Markdown, HTML, text, CSV, and new ones such as DOCX, XLSX or iCalendar) call
 * {@link cleanText} on every string that can come from data, before escaping it for their format:
 *
 * - terminal escape sequences (`ESC[31m`, `ESC]0;title BEL`, OSC 8 hyperlinks) are removed whole;
 * - the remaining C0 controls, DEL and C1 controls are removed; tab and line breaks survive only
 *   where the caller allows them (line breaks come out as `\n`);
 * - lone surrogates and the non-characters U+FFFE/U+FFFF become U+FFFD (they cannot be written
 *   as UTF-8 or XML);
 * - bidirectional controls are neutralised ({@link neutralizeBidi}): embeddings and overrides
 *   (U+202A–U+202E, which make `evil‮exe.txt` read backwards) are removed, and isolates
 *   (U+2066–U+2069) are balanced, so no data value can reorder the text around it.
 *
 * {@link isolateBidi} wraps a value in FSI…PDI (U+2068…U+2069) when it holds right-to-left
 * text or directional controls; the builders do it for every data value and the renderers for
 * every text run, and the HTML renderer turns the isolates into `<bdi>` elements.
 *
 * Link targets go through `safeHref` (`../html.ts`), image sources through {@link safeImageSrc}.
 *
 * @module
 */

// Terminal commands: CSI (ESC [ or U+009B) parameters and final byte; OSC, DCS, SOS, PM and APC
// strings up to their terminator (BEL, ESC \ or U+009C); other two- or three-byte ESC commands.
const ANSI =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what must go.
  /(?:\u001b\[|\u009b)[\u0030-\u003f]*[\u0020-\u002f]*[\u0040-\u007e]|(?:\u001b[\]PX^_]|[\u0090\u0098\u009d\u009e\u009f])[^\u0007\u001b\u009c]{0,4096}(?:\u0007|\u001b\\|\u009c)|\u001b[\u0020-\u002f]*[\u0030-\u007e]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what must go.
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const BROKEN = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|[\ufffe\uffff]/g;
const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029|\u0085/g;

/** What {@link cleanText} may keep. */
export interface CleanTextOptions {
  /** Keep line breaks (as `\n`); otherwise they become one space. Default `false`. */
  readonly newlines?: boolean;
  /** Keep tabs; otherwise they become one space. Default `false`. */
  readonly tabs?: boolean;
  /**
   * Bidirectional isolates (U+2066–U+2069): `"balance"` (default) keeps them, paired; `"drop"`
   * removes them, for formats with no element for them (DOCX, XLSX, iCalendar).
   */
  readonly isolates?: "balance" | "drop";
}

/**
 * Makes untrusted text safe to show in any format: no terminal escapes, no control characters,
 * no broken UTF-16, no bidirectional overrides (see the module comment).
 *
 * Printable characters are never removed, so the reader sees everything the data held.
 */
export function cleanText(text: string, options: CleanTextOptions = {}): string {
  // Broken UTF-16 first: removing a control between two lone surrogates must not pair them.
  const out = text
    .replace(BROKEN, "\ufffd")
    .replace(ANSI, "")
    .replace(LINE_BREAK, options.newlines === true ? "\n" : " ")
    .replace(/\t/g, options.tabs === true ? "\t" : " ")
    .replace(CONTROLS, "");
  return options.isolates === "drop" ? out.replace(/[\u202a-\u202e\u2066-\u2069]/g, "") : neutralizeBidi(out);
}

/**
 * Data text for the document formats (DOCX, XLSX, iCalendar), whose libraries escape it for XML or
 * the calendar syntax: {@link cleanText} with isolates dropped, line breaks kept only when asked.
 */
export function documentText(text: string, newlines = false): string {
  return cleanText(text, { newlines, isolates: "drop" });
}

const FSI = "\u2068";
const PDI = "\u2069";

/**
 * Removes bidirectional embeddings and overrides (U+202A–U+202E) and balances isolates
 * (U+2066–U+2069): a PDI without an opener is removed, an isolate left open is closed at the end.
 */
export function neutralizeBidi(text: string): string {
  if (!/[\u202a-\u202e\u2066-\u2069]/.test(text)) return text;
  let open = 0;
  let out = "";
  for (const char of text) {
    if (char >= "\u202a" && char <= "\u202e") continue;
    if (char === "\u2066" || char === "\u2067" || char === FSI) open += 1;
    else if (char === PDI) {
      if (open === 0) continue;
      open -= 1;
    }
    out += char;
  }
  return out + PDI.repeat(open);
}

// Letters of right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic, and
// the supplementary RTL blocks) and the marks that set a direction.
const RTL =
  /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u200f\u061c\u202a-\u202e\u2066-\u2068]|[\ud802\ud803\ud83a\ud83b][\udc00-\udfff]/;

/** True when `text` has right-to-left letters or directional marks outside any isolate. */
function needsIsolation(text: string): boolean {
  if (!RTL.test(text)) return false;
  let depth = 0;
  for (const char of text) {
    if (char === "\u2066" || char === "\u2067" || char === FSI) {
      depth += 1;
    } else if (char === PDI) depth = Math.max(0, depth - 1);
    else if (depth === 0 && RTL.test(char)) return true;
  }
  return false;
}

/**
 * Wraps a data value in FSI…PDI when it holds right-to-left text or directional marks outside an
 * isolate, so its direction cannot leak into the text around it. Clean it first
 * ({@link cleanText}); left-to-right text comes back unchanged.
 */
export function isolateBidi(text: string): string {
  return needsIsolation(text) ? `${FSI}${text}${PDI}` : text;
}

/**
 * Data text for one-line contexts (Markdown inline text, plain-text lines, ICS properties):
 * {@link cleanText} with line breaks and tabs as spaces, then {@link isolateBidi}.
 */
export function lineText(text: string): string {
  return isolateBidi(cleanText(text));
}

/**
 * Data text for formats that keep line breaks and tabs (HTML, CSV, DOCX, XLSX): {@link cleanText}
 * keeping them, then {@link isolateBidi}.
 */
export function blockText(text: string): string {
  return isolateBidi(cleanText(text, { newlines: true, tabs: true }));
}

// Characters a browser or a Markdown renderer ignores or turns into nothing inside a URL's scheme.
const URL_IGNORED = /[\p{Cc}\p{Cf}\p{Z}\s]/gu;

// Named references that HTML and Markdown decode to characters that can matter in a URL.
const NAMED: Readonly<Record<string, string>> = {
  tab: "\t",
  newline: "\n",
  nbsp: "\u00a0",
  excl: "!",
  quot: '"',
  num: "#",
  dollar: "$",
  percnt: "%",
  amp: "&",
  apos: "'",
  lpar: "(",
  rpar: ")",
  ast: "*",
  midast: "*",
  plus: "+",
  comma: ",",
  period: ".",
  sol: "/",
  colon: ":",
  semi: ";",
  lt: "<",
  equals: "=",
  gt: ">",
  quest: "?",
  commat: "@",
  lsqb: "[",
  lbrack: "[",
  bsol: "\\",
  rsqb: "]",
  rbrack: "]",
  hat: "^",
  lowbar: "_",
  underbar: "_",
  grave: "`",
  diacriticalgrave: "`",
  lcub: "{",
  lbrace: "{",
  verbar: "|",
  vert: "|",
  verticalline: "|",
  rcub: "}",
  rbrace: "}",
  shy: "\u00ad",
  zerowidthspace: "\u200b",
  zwj: "\u200d",
  zwnj: "\u200c",
  lrm: "\u200e",
  rlm: "\u200f",
};

function codePoint(value: number): string {
  return value > 0 && value <= 0x10ffff && !(value >= 0xd800 && value <= 0xdfff)
    ? String.fromCodePoint(value)
    : "\ufffd";
}

/**
 * Decodes HTML character references the way a lenient decoder would: decimal and hexadecimal
 * with or without `;` and leading zeros, named ones that matter in URLs, repeated until nothing
 * changes (so `&amp;#106;` decodes too).
 */
export function decodeEntities(text: string): string {
  let current = text;
  for (let pass = 0; pass < 8; pass += 1) {
    const next = current.replace(/&(?:#x([0-9a-f]{1,8})|#([0-9]{1,10})|([a-z]{2,32}));?/gi, (match, hex, dec, name) => {
      if (hex !== undefined) return codePoint(Number.parseInt(hex, 16));
      if (dec !== undefined) return codePoint(Number.parseInt(dec, 10));
      // Legacy HTML decodes some names without `;` by their longest known prefix: do it for all.
      const lower = String(name).toLowerCase();
      for (let end = lower.length; end >= 2; end -= 1) {
        const found = NAMED[lower.slice(0, end)];
        if (found !== undefined)
          return found + String(name).slice(end) + (match.endsWith(";") && end < lower.length ? ";" : "");
      }
      return match;
    });
    if (next === current) return next;
    current = next;
  }
  return current;
}

/**
 * The scheme of a URL as any browser, Markdown renderer or mail client could read it: entities
 * decoded, controls and white space dropped; `undefined` for a relative URL (no `:` before the
 * first `/`, `?` or `#`); the lower-cased text before the `:` otherwise, even when it is not a
 * well-formed scheme.
 */
export function urlScheme(url: string): string | undefined {
  const compact = decodeEntities(decodeEntities(url).replace(URL_IGNORED, "")).replace(URL_IGNORED, "");
  const match = /^([^/?#\\]*?):/.exec(compact);
  return match === null ? undefined : (match[1] ?? "").toLowerCase();
}

/** The URL with the characters a URL parser drops or that have no business in a URL removed. */
export function trimUrl(url: string): string {
  // cleanText has removed the controls; invisible format characters have no place in a URL either.
  return cleanText(url)
    .replace(/[\u200b-\u200f\u2066-\u2069\ufeff]/g, "")
    .trim();
}

/**
 * An image source that loads nothing remote: a relative path (no scheme, not `//host`, not
 * `\\host`), or `undefined`, so the renderer shows the data instead.
 */
export function safeImageSrc(src: string): string | undefined {
  const trimmed = trimUrl(src);
  if (trimmed === "" || urlScheme(trimmed) !== undefined) return undefined;
  const compact = decodeEntities(trimmed.replace(URL_IGNORED, ""));
  return /^[/\\]{2}/.test(compact) ? undefined : trimmed;
}
