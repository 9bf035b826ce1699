// Turns a stream of UTF-8 bytes or text into text chunks, for every streaming import.
import { NrmkitError } from "@nrmkit/core";
import type { ImportSource } from "../importCaseRecordsStream.js";
import { asyncIterableArgument } from "./arguments.js";

async function* chunksOf(source: ImportSource): AsyncGenerator<string | Uint8Array, void, undefined> {
  // Not every browser makes ReadableStream async-iterable yet: read it through its reader.
  if ("getReader" in source && typeof source.getReader === "function") {
    const reader = source.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        yield value;
      }
    } finally {
      reader.releaseLock();
    }
  }
  yield* source as AsyncIterable<string | Uint8Array>;
}

/** Decodes chunks into text, in stream mode so a character split between chunks survives. */
function* texts(decoder: TextDecoder, chunk: unknown): Generator<string, void, undefined> {
  if (typeof chunk === "string") {
    // Bytes still pending belong before this text.
    const rest = decoder.decode();
    if (rest !== "") yield rest;
    yield chunk;
  } else if (chunk instanceof Uint8Array) {
    yield decoder.decode(chunk, { stream: true });
  } else {
    throw new NrmkitError(
      "invalid_argument",
      `source: expected chunks of text or Uint8Array, received ${typeof chunk}`,
    );
  }
}

/** The decoded text of every chunk; per chunk, not per row, so rows cost no promise each. */
export async function* decodedTexts(source: ImportSource): AsyncGenerator<string, void, undefined> {
  // The splitter drops a leading BOM, of text and bytes alike; the decoder must keep later ones.
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  const readable = typeof ReadableStream !== "undefined" && source instanceof ReadableStream;
  if (!readable) asyncIterableArgument(source, "source");
  const chunks = chunksOf(source);
  for (;;) {
    let step: IteratorResult<string | Uint8Array, void>;
    try {
      step = await chunks.next();
    } catch (error) {
      throw new NrmkitError("import_failed", "source: reading failed", { cause: error });
    }
    if (step.done === true) break;
    yield* texts(decoder, step.value);
  }
  const rest = decoder.decode();
  if (rest !== "") yield rest;
}
