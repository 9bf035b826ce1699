// Keeps docs/guides/user-defined-case-fields.md true: every ```ts block runs as written.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { replay } from "../test/replay.js";

const blocks = [
  ...readFileSync(new URL("../../../docs/guides/user-defined-case-fields.md", import.meta.url), "utf8").matchAll(
    /```ts\n([\s\S]*?)```/g,
  ),
].map((match) => match[1] ?? "");

describe("user-defined case fields guide", () => {
  it("has a block for each step", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(4);
  });

  it.each(blocks.map((code, index) => [index + 1, code]))("code block %i holds as written", (_, code) => {
    expect(replay(code)).toBeGreaterThan(0);
  });
});
