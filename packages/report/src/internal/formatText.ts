// The one place where the DOCX, XLSX and iCalendar writers clean data text before their libraries
// escape it: XML 1.0 cannot hold C0 controls at all (Word refuses such a file), spreadsheets and
// calendars show C1 controls as garbage, lone surrogates cannot be written as UTF-8, and
// bidirectional embeddings and overrides (U+202A–U+202E) would let a value reorder the text
// around it. Isolates (U+2066–U+2069) are dropped as well: these formats have no element for them.

// biome-ignore lint/suspicious/noControlCharactersInRegex: terminal escapes are exactly what must go.
const CSI = /\u001b\[[\u0030-\u003f]*[\u0020-\u002f]*[\u0040-\u007e]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: terminal escapes are exactly what must go.
const OSC = /\u001b\][^\u0007\u001b]{0,4096}(?:\u0007|\u001b\\)/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what must go.
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const BROKEN = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|[\ufffe\uffff]/g;
const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/g;

/** Data text made safe for DOCX, XLSX and iCalendar; line breaks kept as `\n` only when asked. */
export function cleanFormatText(text: string, newlines = false): string {
  // Broken UTF-16 first: removing a control between two lone surrogates must not pair them.
  return text
    .replace(BROKEN, "\ufffd")
    .replace(CSI, "")
    .replace(OSC, "")
    .replace(LINE_BREAK, newlines ? "\n" : " ")
    .replace(/\t/g, " ")
    .replace(CONTROLS, "");
}
