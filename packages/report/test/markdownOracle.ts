// Independent oracles for the Markdown renderer: the three renderers users run (marked,
// markdown-it and micromark), each with GFM (or linkify) on and off, and a spec-compliant HTML
// parser (parse5). Each renderer lets raw HTML and every link scheme through (markdown-it's and
// micromark's own filters are off), so a test sees what our Markdown means rather than what one
// renderer would forgive.
import MarkdownIt from "markdown-it";
import { Marked } from "marked";
import { micromark } from "micromark";
import { gfm, gfmHtml } from "micromark-extension-gfm";
import { type DefaultTreeAdapterMap, parse } from "parse5";
import { RTL_CHAR } from "./textOracle.js";

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

const markedGfm = new Marked({ gfm: true, async: false });
const markedPlain = new Marked({ gfm: false, async: false });
const markdownIt = new MarkdownIt({ html: true });
const markdownItLinkify = new MarkdownIt({ html: true, linkify: true });
// markdown-it drops javascript: links by itself; turn that off so the test sees our output as is.
markdownIt.validateLink = () => true;
markdownItLinkify.validateLink = () => true;
const micromarkOptions = { allowDangerousHtml: true, allowDangerousProtocol: true } as const;

/** Each renderer and setting a reader may use, by name. */
export const MARKDOWN_RENDERERS = {
  markedGfm: (markdown: string): string => markedGfm.parse(markdown) as string,
  marked: (markdown: string): string => markedPlain.parse(markdown) as string,
  markdownIt: (markdown: string): string => markdownIt.render(markdown),
  markdownItLinkify: (markdown: string): string => markdownItLinkify.render(markdown),
  micromark: (markdown: string): string => micromark(markdown, micromarkOptions),
  micromarkGfm: (markdown: string): string =>
    micromark(markdown, { ...micromarkOptions, extensions: [gfm()], htmlExtensions: [gfmHtml()] }),
} as const;

/** The name of one renderer setting in {@link MARKDOWN_RENDERERS}. */
export type MarkdownRendererName = keyof typeof MARKDOWN_RENDERERS;

/** The HTML that each renderer, with GFM (linkify) on and off, makes of `markdown`. */
export function renderEverywhere(markdown: string): Readonly<Record<MarkdownRendererName, string>> {
  return Object.fromEntries(
    Object.entries(MARKDOWN_RENDERERS).map(([name, render]) => [name, render(markdown)]),
  ) as Record<MarkdownRendererName, string>;
}

/** What a reader's browser would act on in an HTML fragment. */
export interface HtmlFacts {
  /** Every element name, in document order. */
  readonly elements: readonly string[];
  /** `href` of every `<a>` (and any other element with an `href`). */
  readonly hrefs: readonly string[];
  /** `src` of every element that has one. */
  readonly srcs: readonly string[];
  /** Attribute names starting with `on`. */
  readonly handlers: readonly string[];
  /** The text a reader sees (text nodes joined). */
  readonly text: string;
  /** Text nodes with right-to-left letters that no `<bdi>` or `dir` attribute isolates. */
  readonly unisolatedRtl: readonly string[];
}

/** Parses HTML with parse5 and lists what a browser would act on. */
export function htmlFacts(html: string): HtmlFacts {
  const elements: string[] = [];
  const hrefs: string[] = [];
  const srcs: string[] = [];
  const handlers: string[] = [];
  const unisolatedRtl: string[] = [];
  let text = "";
  const visit = (node: Node, isolated = false): void => {
    if (node.nodeName === "#text") {
      const value = (node as DefaultTreeAdapterMap["textNode"]).value;
      text += value;
      if (!isolated && RTL_CHAR.test(value)) unisolatedRtl.push(value);
    }
    let inside = isolated;
    if ("tagName" in node) {
      const element = node as Element;
      // The title cannot hold elements: it is checked for Unicode isolates instead.
      if (
        element.tagName === "bdi" ||
        element.tagName === "title" ||
        element.attrs.some((attribute) => attribute.name === "dir")
      )
        inside = true;
      elements.push(element.tagName);
      for (const attribute of element.attrs) {
        if (attribute.name === "href") hrefs.push(attribute.value);
        if (attribute.name === "src" || attribute.name === "srcset") srcs.push(attribute.value);
        if (attribute.name.startsWith("on")) handlers.push(attribute.name);
      }
    }
    if ("childNodes" in node) for (const child of node.childNodes) visit(child, inside);
    if (node.nodeName === "template") visit((node as DefaultTreeAdapterMap["template"]).content, inside);
  };
  visit(parse(html));
  return { elements, hrefs, srcs, handlers, text, unisolatedRtl };
}

/** A scheme that runs code or embeds content, as a browser reads it (whitespace and controls dropped). */
export function isDangerousUrl(url: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the browser drops these, so must we.
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, "").toLowerCase();
  return /^(?:javascript|data|vbscript|file|blob):/.test(compact);
}

/** A source that makes the browser fetch something from another host. */
export function isRemoteUrl(url: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the browser drops these, so must we.
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, "").replace(/\\/g, "/");
  return /^[a-z][a-z0-9+.-]*:/i.test(compact) || compact.startsWith("//");
}
