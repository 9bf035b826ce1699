// Keeps docs/guides/getting-started.md true: its tour uses all four packages, so it is replayed here, at the top.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { replay } from "../test/replay.js";

const guide = readFileSync(new URL("../../../docs/guides/getting-started.md", import.meta.url), "utf8");
const blocks = [...guide.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] ?? "");

describe("getting started guide", () => {
  it("runs the tour as written, every `// =>` holding", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(1);
    expect(replay(blocks[0] ?? "")).toBe(5);
  });
});
