// Splits text that arrives in chunks into rows (NDJSON lines or CSV records) with bounded memory.
// A row never depends on where the chunk boundaries fall: the tests check exactly that.
//
// CSV records may span lines inside a quoted field, so one stray quote could swallow the rest of
// the file. The splitter works line by line instead: while a quoted field is open, each new line is
// offered to `startsRecord`; a line that is a well-formed record on its own ends the open record
// (rejected as unterminated) and starts a new one. Row lengths are counted in UTF-8 bytes.

/** What every row cut out of the input holds. */
interface SplitRowBase {
  /** The row without its line terminator; only the first `headLength` characters when `tooLong`. */
  readonly text: string;
  /** 1-based line number where the row starts. */
  readonly line: number;
  /** `true` when the row ends inside a quoted CSV field (at the end of the input or before a recovered record). */
  readonly unterminated: boolean;
}

/**
 * One row cut out of the input: within the limit, or longer (skipped, not buffered), with its size.
 * Rows within the limit are not always counted: one too short to exceed it in any encoding is not.
 */
export type SplitRow =
  | (SplitRowBase & {
      /** Within the limit. */
      readonly tooLong: false;
    })
  | (SplitRowBase & {
      /** Longer than the limit. */
      readonly tooLong: true;
      /** Size of the whole row in UTF-8 bytes, line terminator excluded. */
      readonly bytes: number;
    });

/** Options of {@link createRowSplitter}. */
export interface RowSplitterOptions {
  /** `true` for CSV: line breaks inside double-quoted fields do not end the row. */
  readonly quoteAware: boolean;
  /** Longest row kept, in UTF-8 bytes, line terminator excluded. */
  readonly maxRowBytes: number;
  /** How many leading characters of a too-long row to keep for error reports. */
  readonly headLength: number;
  /**
   * CSV: whether a line, on its own and without its terminator, is a well-formed record. Asked only
   * while a quoted field is open; `true` ends the open record there. Absent: never.
   */
  readonly startsRecord?: (line: string) => boolean;
}

/**
 * An incremental splitter: `push` a chunk, take its rows with `next` until it returns `undefined`,
 * push the next chunk; after the last one, call `end` and take the last rows with `next`.
 *
 * A cursor rather than a generator: the hot loop then costs no generator step per row.
 */
export interface RowSplitter {
  /** Feeds a chunk; the rows of the previous chunk must all have been taken. */
  push(chunk: string): void;
  /** Marks the end of the input: the last rows (a line without a final break, an open quote) follow. */
  end(): void;
  /**
   * The next complete row, or `undefined` when the chunk (or, after `end`, the input) is used up.
   * The row object may be reused by the next call: read it, do not keep it.
   */
  next(): SplitRow | undefined;
}

const CARRIAGE_RETURN = 13;
const QUOTE = 34;
const COMMA = 44;
const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
const QUOTE_IN_QUOTED = 3;
const NON_ASCII = /[\u0080-\uffff]/;

/** The CSV quote state after reading `text` (which holds no line break) from `state`, as in RFC 4180. */
function scanQuotes(text: string, state: number): number {
  // A quote opens a quoted field only at the start of a field, so a stray quote inside an
  // unquoted field cannot open one.
  if (text.length === 0) return state;
  if (text.indexOf('"') === -1) {
    if (state === QUOTED) return QUOTED;
    return text.charCodeAt(text.length - 1) === COMMA ? FIELD_START : UNQUOTED;
  }
  let s = state;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    switch (s) {
      case FIELD_START:
        s = code === QUOTE ? QUOTED : code === COMMA ? FIELD_START : UNQUOTED;
        break;
      case UNQUOTED:
        if (code === COMMA) s = FIELD_START;
        break;
      case QUOTED:
        if (code === QUOTE) s = QUOTE_IN_QUOTED;
        break;
      default:
        // After a quote inside a quoted field: `""` is an escaped quote, anything else closes it.
        s = code === QUOTE ? QUOTED : code === COMMA ? FIELD_START : UNQUOTED;
    }
  }
  return s;
}

/** Text kept up to a cap: beyond `cap` bytes only the first `keep` characters stay. */
class CappedText {
  parts: string[] = [];
  bytes = 0;
  units = 0;
  head: string | undefined = undefined;

  constructor(
    private readonly cap: number,
    private readonly keep: number,
  ) {}

  add(text: string, bytes: number): void {
    this.bytes += bytes;
    this.units += text.length;
    if (this.head !== undefined) {
      if (this.head.length < this.keep) this.head += text.slice(0, this.keep - this.head.length);
      return;
    }
    this.parts.push(text);
    if (this.bytes > this.cap) {
      this.head = this.parts.join("").slice(0, this.keep);
      this.parts = [];
    }
  }

  get over(): boolean {
    return this.head !== undefined;
  }

  /** The text kept: all of it, or its first `keep` characters once over the cap. */
  text(): string {
    if (this.head !== undefined) return this.head;
    if (this.parts.length > 1) this.parts = [this.parts.join("")];
    return this.parts[0] ?? "";
  }
}

function stripCarriageReturn(text: string): string {
  return text.charCodeAt(text.length - 1) === CARRIAGE_RETURN ? text.slice(0, -1) : text;
}

