// Run: pnpm run check:example-imports (CI; part of `pnpm lint`), or
// `pnpm exec tsx scripts/exampleImports.ts --write` to add the missing imports.
// Every TSDoc `@example` in packages/*/src opens with the import lines a reader needs, so the API
// site tells which entry point (`@nrmkit/report/docx`, `@nrmkit/core/popolo`, …) a name comes from:
// - the documented export itself, from an entry point of its own package that exports it (the
//   `exports` map of the package.json says which index file each subpath is);
// - every other name exported by an nrmkit entry point that the example uses;
// - each imported name must be exported by the entry point named, and a name that is only a type
//   is imported with `import type` (or an inline `type`), as `verbatimModuleSyntax` requires.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

const root = join(import.meta.dirname, "..");
const write = process.argv.includes("--write");
const problems: string[] = [];

// --- the public entry points and what each exports -------------------------------------------

interface EntryPoint {
  /** What a user writes: `@nrmkit/report/docx`. */
  readonly specifier: string;
  /** The package directory name: `report`. */
  readonly pkg: string;
  /** Absolute path of the index file behind the `@nrmkit/source` condition. */
  readonly file: string;
}

const packageDirs = readdirSync(join(root, "packages"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

const entryPoints: EntryPoint[] = [];
for (const pkg of packageDirs) {
  const manifest = JSON.parse(readFileSync(join(root, "packages", pkg, "package.json"), "utf8")) as {
    name: string;
    exports: Record<string, unknown>;
  };
  for (const [subpath, target] of Object.entries(manifest.exports)) {
    const source =
      typeof target === "object" && target !== null ? (target as Record<string, unknown>)["@nrmkit/source"] : undefined;
    if (typeof source !== "string") continue;
    const specifier = subpath === "." ? manifest.name : `${manifest.name}/${subpath.replace(/^\.\//, "")}`;
    entryPoints.push({ specifier, pkg, file: join(root, "packages", pkg, source) });
  }
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") && !/\.test(-d)?\.ts$/.test(entry.name) ? [path] : [];
  });
}

const files = packageDirs.flatMap((pkg) => sourceFiles(join(root, "packages", pkg, "src")));
const tsconfig = ts.getParsedCommandLineOfConfigFile(
  join(root, "tsconfig.json"),
  {},
  {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
    },
  },
);
if (tsconfig === undefined) throw new Error("tsconfig.json: cannot be read");
const program = ts.createProgram(files, { ...tsconfig.options, noEmit: true });
const checker = program.getTypeChecker();

/** Follows re-exports to the symbol of the declaration itself. */
function original(symbol: ts.Symbol): ts.Symbol {
  return symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
}

interface Export {
  readonly entry: EntryPoint;
  /** The name the entry point exports it under. */
  readonly name: string;
  /** False for interfaces and type aliases: they need a type-only import. */
  readonly isValue: boolean;
}

/** Where each declaration can be imported from, keyed by its original symbol. */
const bySymbol = new Map<ts.Symbol, Export[]>();
/** Every exported name, with the entry points that export it. */
const byName = new Map<string, Export[]>();
/** Exported names of each entry point. */
const bySpecifier = new Map<string, Map<string, Export>>();

for (const entry of entryPoints) {
  const sourceFile = program.getSourceFile(entry.file);
  const module = sourceFile && checker.getSymbolAtLocation(sourceFile);
  if (module === undefined) throw new Error(`${relative(root, entry.file)}: not in the program`);
  const names = new Map<string, Export>();
  bySpecifier.set(entry.specifier, names);
  for (const exported of checker.getExportsOfModule(module)) {
    const target = original(exported);
    const found: Export = { entry, name: exported.name, isValue: (target.flags & ts.SymbolFlags.Value) !== 0 };
    names.set(exported.name, found);
    bySymbol.set(target, [...(bySymbol.get(target) ?? []), found]);
    byName.set(exported.name, [...(byName.get(exported.name) ?? []), found]);
  }
}

// --- the examples -------------------------------------------------------------------------------

interface Example {
  readonly file: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
  /** Offsets of the code between the fences in the file text. */
  readonly start: number;
  readonly end: number;
  /** The code, without the comment's ` * ` prefixes. */
  readonly code: string;
  /** The indentation and `*` that open every line of the block. */
  readonly prefix: string;
  /** The exported declaration it documents, when there is one. */
  readonly documented: { readonly name: string; readonly exports: readonly Export[] } | undefined;
}

