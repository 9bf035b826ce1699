import type { Inline } from "../document.js";
import { defaultFallbackMarker, type RenderOptions } from "../renderOptions.js";

/**
 * The plain text of inline content, fallbacks marked; `clean` is applied to every text run (a
 * renderer passes its data-text sanitiser from `dataText.ts`, builders pass nothing).
 */
export function inlineText(
  content: readonly Inline[],
  options: RenderOptions = {},
  clean: (text: string) => string = (text) => text,
): string {
  const marker = options.fallbackMarker ?? defaultFallbackMarker;
  return content
    .map((run): string => {
      if (typeof run === "string") return clean(run);
      switch (run.kind) {
        case "fallback":
          return clean(`${marker(run.lang)} ${run.text}`.trimEnd());
        default:
          return inlineText(run.children, options, clean);
      }
    })
    .join("");
}
