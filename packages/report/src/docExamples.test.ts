// Keeps every `@example` of the report API true: each example is taken from the source as written,
// run, and each expression followed by a `// => value` comment must equal that value.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { instrument, replay, replayAsync } from "../test/replay.js";

const here = fileURLToPath(new URL(".", import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") && !entry.name.includes(".test") ? [path] : [];
  });
}

interface Example {
  readonly name: string;
  readonly code: string;
}

function examples(file: string): Example[] {
  const text = readFileSync(file, "utf8");
  const found: Example[] = [];
  for (const match of text.matchAll(/@example\s*\n((?:\s*\*.*\n)*?)\s*\*\s*```ts\n((?:\s*\*.*\n)*?)\s*\*\s*```/g)) {
    const code = (match[2] ?? "")
      .split("\n")
      .map((line) => line.replace(/^\s*\* ?/, ""))
      .join("\n");
    const after = text.slice((match.index ?? 0) + match[0].length);
    const name = /export (?:async function|function|const|interface|type) (\w+)/.exec(after)?.[1] ?? "?";
    found.push({ name: `${file.slice(here.length)} › ${name}`, code });
  }
  return found;
}

const all = sourceFiles(here).flatMap(examples);

describe("documented examples", () => {
  it("finds the examples and their expected values", () => {
    expect(all.length).toBeGreaterThan(60);
    const checks = all.map((example) => instrument(example.code).split("__check(").length - 1);
    expect(checks.reduce((sum, count) => sum + count, 0)).toBeGreaterThan(50);
    const phrase = all.find((example) => example.name.endsWith("› formatDatePhrase"));
    expect(instrument(phrase?.code ?? "").split("__check(")).toHaveLength(3);
  });

  it("binds each import from the entry point it names, and fails for a wrong one", () => {
    expect(replay('import { renderDocx } from "@nrmkit/report/docx";\ntypeof renderDocx;\n// => "function"')).toBe(1);
    expect(() => replay('import { renderDocx } from "@nrmkit/report";\nrenderDocx;')).toThrow(
      'import: "@nrmkit/report" does not export renderDocx',
    );
    expect(() => replay('import type { ReportDocument } from "@nrmkit/reports";')).toThrow(
      'import: "@nrmkit/reports" is not an nrmkit entry point',
    );
  });

  it("finds an import line in every example", () => {
    expect(all.filter((example) => !example.code.startsWith("import ")).map((example) => example.name)).toEqual([]);
  });

  it.each(all.map((example) => [example.name, example.code]))("%s holds as written", async (_, code) => {
    // Examples of the asynchronous writers (DOCX, XLSX) await their results.
    if (/\bawait\b/.test(code)) await replayAsync(code);
    else replay(code);
  });
});
