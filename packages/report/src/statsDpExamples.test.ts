// Replays every TSDoc @example of @nrmkit/stats/dp as written: each `// =>` must hold, each import
// must name an entry point that exports the name.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { replay } from "../test/replay.js";

const folder = new URL("../../stats/src/dp/", import.meta.url);
const examples = readdirSync(folder)
  .filter((name) => name.endsWith(".ts") && !name.includes(".test"))
  .flatMap((name) =>
    [
      ...readFileSync(new URL(name, folder), "utf8").matchAll(
        /@example\n((?:\s*\*.*\n)*?)\s*\*\/\n(?:export )?\S+ (\w+)/g,
      ),
    ].map((match): [string, string] => {
      const body = (match[1] ?? "").replace(/^\s*\* ?/gm, "");
      return [`${name}: ${match[2] ?? ""}`, /```ts\n([\s\S]*?)```/.exec(body)?.[1] ?? ""];
    }),
  );

describe("@nrmkit/stats/dp examples", () => {
  it("finds the examples of every public function", () => {
    expect(examples.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        "releaseTables.ts: releaseTables",
        "privacyLedger.ts: createPrivacyLedger",
        "samplers.ts: sampleDiscreteGaussian",
      ]),
    );
  });

  it.each(examples)("%s holds as written", (_name, code) => {
    expect(code.length).toBeGreaterThan(0);
    replay(code);
  });
});
