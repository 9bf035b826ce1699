// Keeps docs/guides/differential-privacy.md true: every ```ts block runs as written, in order.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { replay } from "../test/replay.js";

const guide = readFileSync(new URL("../../../docs/guides/differential-privacy.md", import.meta.url), "utf8");
const blocks = [...guide.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] ?? "");

describe("differential privacy guide", () => {
  it("has a block for the release, consistency, the ledger and the comparison", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(4);
  });

  it("holds as written, each block after the ones before it", () => {
    // Later blocks use what earlier ones declared, as a reader runs them one after another.
    expect(replay(blocks.join("\n"))).toBeGreaterThan(0);
  });
});
