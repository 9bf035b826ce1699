// Cuts the text of a top-level JSON array into the texts of its elements, without parsing them, so
// that one malformed element costs only that element and every rejection can show its own text.

/** The element texts found, and what is wrong with the document as a whole, if anything. */
export interface JsonArrayElementsResult {
  /** The text of each element, trimmed, in order. */
  readonly elements: string[];
  /** Set when the text is not one well-formed array: not an array, unterminated, or trailing text. */
  readonly problem?: string;
}

const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;

function isWhitespace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/** Splits `[a, b, …]` at top-level commas; nesting mismatches inside an element are left to JSON.parse. */
export function splitJsonArray(input: string): JsonArrayElementsResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  let i = 0;
  while (i < text.length && isWhitespace(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) !== OPEN_BRACKET) return { elements: [], problem: "expected a JSON array starting with [" };
  const elements: string[] = [];
  let start = i + 1;
  let depth = 0;
  let inString = false;
  for (i = start; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === BACKSLASH) i++;
      else if (code === QUOTE) inString = false;
      continue;
    }
    if (code === QUOTE) inString = true;
    else if (code === OPEN_BRACKET || code === OPEN_BRACE) depth++;
    else if ((code === CLOSE_BRACKET || code === CLOSE_BRACE) && depth > 0) depth--;
    else if (depth === 0 && (code === COMMA || code === CLOSE_BRACKET)) {
      const element = text.slice(start, i).trim();
      // `[]` has no elements; every other empty slot (`[1,,2]`, `[1,]`) is reported as an element.
      if (!(code === CLOSE_BRACKET && elements.length === 0 && element === "")) elements.push(element);
      start = i + 1;
      if (code === CLOSE_BRACKET) {
        const rest = text.slice(start).trim();
        return rest === "" ? { elements } : { elements, problem: "unexpected text after the closing ]" };
      }
    }
  }
  // A truncated file keeps the elements before the cut; the cut one is reported as malformed.
  const tail = text.slice(start).trim();
  if (tail !== "") elements.push(tail);
  return { elements, problem: "unterminated JSON array: expected ]" };
}
