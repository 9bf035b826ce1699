// Keeps docs/guides/bulk-import.md true: its CSV example is read from the guide itself and imported,
// and must give exactly the records the guide shows after it.
import { readFileSync } from "node:fs";
import { defineCaseFields } from "@nrmkit/core";
import { describe, expect, it } from "vitest";
import { importCaseRecords } from "./importCaseRecords.js";
import { collectImportBatches, importCaseRecordsStream } from "./importCaseRecordsStream.js";

const guide = readFileSync(new URL("../../../docs/guides/bulk-import.md", import.meta.url), "utf8");

/** The body of the first fenced block of `language` after `heading` in the guide. */
function block(heading: string, language: string): string {
  const section = guide.indexOf(`\n${heading}\n`);
  expect(section, `heading ${heading}`).toBeGreaterThan(-1);
  const open = guide.indexOf(`\n\`\`\`${language}\n`, section);
  expect(open, `a ${language} block after ${heading}`).toBeGreaterThan(-1);
  const start = open + language.length + 5;
  return guide.slice(start, guide.indexOf("\n```\n", start) + 1);
}

// As declared in the guide's section "User-defined fields".
const fields = defineCaseFields([
  { name: "district", type: "code", codes: ["d1", "d2"] },
  { name: "stateProgramme", type: "boolean" },
]);

describe("bulk import guide", () => {
  it("gives the records it documents for its CSV example, string and stream alike", async () => {
    const csv = block("### The CSV convention", "csv");
    const expected: unknown = JSON.parse(block("### The CSV convention", "json"));
    const result = importCaseRecords(csv, { format: "csv", fields });
    expect(result.rejected).toEqual([]);
    expect(result.records).toEqual(expected);
    // Key order too: absent means absent, not `undefined`.
    expect(JSON.stringify(result.records)).toBe(JSON.stringify(expected));
    async function* lines() {
      for (const line of csv.split(/(?<=\n)/)) yield line;
    }
    expect(await collectImportBatches(importCaseRecordsStream(lines(), { format: "csv", fields }))).toEqual(result);
  });

  it("declares the fields the way this test does", () => {
    const declared = block("### User-defined fields", "ts");
    expect(declared).toContain('{ name: "district", type: "code", codes: ["d1", "d2"] },');
    expect(declared).toContain('{ name: "stateProgramme", type: "boolean" },');
  });
});
