import type { Inline } from "../document.js";
import { safeHref } from "../html.js";
import { defaultFallbackMarker, type RenderOptions } from "../renderOptions.js";

/**
 * The plain text of inline content, fallbacks marked; `clean` is applied to every text run (a
 * renderer passes its data-text sanitiser from `dataText.ts`, builders pass nothing). With
 * `hrefs`, a link whose text is not its address is followed by the address in angle brackets
 * (plain-text formats have no links, and the reader still needs where it points).
 */
export function inlineText(
  content: readonly Inline[],
  options: RenderOptions = {},
  clean: (text: string) => string = (text) => text,
  hrefs = false,
): string {
  const marker = options.fallbackMarker ?? defaultFallbackMarker;
  return content
    .map((run): string => {
      if (typeof run === "string") return clean(run);
      switch (run.kind) {
        case "fallback":
          return clean(`${marker(run.lang)} ${run.text}`.trimEnd());
        case "link": {
          const text = inlineText(run.children, options, clean, hrefs);
          const href = hrefs ? clean(safeHref(run.href)) : "#";
          return href === "#" || href === "" || href === text ? text : `${text} <${href}>`;
        }
        default:
          return inlineText(run.children, options, clean, hrefs);
      }
    })
    .join("");
}
