// Splits text that arrives in chunks into rows (NDJSON lines or CSV records) with bounded memory.
// A row never depends on where the chunk boundaries fall: the tests check exactly that.

/** One row cut out of the input. */
export interface SplitRow {
  /** The row without its line terminator; only the first `headLength` characters when `tooLong`. */
  readonly text: string;
  /** 1-based line number where the row starts. */
  readonly line: number;
  /** `true` when the row is longer than the limit; it was skipped, not buffered. */
  readonly tooLong: boolean;
  /** `true` when the input ended inside a quoted CSV field. */
  readonly unterminated: boolean;
}

/** Options of {@link createRowSplitter}. */
export interface RowSplitterOptions {
  /** `true` for CSV: line breaks inside double-quoted fields do not end the row. */
  readonly quoteAware: boolean;
  /** Longest row kept, in UTF-16 code units, line terminator excluded. */
  readonly maxRowLength: number;
  /** How many leading characters of a too-long row to keep for error reports. */
  readonly headLength: number;
}

/** An incremental splitter: push chunks, then call `end` once. */
export interface RowSplitter {
  /** Feeds a chunk and yields every row it completes. */
  push(chunk: string): Generator<SplitRow, void, undefined>;
  /** Flushes the last row, when the input does not end with a line break. */
  end(): SplitRow | undefined;
}

const NEWLINE = 10;
const CARRIAGE_RETURN = 13;
const QUOTE = 34;
const COMMA = 44;
const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
const QUOTE_IN_QUOTED = 3;

function stripCarriageReturn(text: string): string {
  return text.charCodeAt(text.length - 1) === CARRIAGE_RETURN ? text.slice(0, -1) : text;
}

/** Creates a splitter; rows end at `\n` (a `\r` before it is dropped); a leading BOM is dropped. */
export function createRowSplitter(options: RowSplitterOptions): RowSplitter {
  const { quoteAware, maxRowLength, headLength } = options;
  const keep = Math.min(maxRowLength, headLength);
  // The start of the current row, kept as parts so a long row arriving in tiny chunks costs O(n).
  let pending: string[] = [];
  let pendingLength = 0;
  // CSV state: a quote opens a quoted field only at the start of a field, as in RFC 4180, so a
  // stray quote inside an unquoted field cannot swallow the rest of the file.
  let state = FIELD_START;
  let line = 1;
  // Line breaks inside quotes seen in the current row.
  let innerBreaks = 0;
  // Set while skipping a row that is already known to be too long: holds its first characters.
  let skippedHead: string | undefined;
  let first = true;

  function rowOf(text: string, tooLong: boolean, unterminated: boolean): SplitRow {
    const row: SplitRow = { text, line, tooLong, unterminated };
    line += innerBreaks + 1;
    innerBreaks = 0;
    state = FIELD_START;
    return row;
  }

  function finish(text: string, unterminated: boolean): SplitRow {
    const row = stripCarriageReturn(text);
    return row.length > maxRowLength ? rowOf(row.slice(0, keep), true, unterminated) : rowOf(row, false, unterminated);
  }

  /** Index of the row end in `text` from `from`, or -1; updates the CSV state as it scans. */
  function findRowEnd(text: string, from: number): number {
    if (!quoteAware) return text.indexOf("\n", from);
    for (let i = from; i < text.length; i++) {
      const code = text.charCodeAt(i);
      switch (state) {
        case FIELD_START:
          if (code === NEWLINE) return i;
          state = code === QUOTE ? QUOTED : code === COMMA ? FIELD_START : UNQUOTED;
          break;
        case UNQUOTED:
          if (code === NEWLINE) return i;
          if (code === COMMA) state = FIELD_START;
          break;
        case QUOTED:
          if (code === QUOTE) state = QUOTE_IN_QUOTED;
          else if (code === NEWLINE) innerBreaks++;
          break;
        default:
          // After a quote inside a quoted field: `""` is an escaped quote, anything else closes it.
          if (code === NEWLINE) return i;
          state = code === QUOTE ? QUOTED : code === COMMA ? FIELD_START : UNQUOTED;
      }
    }
    return -1;
  }

  function* push(chunk: string): Generator<SplitRow, void, undefined> {
    let text = chunk;
    if (first && text.length > 0) {
      first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    let start = 0;
    for (;;) {
      const end = findRowEnd(text, start);
      if (end === -1) break;
      if (skippedHead !== undefined) {
        const head = skippedHead;
        skippedHead = undefined;
        yield rowOf(head, true, false);
      } else if (pendingLength > 0) {
        pending.push(text.slice(start, end));
        const joined = pending.join("");
        pending = [];
        pendingLength = 0;
        yield finish(joined, false);
      } else {
        yield finish(text.slice(start, end), false);
      }
      start = end + 1;
    }
    if (skippedHead !== undefined || start === text.length) return;
    pending.push(text.slice(start));
    pendingLength += text.length - start;
    // One more unit than the limit may still be a `\r` that the next chunk's `\n` drops.
    if (pendingLength > maxRowLength + 1) {
      skippedHead = pending.join("").slice(0, keep);
      pending = [];
      pendingLength = 0;
    }
  }

  function end(): SplitRow | undefined {
    const unterminated = quoteAware && state === QUOTED;
    if (skippedHead !== undefined) {
      const head = skippedHead;
      skippedHead = undefined;
      return rowOf(head, true, unterminated);
    }
    if (pendingLength === 0) return undefined;
    const joined = pending.join("");
    pending = [];
    pendingLength = 0;
    return finish(joined, unterminated);
  }

  return { push, end };
}
