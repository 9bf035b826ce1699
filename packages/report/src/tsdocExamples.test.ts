// Replays every TSDoc @example of @nrmkit/core, @nrmkit/validation and @nrmkit/stats as written (all
// of src/ but internal/ folders and tests, so the @nrmkit/stats/dp examples too): each `// =>` must
// hold, each `// throws … code "x"` must throw an NrmkitError with that code, and each import must
// name an entry point that exports the name. Examples that `await` are replayed asynchronously.
// The same for the blocks of the core, validation and stats READMEs that state results.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { pl as dateFnsPl } from "date-fns/locale/pl";
import { ro as dateFnsRo } from "date-fns/locale/ro";
import { describe, expect, it } from "vitest";
import writeXlsxFile from "write-excel-file/universal";
import * as z from "zod";
import { instrument, replay, replayAsync } from "../test/replay.js";

/** The source files of a folder and its subfolders, without tests and internal/ folders. */
function filesUnder(url: URL): URL[] {
  return readdirSync(url).flatMap((name) => {
    const child = new URL(name, url);
    if (statSync(child).isDirectory()) return name === "internal" ? [] : filesUnder(new URL(`${name}/`, url));
    return name.endsWith(".ts") && !name.includes(".test") ? [child] : [];
  });
}

/** `[package/file: export, code]` for each @example, its code taken from the ```ts block. */
const examples = ["core", "validation", "stats"].flatMap((pkg) =>
  filesUnder(new URL(`../../${pkg}/src/`, import.meta.url)).flatMap((file) =>
    [
      ...readFileSync(file, "utf8").matchAll(
        /@example\n((?:\s*\*.*\n)*?)\s*\*\/\n(?:export )?(?:declare )?(?:async )?\S+ (\w+)/g,
      ),
    ].map((match): [string, string] => {
      const body = (match[1] ?? "").replace(/^\s*\* ?/gm, "");
      const name = `${pkg}/${file.pathname.split("/src/")[1]}: ${match[2] ?? ""}`;
      return [name, /```ts\n([\s\S]*?)```/.exec(body)?.[1] ?? ""];
    }),
  ),
);

/** The workbook importCtdcXlsx's example reads, two cases in CTDC's columns, numbers stored as numbers. */
const ctdcWorkbook = new Uint8Array(
  await (
    await writeXlsxFile([
      ["yearOfRegistration", "gender", "ageBroad", "citizenship", "CountryOfExploitation"].map((value) => ({
        type: String,
        value,
      })),
      [{ type: Number, value: 2019 }, ...["Female", "18--20", "UA", "PL"].map((value) => ({ type: String, value }))],
      [{ type: Number, value: 2020 }, ...["Male", "9--17", "QQ", "PL"].map((value) => ({ type: String, value }))],
    ] as never).toBlob()
  ).arrayBuffer(),
);

// What the examples import from other libraries (the replay binds only nrmkit's imports), and the
// file system of the one example that reads a file.
const extra = {
  z,
  dateFnsPl,
  dateFnsRo,
  readFile: async (path: string): Promise<Uint8Array> => {
    if (path !== "ctdc.xlsx") throw new Error(`readFile: no fixture ${path}`);
    return ctdcWorkbook;
  },
};

describe("TSDoc examples of core, validation and stats", () => {
  it("finds the examples of every package, with their checks", () => {
    expect(examples.length).toBeGreaterThan(300);
    expect(examples.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        "core/datasetIndex.ts: getById",
        "core/decisionStatus.ts: updateDecisionStatus",
        "validation/validateDataset.ts: validateDataset",
        "validation/ctdc/importCtdc.ts: importCtdcStream",
        "stats/tableGrid.ts: cellAt",
        "stats/dp/releaseTables.ts: releaseTables",
        "stats/dp/privacyLedger.ts: createPrivacyLedger",
        "stats/dp/samplers.ts: sampleDiscreteGaussian",
      ]),
    );
    const checks = examples.map(([, code]) => instrument(code).split(/__(?:check|throws)\(/).length - 1);
    expect(checks.reduce((sum, count) => sum + count, 0)).toBeGreaterThan(350);
  });

  it.each(examples)("%s holds as written", async (_name, code) => {
    expect(code.length).toBeGreaterThan(0);
    const checks = /\bawait\b/.test(code) ? await replayAsync(code, extra) : replay(code, extra);
    // Every `// =>` and `// throws` line was checked: none follows a declaration or a block.
    expect(checks).toBe(code.match(/^\s*\/\/ (?:=>|throws) /gm)?.length ?? 0);
  });
});

/** The ```ts blocks of the core, validation and stats READMEs that state results (`// =>`). */
const readmeBlocks = ["core", "validation", "stats"].flatMap((pkg) =>
  [...readFileSync(new URL(`../../${pkg}/README.md`, import.meta.url), "utf8").matchAll(/```ts\n([\s\S]*?)```/g)]
    .map((match) => match[1] ?? "")
    .filter((code) => /^\s*\/\/ => /m.test(code))
    .map((code, i): [string, string] => [`${pkg}/README.md, block ${String(i + 1)}`, code]),
);

describe("README examples of core, validation and stats", () => {
  it("finds the blocks that state results", () => {
    expect(readmeBlocks.map(([name]) => name)).toContain("core/README.md, block 1");
  });

  it.each(readmeBlocks)("%s holds as written", async (_name, code) => {
    const checks = /\bawait\b/.test(code) ? await replayAsync(code, extra) : replay(code, extra);
    expect(checks).toBe(code.match(/^\s*\/\/ (?:=>|throws) /gm)?.length ?? 0);
  });
});
