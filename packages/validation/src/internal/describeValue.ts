/** How many characters of a string value an issue quotes before cutting it with "…". */
export const MAX_QUOTED_LENGTH = 40;

/**
 * Renders any value in a few safe characters for the `received` part of an issue.
 *
 * Strings are quoted with JSON escapes (no control characters reach a terminal or log) and cut
 * after {@link MAX_QUOTED_LENGTH} characters; objects and arrays are never dumped, only named,
 * so a huge or hostile input cannot blow up an error message.
 */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case "string":
      return JSON.stringify(shorten(value));
    case "number":
    case "boolean":
      return String(value);
    case "bigint":
      return `${value}n`;
    case "undefined":
      return "undefined";
    case "symbol":
      return "symbol";
    case "function":
      return "function";
    default:
      if (value === null) return "null";
      if (Array.isArray(value)) return `array(${value.length})`;
      return "object";
  }
}

function shorten(text: string): string {
  if (text.length <= MAX_QUOTED_LENGTH) return text;
  // Cut on code points so a surrogate pair is never split in half.
  const points = Array.from(text.slice(0, MAX_QUOTED_LENGTH * 2));
  return points.length <= MAX_QUOTED_LENGTH && text.length <= MAX_QUOTED_LENGTH * 2
    ? text
    : `${points.slice(0, MAX_QUOTED_LENGTH).join("")}…`;
}
