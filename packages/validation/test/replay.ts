// Replays documentation code as written: each `expression; // => value` must hold. Imports are
// dropped: the public exports of core and validation (with their Popolo entry points) are in scope.
import * as core from "@nrmkit/core";
import * as belarus2014 from "@nrmkit/core/belarus2014";
import * as corePopolo from "@nrmkit/core/popolo";
import ts from "typescript";
import { expect } from "vitest";
import * as validation from "../src/index.js";
import * as validationPopolo from "../src/popolo/index.js";

/** Rewrites `expression; // => value` into a recorded check, drops imports, then strips the TypeScript. */
function instrument(code: string): string {
  const source = ts.createSourceFile("example.ts", code, ts.ScriptTarget.ES2022, true);
  let out = "";
  let last = 0;
  for (const statement of source.statements) {
    const next = code.slice(statement.end).match(/^[^\n]*\n\s*\/\/ => (.*)/);
    if (ts.isImportDeclaration(statement)) {
      out += code.slice(last, statement.getStart());
      last = statement.end;
    } else if (ts.isExpressionStatement(statement) && next !== null) {
      out += code.slice(last, statement.getStart());
      out += `__check(() => (${statement.expression.getText()}), () => (${next[1]}));`;
      last = statement.end;
    }
  }
  out += code.slice(last);
  return ts.transpileModule(out, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } })
    .outputText;
}

const scope: Record<string, unknown> = { ...core, ...belarus2014, ...corePopolo, ...validation, ...validationPopolo };

/** Runs the code blocks in order, in one scope (a later block uses an earlier one's constants); returns how many checks ran. */
export function replay(blocks: readonly string[]): number {
  let count = 0;
  const check = (actual: () => unknown, expected: () => unknown): void => {
    count += 1;
    expect(actual()).toEqual(expected());
  };
  const run = new Function("__check", ...Object.keys(scope), instrument(blocks.join("\n")));
  run(check, ...Object.values(scope));
  return count;
}
