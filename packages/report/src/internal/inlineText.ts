import type { Inline } from "../document.js";
import { defaultFallbackMarker, type RenderOptions } from "../renderOptions.js";

/** The plain text of inline content, fallbacks marked. */
export function inlineText(content: readonly Inline[], options: RenderOptions = {}): string {
  const marker = options.fallbackMarker ?? defaultFallbackMarker;
  return content
    .map((run): string => {
      if (typeof run === "string") return run;
      switch (run.kind) {
        case "fallback":
          return `${marker(run.lang)} ${run.text}`.trimEnd();
        default:
          return inlineText(run.children, options);
      }
    })
    .join("");
}
