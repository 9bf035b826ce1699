// Parses one CSV record (RFC 4180) into its fields. Rows are cut by the row splitter first, so a
// record here may hold line breaks inside quoted fields.

/** The fields of a record, or why it is not valid CSV. */
export type CsvFieldsResult =
  | { readonly ok: true; readonly fields: string[] }
  | { readonly ok: false; readonly problem: CsvProblem; readonly column: number };

import type { CsvProblem } from "./importPhrases.js";

const QUOTE = 34;
const COMMA = 44;

/** Splits a record at commas, honouring double-quoted fields and `""` escapes. */
export function parseCsvFields(text: string): CsvFieldsResult {
  // Most records hold no quotes at all.
  if (text.indexOf('"') === -1) return { ok: true, fields: text.split(",") };
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    const column = fields.length + 1;
    if (text.charCodeAt(i) === QUOTE) {
      let value = "";
      let from = i + 1;
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote === -1) return { ok: false, problem: "unterminated_quote", column };
        value += text.slice(from, quote);
        if (text.charCodeAt(quote + 1) === QUOTE) {
          value += '"';
          from = quote + 2;
          continue;
        }
        i = quote + 1;
        break;
      }
      fields.push(value);
      if (i === text.length) return { ok: true, fields };
      if (text.charCodeAt(i) !== COMMA) {
        return { ok: false, problem: "text_after_quote", column };
      }
      i++;
    } else {
      const comma = text.indexOf(",", i);
      const value = comma === -1 ? text.slice(i) : text.slice(i, comma);
      if (value.indexOf('"') !== -1) return { ok: false, problem: "quote_in_unquoted", column };
      fields.push(value);
      if (comma === -1) return { ok: true, fields };
      i = comma + 1;
    }
  }
}