/** Creates a splitter; rows end at `\n` (a `\r` before it is dropped); a leading BOM is dropped. */
export function createRowSplitter(options: RowSplitterOptions): RowSplitter {
  const { quoteAware, maxRowBytes: limit, headLength, startsRecord } = options;
  // One byte more than the limit may still be a `\r` that the line break drops.
  const cap = limit + 1;
  let first = true;
  let lineNumber = 1;
  // The current physical line.
  let line = new CappedText(cap, headLength);
  let lastCode = -1;
  let highSurrogate = false;
  // Its quote state read as a new record, and read as the continuation of the open record.
  let fresh = FIELD_START;
  let cont = QUOTED;
  // The record whose quoted field is open at the end of the previous line, if any.
  let open: { text: CappedText; line: number; endsWithCr: boolean } | undefined;

  /** UTF-8 length of a piece; a surrogate pair cut between pieces still counts 4. */
  function utf8Bytes(text: string): number {
    if (!NON_ASCII.test(text)) {
      if (text.length > 0) highSurrogate = false;
      return text.length;
    }
    let bytes = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code < 0x80) bytes += 1;
      else if (code < 0x800) bytes += 2;
      else if (code >= 0xdc00 && code <= 0xdfff && highSurrogate) bytes += 1;
      else bytes += 3;
      highSurrogate = code >= 0xd800 && code <= 0xdbff;
    }
    return bytes;
  }

  function addPiece(piece: string): void {
    if (piece.length === 0) return;
    line.add(piece, utf8Bytes(piece));
    lastCode = piece.charCodeAt(piece.length - 1);
    if (quoteAware) {
      fresh = scanQuotes(piece, fresh);
      if (open !== undefined) cont = scanQuotes(piece, cont);
    }
  }

  function row(kept: CappedText, start: number, bytes: number, unterminated: boolean): SplitRow {
    const whole = kept.text();
    // Strip the `\r` of a CRLF only when the text is whole: a head cut short has no terminator.
    const text = whole.length === kept.units ? stripCarriageReturn(whole) : whole;
    if (bytes > limit) return { text: text.slice(0, headLength), line: start, bytes, tooLong: true, unterminated };
    return { text, line: start, tooLong: false, unterminated };
  }

  /** The open record as a row, ended at its last line. */
  function closeOpen(unterminated: boolean): SplitRow {
    const record = open as NonNullable<typeof open>;
    open = undefined;
    return row(record.text, record.line, record.text.bytes - (record.endsWithCr ? 1 : 0), unterminated);
  }

  // Rows completed by the slow path, waiting to be taken: ending a line completes at most two.
  const ready: SplitRow[] = [];
  let taken = 0;

  /** Ends the current line; `atEnd` when the input ended without a line break. */
  function endLine(atEnd: boolean): void {
    const current = line;
    const start = lineNumber;
    const endsWithCr = lastCode === CARRIAGE_RETURN;
    const lineBytes = current.bytes - (endsWithCr ? 1 : 0);
    line = new CappedText(cap, headLength);
    lastCode = -1;
    highSurrogate = false;
    lineNumber++;
    const lineState = fresh;
    const contState = cont;
    fresh = FIELD_START;
    cont = QUOTED;
    if (open !== undefined) {
      const isRecord =
        !current.over && lineState !== QUOTED && startsRecord?.(stripCarriageReturn(current.text())) === true;
      if (!isRecord) {
        open.text.add("\n", 1);
        open.text.add(current.text(), current.bytes);
        open.endsWithCr = endsWithCr;
        if (contState !== QUOTED || atEnd) ready.push(closeOpen(contState === QUOTED));
        return;
      }
      ready.push(closeOpen(true));
    }
    if (lineState === QUOTED && !atEnd) {
      open = { text: current, line: start, endsWithCr };
      return;
    }
    ready.push(row(current, start, lineBytes, lineState === QUOTED));
  }

  // The chunk being split, and where its unsplit part starts.
  let chunk = "";
  let at = 0;
  let ending = false;
  // A line no longer than this many characters is within the limit whatever it holds (3 bytes at most each).
  const safeLength = Math.floor(limit / 3);
  // The row of the fast path, reused: a new object per row measurably slows imports of millions of rows.
  const reused: { text: string; line: number; tooLong: false; unterminated: boolean } = {
    text: "",
    line: 0,
    tooLong: false,
    unterminated: false,
  };

  function push(text: string): void {
    chunk = text;
    at = 0;
    if (first && text.length > 0) {
      first = false;
      if (text.charCodeAt(0) === 0xfeff) at = 1;
    }
  }

  function end(): void {
    ending = true;
  }

  function next(): SplitRow | undefined {
    for (;;) {
      if (taken < ready.length) {
        const done = ready[taken++] as SplitRow;
        if (taken === ready.length) {
          ready.length = 0;
          taken = 0;
        }
        return done;
      }
      const stop = chunk.indexOf("\n", at);
      if (stop === -1) {
        addPiece(at === 0 ? chunk : chunk.slice(at));
        chunk = "";
        at = 0;
        if (!ending) return undefined;
        ending = false;
        if (line.bytes > 0) endLine(true);
        else if (open !== undefined) ready.push(closeOpen(true));
        if (ready.length === 0) return undefined;
        continue;
      }
      const from = at;
      at = stop + 1;
      // Fast path: a whole line inside the chunk, nothing pending, short enough to need no byte count,
      // and (CSV) not opening a quoted field. Gives exactly the row the general path below would.
      if (line.units === 0 && open === undefined && stop - from <= safeLength) {
        const text = chunk.slice(from, stop);
        if (!quoteAware || text.indexOf('"') === -1 || scanQuotes(text, FIELD_START) !== QUOTED) {
          reused.text = stripCarriageReturn(text);
          reused.line = lineNumber++;
          return reused;
        }
      }
      addPiece(chunk.slice(from, stop));
      endLine(false);
    }
  }

  return { push, end, next };
}

/**
 * The rows `next` gives until it returns `undefined`, each a copy: for callers that keep rows or
 * read them in a `for…of`; hot loops call `next` themselves.
 */
export function* rowsOf(splitter: RowSplitter): Generator<SplitRow, void, undefined> {
  for (let row = splitter.next(); row !== undefined; row = splitter.next()) yield { ...row };
}
