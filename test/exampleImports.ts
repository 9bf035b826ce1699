// The import lines of a package's `@example` blocks, checked at run time against the entry points
// themselves, so a wrong path or name fails the package's docExamples test. `pnpm lint`
// (scripts/exampleImports.ts) checks the same with the type checker, types and used names included.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") && !entry.name.includes(".test") ? [path] : [];
  });
}

/** The code of every fenced `ts` block of an `@example` under `dir`, with where it starts. */
export function exampleBlocks(dir: string): { where: string; code: string }[] {
  return sourceFiles(dir).flatMap((file) => {
    const text = readFileSync(file, "utf8");
    return [...text.matchAll(/@example\s*\n((?:\s*\*.*\n)*?)\s*\*\s*```ts\n((?:\s*\*.*\n)*?)\s*\*\s*```/g)].map(
      (match) => ({
        where: `${relative(dir, file)}:${text.slice(0, match.index).split("\n").length}`,
        code: (match[2] ?? "")
          .split("\n")
          .map((line) => line.replace(/^\s*\* ?/, ""))
          .join("\n"),
      }),
    );
  });
}

/**
 * Lists the examples under `dir` that open with no import, or import an nrmkit name from an entry
 * point that is not in `entryPoints` or does not export it (type-only names are left to the lint).
 */
export function wrongExampleImports(
  dir: string,
  entryPoints: Readonly<Record<string, Readonly<Record<string, unknown>>>>,
): string[] {
  const blocks = exampleBlocks(dir);
  const problems = blocks.length === 0 ? [`${dir}: no examples found`] : [];
  for (const { where, code } of blocks) {
    const source = ts.createSourceFile("example.ts", code, ts.ScriptTarget.ES2022, true);
    const imports = source.statements.filter(ts.isImportDeclaration);
    if (!ts.isImportDeclaration(source.statements[0] ?? source)) problems.push(`${where}: no import line`);
    for (const statement of imports) {
      const specifier = (statement.moduleSpecifier as ts.StringLiteral).text;
      if (!specifier.startsWith("@nrmkit/")) continue;
      const entry = entryPoints[specifier];
      if (entry === undefined) {
        problems.push(`${where}: "${specifier}" is not an entry point this package can import`);
        continue;
      }
      const clause = statement.importClause;
      const bindings = clause?.isTypeOnly ? undefined : clause?.namedBindings;
      if (bindings === undefined || !ts.isNamedImports(bindings)) continue;
      for (const element of bindings.elements) {
        const name = (element.propertyName ?? element.name).text;
        if (!element.isTypeOnly && !(name in entry)) problems.push(`${where}: "${specifier}" does not export ${name}`);
      }
    }
  }
  return problems;
}

/** Entry points by the specifier a user imports them with. */
export type EntryPoints = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

/** What an `import` of an example binds: the entry point, or one of its exports; throws for a wrong path or name. */
export function importer(entryPoints: EntryPoints): (specifier: string, name?: string) => unknown {
  return (specifier, name) => {
    const entry = entryPoints[specifier];
    if (entry === undefined) throw new Error(`import: "${specifier}" is not an nrmkit entry point`);
    if (name === undefined) return entry;
    if (!(name in entry)) throw new Error(`import: "${specifier}" does not export ${name}`);
    return entry[name];
  };
}

/**
 * An nrmkit import as `const` bindings from `__import` (see {@link importer}); a type-only import
 * checks its entry point only (the names are checked by scripts/exampleImports.ts). Imports of
 * other libraries are dropped: the replay passes what they bind itself.
 */
export function importBindings(statement: ts.ImportDeclaration): string {
  const specifier = (statement.moduleSpecifier as ts.StringLiteral).text;
  if (!specifier.startsWith("@nrmkit/")) return "";
  const from = JSON.stringify(specifier);
  const clause = statement.importClause;
  if (clause === undefined || clause.isTypeOnly) return `__import(${from});`;
  if (clause.name !== undefined) throw new Error(`import: nrmkit has no default exports (${specifier})`);
  const bindings = clause.namedBindings;
  if (bindings === undefined) return `__import(${from});`;
  if (ts.isNamespaceImport(bindings)) return `const ${bindings.name.text} = __import(${from});`;
  const values = bindings.elements.filter((element) => !element.isTypeOnly);
  if (values.length === 0) return `__import(${from});`;
  return values
    .map((element) => {
      const name = JSON.stringify((element.propertyName ?? element.name).text);
      return `const ${element.name.text} = __import(${from}, ${name});`;
    })
    .join(" ");
}
