// Keeps docs/guides/reports.md and the package README true: every ```ts block is run as written.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { replay, replayAsync } from "../test/replay.js";

const codeBlocks = (path: string): string[] =>
  [...readFileSync(new URL(path, import.meta.url), "utf8").matchAll(/```ts\n([\s\S]*?)```/g)].map(
    (match) => match[1] ?? "",
  );
const blocks = codeBlocks("../../../docs/guides/reports.md");
const readme = codeBlocks("../README.md");

describe("reports guide", () => {
  it("has code blocks", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(6);
  });

  it.each(blocks.map((code, index) => [index + 1, code]))("code block %i holds as written", async (_, code) => {
    // Blocks with the DOCX and XLSX writers await their results.
    expect(/\bawait\b/.test(code) ? await replayAsync(code) : replay(code)).toBeGreaterThan(0);
  });

  it("keeps the README snippet true", () => {
    expect(readme).toHaveLength(1);
    expect(replay(readme[0] ?? "")).toBe(1);
  });
});
