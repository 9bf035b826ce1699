// Replays documentation code as written: each `expression; // => value` must hold. The public
// exports of core and validation (with their Popolo entry points) are in scope, and an `import`
// from an nrmkit entry point binds the name from that entry point, so a wrong path or name fails.
import * as core from "@nrmkit/core";
import * as belarus2014 from "@nrmkit/core/belarus2014";
import * as corePopolo from "@nrmkit/core/popolo";
import * as synthetic from "@nrmkit/core/synthetic";
import ts from "typescript";
import { expect } from "vitest";
import { type EntryPoints, importBindings, importer } from "../../../test/exampleImports.js";
import * as ctdc from "../src/ctdc/index.js";
import * as htcds from "../src/htcds/index.js";
import * as validation from "../src/index.js";
import * as validationLocales from "../src/locales/index.js";
import * as validationPopolo from "../src/popolo/index.js";

/** Every entry point this package's documentation may import, by specifier. */
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
};

const importFrom = importer(entryPoints);

/** Rewrites `expression; // => value` into a recorded check and imports into bindings, then strips the TypeScript. */
function instrument(code: string): string {
  const source = ts.createSourceFile("example.ts", code, ts.ScriptTarget.ES2022, true);
  let out = "";
  let last = 0;
  for (const statement of source.statements) {
    const next = code.slice(statement.end).match(/^[^\n]*\n\s*\/\/ => (.*)/);
    if (ts.isImportDeclaration(statement)) {
      out += code.slice(last, statement.getStart()) + importBindings(statement);
      last = statement.end;
    } else if (ts.isExpressionStatement(statement) && next !== null) {
      out += code.slice(last, statement.getStart());
      out += `__check(() => (${statement.expression.getText()}), () => (${next[1]}));`;
      last = statement.end;
    }
  }
  out += code.slice(last);
  const { outputText } = ts.transpileModule(out, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  });
  // A block, so that an imported `const` may shadow the name of the same export in scope.
  return `{\n${outputText}}\n`;
}

const scope: Record<string, unknown> = { ...core, ...belarus2014, ...corePopolo, ...validation, ...validationPopolo };

/** Runs the code blocks in order, in one scope (a later block uses an earlier one's constants); returns how many checks ran. */
export function replay(blocks: readonly string[]): number {
  let count = 0;
  const check = (actual: () => unknown, expected: () => unknown): void => {
    count += 1;
    expect(actual()).toEqual(expected());
  };
  const run = new Function("__check", "__import", ...Object.keys(scope), instrument(blocks.join("\n")));
  run(check, importFrom, ...Object.values(scope));
  return count;
}
