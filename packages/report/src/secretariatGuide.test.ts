// Keeps docs/guides/secretariat-documents.md true: every ```ts block runs as written.
import { readFileSync } from "node:fs";
import { toPopolo } from "@nrmkit/core/popolo";
import { importPopolo } from "@nrmkit/validation/popolo";
import { describe, expect, it } from "vitest";
import { replay, replayAsync } from "../test/replay.js";

const blocks = [
  ...readFileSync(new URL("../../../docs/guides/secretariat-documents.md", import.meta.url), "utf8").matchAll(
    /```ts\n([\s\S]*?)```/g,
  ),
].map((match) => match[1] ?? "");

// The Popolo entry points are subpaths the shared replay scope does not hold.
const extra = { toPopolo, importPopolo };

describe("secretariat documents guide", () => {
  it("has a block for each step of the cycle", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(5);
  });

  it.each(blocks.map((code, index) => [index + 1, code]))("code block %i holds as written", async (_, code) => {
    expect(/\bawait\b/.test(code) ? await replayAsync(code, extra) : replay(code, extra)).toBeGreaterThan(0);
  });
});
