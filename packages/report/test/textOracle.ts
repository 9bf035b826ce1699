// Independent checks for text outputs: which raw control characters and which bidirectional
// characters a file holds, written from the Unicode definitions, not from the renderer's code.

/** Right-to-left letters (Hebrew, Arabic, Syriac, Thaana, NKo and the supplementary RTL blocks) and RLM/ALM. */
export const RTL_CHAR = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u200f\u061c\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

/** C0 controls except those in `allowed`, DEL, C1 controls, and escape sequences' introducers. */
export function rawControls(text: string, allowed = "\n"): string[] {
  const found: string[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if ((code < 0x20 || (code >= 0x7f && code <= 0x9f)) && !allowed.includes(char)) {
      found.push(`U+${code.toString(16).padStart(4, "0")}`);
    }
  }
  return found;
}

/**
 * What is wrong with the bidirectional text of `text`: embeddings or overrides (U+202A–U+202E),
 * an isolate closed without an opener or left open, right-to-left characters outside any isolate.
 */
export function bidiProblems(text: string): string[] {
  const problems: string[] = [];
  let depth = 0;
  let index = 0;
  for (const char of text) {
    index += 1;
    if (/[\u202a-\u202e]/.test(char)) problems.push(`override U+${char.codePointAt(0)?.toString(16)} at ${index}`);
    else if (/[\u2066-\u2068]/.test(char)) depth += 1;
    else if (char === "\u2069") {
      if (depth === 0) problems.push(`PDI without an isolate at ${index}`);
      else depth -= 1;
    } else if (char === "\n" && depth > 0) {
      problems.push(`isolate open at the end of a line at ${index}`);
      depth = 0;
    } else if (depth === 0 && RTL_CHAR.test(char))
      problems.push(`right-to-left ${char} outside an isolate at ${index}`);
  }
  if (depth > 0) problems.push("isolate left open");
  return problems;
}
