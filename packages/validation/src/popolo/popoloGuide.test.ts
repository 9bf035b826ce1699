// Keeps docs/guides/popolo.md true: its ```ts blocks run in order, as one script, as written.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { replay } from "../../test/replay.js";

const guide = readFileSync(new URL("../../../../docs/guides/popolo.md", import.meta.url), "utf8");
const blocks = [...guide.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] ?? "");

describe("popolo guide", () => {
  it("holds as written: every `// =>` of its code blocks", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(5);
    expect(replay(blocks)).toBe(guide.match(/^\/\/ => /gm)?.length);
  });
});
