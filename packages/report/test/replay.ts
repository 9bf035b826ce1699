// Replays documentation code as written: `expression; // => value` must hold, and
// `expression; // throws … code "x"` must throw an NrmkitError with that code. An `import` from an
// nrmkit entry point binds the name from that entry point, so a wrong path or name fails the replay.
import * as core from "@nrmkit/core";
import * as belarus2014 from "@nrmkit/core/belarus2014";
import * as corePopolo from "@nrmkit/core/popolo";
import * as synthetic from "@nrmkit/core/synthetic";
import * as stats from "@nrmkit/stats";
import * as statsDp from "@nrmkit/stats/dp";
import * as statsLocales from "@nrmkit/stats/locales";
import * as validation from "@nrmkit/validation";
import * as ctdc from "@nrmkit/validation/ctdc";
import * as htcds from "@nrmkit/validation/htcds";
import * as validationLocales from "@nrmkit/validation/locales";
import * as validationPopolo from "@nrmkit/validation/popolo";
import ts from "typescript";
import { expect } from "vitest";
import { type EntryPoints, importBindings, importer } from "../../../test/exampleImports.js";
import * as docx from "../src/docx/index.js";
import * as ical from "../src/ical/index.js";
import * as report from "../src/index.js";
import * as locales from "../src/locales/index.js";
import * as xlsx from "../src/xlsx/index.js";
import { protectedTable, protectedTrend } from "./fixtures.js";

/** Every public entry point, by the specifier a user imports it with. */
const entryPoints: EntryPoints = {
  "@nrmkit/core": core,
  "@nrmkit/core/belarus2014": belarus2014,
  "@nrmkit/core/popolo": corePopolo,
  "@nrmkit/core/synthetic": synthetic,
  "@nrmkit/validation": validation,
  "@nrmkit/validation/ctdc": ctdc,
  "@nrmkit/validation/htcds": htcds,
  "@nrmkit/validation/locales": validationLocales,
  "@nrmkit/validation/popolo": validationPopolo,
  "@nrmkit/stats": stats,
  "@nrmkit/stats/locales": statsLocales,
  "@nrmkit/stats/dp": statsDp,
  "@nrmkit/report": report,
  "@nrmkit/report/docx": docx,
  "@nrmkit/report/ical": ical,
  "@nrmkit/report/locales": locales,
  "@nrmkit/report/xlsx": xlsx,
};

const importFrom = importer(entryPoints);

/** Rewrites checked statements into recorded checks and imports into bindings, then strips the TypeScript. */
export function instrument(code: string): string {
  const source = ts.createSourceFile("example.ts", code, ts.ScriptTarget.ES2022, true);
  let out = "";
  let last = 0;
  for (const statement of source.statements) {
    const next = code.slice(statement.end).match(/^[^\n]*\n\s*\/\/ (=>|throws) (.*)/);
    if (ts.isImportDeclaration(statement)) {
      out += code.slice(last, statement.getStart()) + importBindings(statement);
      last = statement.end;
    } else if (ts.isExpressionStatement(statement) && next !== null) {
      out += code.slice(last, statement.getStart());
      const actual = `() => (${statement.expression.getText()})`;
      out +=
        next[1] === "=>"
          ? `__check(${actual}, () => (${next[2]}));`
          : `__throws(${actual}, ${JSON.stringify(/code "(\w+)"/.exec(next[2] ?? "")?.[1] ?? "")});`;
      last = statement.end;
    }
  }
  out += code.slice(last);
  // A block, so that an imported `const` may shadow the name of the same export in scope.
  return `{\n${ts.transpileModule(out, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText}}\n`;
}

const scope: Record<string, unknown> = {
  ...core,
  ...belarus2014,
  ...synthetic,
  ...validation,
  ...stats,
  ...report,
  ...docx,
  ...xlsx,
  ...ical,
  ...locales,
  protectedTable,
  protectedTrend,
};

/**
 * Runs instrumented code with every public export (and the test fixtures) in scope, and `extra`
 * beside them (what a guide imports under other names); returns how many checks ran.
 */
export function replay(code: string, extra: Readonly<Record<string, unknown>> = {}): number {
  let count = 0;
  const check = (actual: () => unknown, expected: () => unknown): void => {
    count += 1;
    expect(actual()).toEqual(expected());
  };
  const throws = (run: () => unknown, code: string): void => {
    count += 1;
    expect(run).toThrow(expect.objectContaining({ code }));
  };
  const all = { ...scope, ...extra };
  const run = new Function("__check", "__throws", "__import", ...Object.keys(all), instrument(code));
  run(check, throws, importFrom, ...Object.values(all));
  return count;
}

const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (
  ...args: string[]
) => (...values: unknown[]) => Promise<void>;

/**
 * {@link replay} for examples that `await` (the DOCX and XLSX writers, the imports of streams):
 * checks run in order, and a checked expression may itself `await`.
 */
export async function replayAsync(code: string, extra: Readonly<Record<string, unknown>> = {}): Promise<number> {
  let count = 0;
  const check = async (actual: () => unknown, expected: () => unknown): Promise<void> => {
    count += 1;
    expect(await actual()).toEqual(expected());
  };
  const throws = async (run: () => unknown, code: string): Promise<void> => {
    count += 1;
    await expect(async () => run()).rejects.toThrow(expect.objectContaining({ code }));
  };
  const body = instrument(code).replace(/__(check|throws)\(\(\) =>/g, "await __$1(async () =>");
  const names = { ...scope, ...extra };
  const run = new AsyncFunction("__check", "__throws", "__import", ...Object.keys(names), body);
  await run(check, throws, importFrom, ...Object.values(names));
  return count;
}
