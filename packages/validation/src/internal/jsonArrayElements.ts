// Cuts the text of a top-level JSON array into the texts of its elements, without parsing them, so
// that one malformed element costs only that element and every rejection can show its own text.
//
// A stray quote or bracket must not swallow the elements after it. Two rules resynchronise:
// a raw line break always ends a string (JSON strings cannot hold one, so the element is broken
// anyway), and such a broken element, or one whose brackets are still open, ends before a line
// that starts with `{` indented no deeper than the records (the next record, in one-record-a-line
// and pretty-printed files).

/** What is wrong with the document as a whole. */
export type JsonArrayProblem =
  | { readonly kind: "not_array"; readonly at: string }
  | { readonly kind: "unterminated" }
  | { readonly kind: "trailing"; readonly rest: string };

/** The element texts found, and what is wrong with the document as a whole, if anything. */
export interface JsonArrayElementsResult {
  /** The text of each element, trimmed, in order. */
  readonly elements: string[];
  /** Set when the text is not one well-formed array: not an array, unterminated, or trailing text. */
  readonly problem?: JsonArrayProblem;
}

const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const NEWLINE = 10;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;

function isWhitespace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/** Index of the first character after spaces, tabs and carriage returns from `from`. */
function skipIndent(text: string, from: number): number {
  let i = from;
  for (;;) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 9 || code === 13) i++;
    else return i;
  }
}

/** Splits `[a, b, …]` at top-level commas; nesting mismatches inside an element are left to JSON.parse. */
export function splitJsonArray(input: string): JsonArrayElementsResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  let i = 0;
  while (i < text.length && isWhitespace(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) !== OPEN_BRACKET) {
    return { elements: [], problem: { kind: "not_array", at: text.slice(i, i + 1) } };
  }
  const elements: string[] = [];
  const lastBrace = text.lastIndexOf("{");
  let start = i + 1;
  let depth = 0;
  let inString = false;
  // The indentation of records, from the first element that starts a line with `{`; -1 until then.
  let recordIndent = -1;
  let lineStart = -1;
  let elementSeen = false;
  for (i = start; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!elementSeen && !isWhitespace(code)) {
      elementSeen = true;
      if (recordIndent === -1 && code === OPEN_BRACE && lineStart >= 0 && skipIndent(text, lineStart) === i) {
        recordIndent = i - lineStart;
      }
    }
    if (code === NEWLINE) {
      // A raw line break never belongs in a JSON string: the element is broken for sure.
      const broken = inString;
      inString = false;
      lineStart = i + 1;
      const next = skipIndent(text, lineStart);
      const nextIndent = next - lineStart;
      // Nested objects of a pretty-printed record are indented deeper than the records.
      const resync =
        elementSeen &&
        text.charCodeAt(next) === OPEN_BRACE &&
        ((broken && (recordIndent === -1 || nextIndent <= recordIndent)) || (depth > 0 && nextIndent <= recordIndent));
      if (resync) {
        // The element never closed and a new one starts: keep the broken one on its own.
        elements.push(text.slice(start, i).trim());
        start = i + 1;
        depth = 0;
        elementSeen = false;
      }
      continue;
    }
    if (inString) {
      if (code === BACKSLASH && text.charCodeAt(i + 1) !== NEWLINE) i++;
      else if (code === QUOTE) inString = false;
      continue;
    }
    if (code === QUOTE) inString = true;
    else if (code === OPEN_BRACKET || code === OPEN_BRACE) depth++;
    else if ((code === CLOSE_BRACKET || code === CLOSE_BRACE) && depth > 0) depth--;
    else if (depth === 0 && code === CLOSE_BRACKET && i < lastBrace) {
      // A record follows: a stray `]` inside a broken element cannot close the array.
    } else if (depth === 0 && (code === COMMA || code === CLOSE_BRACKET)) {
      const element = text.slice(start, i).trim();
      // `[]` has no elements; every other empty slot (`[1,,2]`, `[1,]`) is reported as an element.
      if (!(code === CLOSE_BRACKET && elements.length === 0 && element === "")) elements.push(element);
      start = i + 1;
      elementSeen = false;
      if (code === CLOSE_BRACKET) {
        const rest = text.slice(start).trim();
        return rest === "" ? { elements } : { elements, problem: { kind: "trailing", rest } };
      }
    }
  }
  // A truncated file keeps the elements before the cut; the cut one is reported as malformed.
  const tail = text.slice(start).trim();
  if (tail !== "") elements.push(tail);
  return { elements, problem: { kind: "unterminated" } };
}
