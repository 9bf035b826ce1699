/**
 * Emphasised (bold) inline content.
 *
 * @example
 * ```ts
 * import type { StrongInline } from "@nrmkit/report";
 *
 * const run: StrongInline = { kind: "strong", children: ["Special attention:"] };
 * ```
 *
 * @category Document
 * @since 0.1.0
 */
export interface StrongInline {
  /** Discriminator. */
  readonly kind: "strong";
  /** The emphasised content. */
  readonly children: readonly Inline[];
}

/**
 * Stressed (italic) inline content.
 *
 * @example
 * ```ts
 * import type { EmphasisInline } from "@nrmkit/report";
 *
 * const run: EmphasisInline = { kind: "emphasis", children: ["illustrative"] };
 * ```
 *
 * @category Document
 * @since 0.1.0
 */
export interface EmphasisInline {
  /** Discriminator. */
  readonly kind: "emphasis";
  /** The stressed content. */
  readonly children: readonly Inline[];
}

/**
 * A hyperlink; renderers neutralise `javascript:` and other unsafe schemes.
 *
 * @example
 * ```ts
 * import type { LinkInline } from "@nrmkit/report";
 *
 * const run: LinkInline = { kind: "link", href: "vitebsk/report.en.html", children: ["Vitebsk"] };
 * ```
 *
 * @category Document
 * @since 0.1.0
 */
export interface LinkInline {
  /** Discriminator. */
  readonly kind: "link";
  /** The target: an `http(s):` or `mailto:` URL or a relative path. */
  readonly href: string;
  /** The link text. */
  readonly children: readonly Inline[];
}

/**
 * Text shown in another language than the document's because the requested one is missing.
 *
 * @remarks
 * Renderers mark it visibly (by default `[en] …`), so a missing translation is never silent.
 * `lang` is `null` when the value held no text at all.
 *
 * @example
 * ```ts
 * import type { FallbackInline } from "@nrmkit/report";
 *
 * const run: FallbackInline = { kind: "fallback", text: "Youth Palace", lang: "en" };
 * ```
 *
 * @category Document
 * @since 0.1.0
 */
export interface FallbackInline {
  /** Discriminator. */
  readonly kind: "fallback";
  /** The text as found. */
  readonly text: string;
  /** The language the text is in, or `null` when no text was found. */
  readonly lang: string | null;
}

/**
 * A piece of running text: a plain string (always escaped on output) or a marked-up run.
 *
 * @example
 * ```ts
 * import type { Inline } from "@nrmkit/report";
 *
 * const content: readonly Inline[] = ["Chaired by ", { kind: "strong", children: ["Sergey Koltun"] }, "."];
 * ```
 *
 * @category Document
 * @since 0.1.0
 */
export type Inline = string | StrongInline | EmphasisInline | LinkInline | FallbackInline;