/** The name of an exported declaration, or undefined for anything else. */
function exportedName(node: ts.Node): string | undefined {
  const exported =
    ts.canHaveModifiers(node) && ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  if (!exported) return undefined;
  if (ts.isVariableStatement(node)) {
    const declaration = node.declarationList.declarations[0];
    return declaration && ts.isIdentifier(declaration.name) ? declaration.name.text : undefined;
  }
  if (
    (ts.isFunctionDeclaration(node) ||
      ts.isClassDeclaration(node) ||
      ts.isInterfaceDeclaration(node) ||
      ts.isTypeAliasDeclaration(node) ||
      ts.isEnumDeclaration(node)) &&
    node.name !== undefined
  ) {
    return node.name.text;
  }
  return undefined;
}

function symbolOf(node: ts.Node): ts.Symbol | undefined {
  const name = ts.isVariableStatement(node)
    ? node.declarationList.declarations[0]?.name
    : (node as ts.DeclarationStatement).name;
  return name && checker.getSymbolAtLocation(name);
}

function examplesOf(file: string): Example[] {
  const sourceFile = program.getSourceFile(file);
  if (sourceFile === undefined) throw new Error(`${relative(root, file)}: not in the program`);
  const text = sourceFile.text;
  const found: Example[] = [];
  const visit = (node: ts.Node): void => {
    const docs = (node as { jsDoc?: ts.JSDoc[] }).jsDoc ?? [];
    for (const doc of docs) {
      const name = exportedName(node);
      const symbol = name === undefined ? undefined : symbolOf(node);
      const documented =
        name === undefined ? undefined : { name, exports: (symbol && bySymbol.get(original(symbol))) ?? [] };
      const comment = text.slice(doc.pos, doc.end);
      for (const match of comment.matchAll(/@example[^\n]*\n(?:[ \t]*\*[^\n`]*\n)*?([ \t]*\*)[ \t]*```ts[^\n]*\n/g)) {
        const start = doc.pos + (match.index ?? 0) + match[0].length;
        const prefix = match[1] ?? " *";
        const close = /^[ \t]*\*[ \t]*```[ \t]*$/m.exec(text.slice(start));
        if (close === null) {
          problems.push(
            `${relative(root, file)}:${sourceFile.getLineAndCharacterOfPosition(start).line}: unclosed example`,
          );
          continue;
        }
        const end = start + close.index;
        const code = text
          .slice(start, end)
          .split("\n")
          .map((line) => line.replace(/^[ \t]*\* ?/, ""))
          .join("\n");
        const line = sourceFile.getLineAndCharacterOfPosition(start).line;
        found.push({ file, line, start, end, code, prefix, documented });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

// --- what an example imports and uses ---------------------------------------------------------

interface Imported {
  readonly specifier: string;
  /** The exported name. */
  readonly name: string;
  /** The local name. */
  readonly local: string;
  readonly typeOnly: boolean;
}

interface Analysis {
  readonly imports: readonly Imported[];
  /** Imports that are not at the top of the example, before any other statement. */
  readonly lateImports: number;
  /** Where the code after the leading imports starts (offset into the code). */
  readonly bodyStart: number;
  /** Names the example uses and does not declare or import. */
  readonly free: ReadonlySet<string>;
}

function bindingNames(name: ts.BindingName, into: Set<string>): void {
  if (ts.isIdentifier(name)) into.add(name.text);
  else for (const element of name.elements) if (!ts.isOmittedExpression(element)) bindingNames(element.name, into);
}

/** True when an identifier names something rather than being a property or member name. */
function isReference(node: ts.Identifier): boolean {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent)) return parent.expression === node;
  if (ts.isQualifiedName(parent)) return parent.left === node;
  if (
    (ts.isPropertyAssignment(parent) ||
      ts.isPropertySignature(parent) ||
      ts.isPropertyDeclaration(parent) ||
      ts.isMethodDeclaration(parent) ||
      ts.isMethodSignature(parent) ||
      ts.isGetAccessor(parent) ||
      ts.isSetAccessor(parent) ||
      ts.isEnumMember(parent)) &&
    parent.name === node
  ) {
    return false;
  }
  if (ts.isBindingElement(parent) && parent.propertyName === node) return false;
  if (ts.isLabeledStatement(parent) || ts.isBreakOrContinueStatement(parent)) return false;
  if (ts.isImportSpecifier(parent) || ts.isImportClause(parent) || ts.isNamespaceImport(parent)) return false;
  if (ts.isExportSpecifier(parent)) return false;
  return true;
}

function analyse(code: string): Analysis {
  const source = ts.createSourceFile("example.ts", code, ts.ScriptTarget.ES2022, true);
  const imports: Imported[] = [];
  const declared = new Set<string>();
  const used = new Set<string>();
  let bodyStart = 0;
  let lateImports = 0;
  let leading = true;
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement)) {
      leading = false;
      continue;
    }
    if (!leading) lateImports += 1;
    else bodyStart = statement.end;
    const specifier = (statement.moduleSpecifier as ts.StringLiteral).text;
    const clause = statement.importClause;
    if (clause === undefined) continue;
    if (clause.name) imports.push({ specifier, name: "default", local: clause.name.text, typeOnly: clause.isTypeOnly });
    const bindings = clause.namedBindings;
    if (bindings && ts.isNamespaceImport(bindings)) {
      imports.push({ specifier, name: "*", local: bindings.name.text, typeOnly: clause.isTypeOnly });
    } else if (bindings) {
      for (const element of bindings.elements) {
        imports.push({
          specifier,
          name: (element.propertyName ?? element.name).text,
          local: element.name.text,
          typeOnly: clause.isTypeOnly || element.isTypeOnly,
        });
      }
    }
  }
  const visit = (node: ts.Node): void => {
    if (
      (ts.isVariableDeclaration(node) || ts.isParameter(node) || ts.isBindingElement(node)) &&
      node.name !== undefined
    ) {
      bindingNames(node.name, declared);
    } else if (
      (ts.isFunctionDeclaration(node) ||
        ts.isFunctionExpression(node) ||
        ts.isClassDeclaration(node) ||
        ts.isInterfaceDeclaration(node) ||
        ts.isTypeAliasDeclaration(node) ||
        ts.isEnumDeclaration(node) ||
        ts.isTypeParameterDeclaration(node)) &&
      node.name !== undefined
    ) {
      declared.add(node.name.text);
    }
    if (ts.isIdentifier(node) && isReference(node)) used.add(node.text);
    ts.forEachChild(node, visit);
  };
  for (const statement of source.statements) if (!ts.isImportDeclaration(statement)) visit(statement);
  const locals = new Set(imports.map((entry) => entry.local));
  const free = new Set([...used].filter((name) => !declared.has(name) && !locals.has(name)));
  return { imports, lateImports, bodyStart, free };
}

// --- checking, and writing the import lines -----------------------------------------------------

/** Biome's order for named imports: by letter, an upper-case letter before its lower-case twin. */
function compareNames(a: string, b: string): number {
  for (let index = 0; index < Math.min(a.length, b.length); index += 1) {
    const x = a[index] as string;
    const y = b[index] as string;
    if (x === y) continue;
    const lower = x.toLowerCase().localeCompare(y.toLowerCase());
    if (lower !== 0) return lower;
    return x === x.toUpperCase() ? -1 : 1;
  }
  return a.length - b.length;
}

/** The entry point an example should import a name from: its own package's first. */
function chooseExport(candidates: readonly Export[], pkg: string): Export | undefined {
  const own = candidates.filter((candidate) => candidate.entry.pkg === pkg);
  const pool = own.length > 0 ? own : candidates;
  const pkgs = new Set(pool.map((candidate) => candidate.entry.pkg));
  // A name exported by several packages (the `en`, `ru` locales) is ambiguous outside them.
  return pkgs.size === 1 ? pool[0] : undefined;
}

function importLines(imports: readonly Imported[]): string[] {
  const bySource = new Map<string, Imported[]>();
  for (const entry of imports) bySource.set(entry.specifier, [...(bySource.get(entry.specifier) ?? []), entry]);
  return [...bySource.keys()].sort().flatMap((specifier) => {
    const all = [...new Map((bySource.get(specifier) ?? []).map((entry) => [entry.local, entry])).values()];
    // `import * as z` and default imports keep a line of their own.
    const lines = all
      .filter((entry) => entry.name === "*" || entry.name === "default")
      .map((entry) => {
        const binding = entry.name === "*" ? `* as ${entry.local}` : entry.local;
        return `import ${entry.typeOnly ? "type " : ""}${binding} from "${specifier}";`;
      });
    const entries = all.filter((entry) => entry.name !== "*" && entry.name !== "default");
    if (entries.length === 0) return lines;
    const allTypes = entries.every((entry) => entry.typeOnly);
    const named = entries
      .sort((a, b) => compareNames(a.local, b.local))
      .map((entry) => {
        const binding = entry.name === entry.local ? entry.name : `${entry.name} as ${entry.local}`;
        return !allTypes && entry.typeOnly ? `type ${binding}` : binding;
      });
    return [...lines, `import ${allTypes ? "type " : ""}{ ${named.join(", ")} } from "${specifier}";`];
  });
}

const nrmkitSpecifier = /^@nrmkit\//;
const edits = new Map<string, { start: number; end: number; text: string }[]>();
let count = 0;

for (const file of files) {
  const pkg = relative(join(root, "packages"), file).split(/[\\/]/)[0] as string;
  for (const example of examplesOf(file)) {
    count += 1;
    const where = `${relative(root, file)}:${example.line}`;
    const { imports, lateImports, bodyStart, free } = analyse(example.code);
    if (lateImports > 0) problems.push(`${where}: imports come first, before the example's code`);
    const missing: Imported[] = [];
    const need = (found: Export | undefined, name: string, why: string): void => {
      if (found === undefined) {
        problems.push(`${where}: ${name} ${why}, and the entry point to import it from is ambiguous`);
        return;
      }
      missing.push({ specifier: found.entry.specifier, name: found.name, local: found.name, typeOnly: !found.isValue });
      problems.push(
        `${where}: missing \`import ${found.isValue ? "" : "type "}{ ${found.name} } from "${found.entry.specifier}"\``,
      );
    };
    // Each import names an existing export, and a type-only export with `type`.
    for (const entry of imports) {
      if (!nrmkitSpecifier.test(entry.specifier)) continue;
      const names = bySpecifier.get(entry.specifier);
      const found = names?.get(entry.name);
      if (names === undefined) problems.push(`${where}: "${entry.specifier}" is not an nrmkit entry point`);
      else if (found === undefined) problems.push(`${where}: "${entry.specifier}" does not export ${entry.name}`);
      else if (!found.isValue && !entry.typeOnly) problems.push(`${where}: ${entry.name} is a type: \`import type\``);
    }
    // The documented export, from its own package.
    if (example.documented !== undefined) {
      const { name, exports } = example.documented;
      const own = exports.filter((candidate) => candidate.entry.pkg === pkg);
      if (own.length === 0) {
        problems.push(`${where}: ${name} has an example but no entry point of @nrmkit/${pkg} exports it`);
      } else if (
        !imports.some((entry) =>
          own.some((candidate) => candidate.entry.specifier === entry.specifier && candidate.name === entry.name),
        )
      ) {
        const local = imports.find((entry) => entry.local === name);
        if (local === undefined) need(chooseExport(own, pkg), name, "is documented");
        else
          problems.push(
            `${where}: import ${name} from ${own.map((candidate) => `"${candidate.entry.specifier}"`).join(" or ")}`,
          );
      }
    }
    // Every other nrmkit name the example uses.
    const documentedName = example.documented?.name;
    for (const name of free) {
      if (name === documentedName && missing.some((entry) => entry.local === name)) continue;
      const candidates = byName.get(name);
      if (candidates === undefined) continue;
      need(chooseExport(candidates, pkg), name, "is used");
    }
    if (missing.length > 0 && write) {
      const lines = importLines([...imports, ...missing]);
      const body = example.code.slice(bodyStart).replace(/^\n+/, "");
      const code = `${lines.join("\n")}\n\n${body}`;
      const text = code
        .split("\n")
        .map((line, index, all) =>
          index === all.length - 1 && line === "" ? "" : `${example.prefix}${line === "" ? "" : ` ${line}`}`,
        )
        .join("\n");
      edits.set(file, [...(edits.get(file) ?? []), { start: example.start, end: example.end, text }]);
    }
  }
}

if (write) {
  for (const [file, changes] of edits) {
    let text = readFileSync(file, "utf8");
    for (const change of [...changes].sort((a, b) => b.start - a.start)) {
      text = text.slice(0, change.start) + change.text + text.slice(change.end);
    }
    writeFileSync(file, text);
  }
  console.log(`example imports: ${edits.size} files written; run again to check`);
} else if (problems.length > 0) {
  console.error(problems.join("\n"));
  console.error(`\nexample imports: ${problems.length} problems in ${count} examples (--write adds missing imports)`);
  process.exit(1);
} else {
  console.log(`example imports: ${count} examples import what they use`);
}
