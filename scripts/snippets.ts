// Run: pnpm run check:snippets   (pnpm lint runs it)
// Type-checks every ```ts block of the READMEs and guides, and of every TSDoc `@example` in the
// sources of core, validation, stats and report, as a user would paste it into a strict TypeScript
// project: each block becomes a module under examples/.snippets/ (where the workspace packages
// resolve), names a block uses without importing are imported from the public entry point that
// exports them (guides build on their earlier blocks; an example stands alone), the few helpers a
// guide's text introduces are declared, and `tsc` must report nothing, under the strictness of the
// workspace's own tsconfig (so `fixture.decisions[9]` is `Decision | undefined`, as users who turn on
// `noUncheckedIndexedAccess` see it).
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const outDir = join(root, "examples", ".snippets");

// Names a guide's prose introduces (test fixtures, the user's own data), typed as a user's would be.
const HELPERS: Readonly<Record<string, string>> = {
  protectedTable: 'import("@nrmkit/stats").StatTable',
  protectedTrend: 'import("@nrmkit/stats").TrendTable',
  csvText: "string",
  text: "string",
  quarters: '(locale: import("@nrmkit/stats").StatsLocale) => string[]',
  dateIssue: '(locale: import("@nrmkit/validation").ValidationLocale) => string',
  guestSentence: '(locale: import("@nrmkit/report").NrmLocale) => string',
  validationLocales: 'typeof import("@nrmkit/validation/locales")',
  dateFnsPl: 'typeof import("date-fns/locale/pl").pl',
  // The reader's own data and functions, which the guides name but do not define.
  ctdcCsvText: "string",
  popoloJsonText: "string",
  summary: "string",
  input: "unknown",
  records: 'readonly import("@nrmkit/core").CaseRecord[]',
  dataset0: 'import("@nrmkit/core").NrmDataset',
  publish: "(text: string) => void",
  store: '(records: readonly import("@nrmkit/core").CaseRecord[]) => Promise<void>',
  log: "(...values: unknown[]) => void",
  out: "{ write(text: string): unknown }",
};

interface Snippet {
  readonly file: string;
  readonly line: number;
  readonly code: string;
  /** A guide's block, which may go on from the earlier blocks of its file; an `@example` stands alone. */
  readonly continues: boolean;
}

function markdownFiles(): string[] {
  const guides = readdirSync(join(root, "docs", "guides"))
    .filter((name) => name.endsWith(".md"))
    .map((name) => join(root, "docs", "guides", name));
  const packages = readdirSync(join(root, "packages")).map((name) => join(root, "packages", name, "README.md"));
  return [join(root, "README.md"), ...packages, ...guides];
}

function snippets(file: string): Snippet[] {
  const text = readFileSync(file, "utf8");
  const found: Snippet[] = [];
  for (const match of text.matchAll(/^```(?:ts|typescript)\n([\s\S]*?)^```$/gm)) {
    const line = text.slice(0, match.index).split("\n").length + 1;
    found.push({ file, line, code: match[1] ?? "", continues: true });
  }
  return found;
}

/** The non-test sources of the packages whose TSDoc examples users read, internal folders included. */
function sourceFiles(): string[] {
  const packages = ["core", "validation", "stats", "report"].map((name) => join(root, "packages", name, "src"));
  const walk = (folder: string): string[] =>
    readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return walk(path);
      return entry.name.endsWith(".ts") && !entry.name.includes(".test") ? [path] : [];
    });
  return packages.flatMap(walk);
}

/** The ```ts blocks inside the `@example` tags of a source file's TSDoc comments, without their ` * `. */
function examples(file: string): Snippet[] {
  const lines = readFileSync(file, "utf8").split("\n");
  const found: Snippet[] = [];
  let inComment = false;
  let inExample = false;
  let block: { line: number; code: string[] } | undefined;
  for (const [index, raw] of lines.entries()) {
    if (!inComment) {
      inComment = /^\s*\/\*\*/.test(raw) && !raw.includes("*/");
      inExample = false;
      continue;
    }
    if (/^\s*\*\//.test(raw)) {
      inComment = false;
      continue;
    }
    const line = raw.replace(/^\s*\* ?/, "");
    if (block !== undefined) {
      if (line.trimEnd() === "```") {
        found.push({ file, line: block.line, code: `${block.code.join("\n")}\n`, continues: false });
        block = undefined;
      } else block.code.push(line);
    } else if (/^@example\b/.test(line)) inExample = true;
    else if (/^@\w/.test(line)) inExample = false;
    else if (inExample && /^```(?:ts|typescript)\s*$/.test(line)) block = { line: index + 2, code: [] };
  }
  return found;
}

/** Every public entry point: specifier → its source file, from each package's `exports`. */
function entryPoints(): Map<string, string> {
  const entries = new Map<string, string>();
  for (const name of readdirSync(join(root, "packages"))) {
    const manifest = JSON.parse(readFileSync(join(root, "packages", name, "package.json"), "utf8")) as {
      name: string;
      exports: Record<string, { "@nrmkit/source"?: string }>;
    };
    for (const [subpath, conditions] of Object.entries(manifest.exports)) {
      const source = conditions["@nrmkit/source"];
      if (source === undefined) continue;
      entries.set(
        subpath === "." ? manifest.name : `${manifest.name}/${subpath.slice(2)}`,
        join(root, "packages", name, source),
      );
    }
  }
  return entries;
}

const OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  customConditions: ["@nrmkit/source"],
  strict: true,
  // As in tsconfig.base.json: an example must hold in the strictest project a user may paste it into.
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  noEmit: true,
  skipLibCheck: true,
  types: ["node"],
  esModuleInterop: true,
};

/** Which entry point exports each name (the first in package order wins), and whether it is a type only. */
function exportedNames(entries: Map<string, string>): Map<string, { from: string; typeOnly: boolean }> {
  const program = ts.createProgram([...entries.values()], OPTIONS);
  const checker = program.getTypeChecker();
  const names = new Map<string, { from: string; typeOnly: boolean }>();
  // Report first: its locale objects (`ru`, `be`) are the ones guides pass around most.
  const order = [...entries.keys()].sort((a, b) => rank(a) - rank(b));
  for (const specifier of order) {
    const source = program.getSourceFile(entries.get(specifier) ?? "");
    const symbol = source === undefined ? undefined : checker.getSymbolAtLocation(source);
    if (symbol === undefined) continue;
    for (const exported of checker.getExportsOfModule(symbol)) {
      if (names.has(exported.name)) continue;
      const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      names.set(exported.name, { from: specifier, typeOnly: (target.flags & ts.SymbolFlags.Value) === 0 });
    }
  }
  return names;
}

function rank(specifier: string): number {
  return ["@nrmkit/report", "@nrmkit/stats", "@nrmkit/validation", "@nrmkit/core"].findIndex((name) =>
    specifier.startsWith(name),
  );
}

function missingNames(program: ts.Program, files: readonly string[]): Map<string, Set<string>> {
  const missing = new Map<string, Set<string>>();
  for (const file of files) {
    for (const diagnostic of program.getSemanticDiagnostics(program.getSourceFile(file))) {
      // Cannot find name 'x' (2304, 2552), or a shorthand property with no such name in scope (18004).
      if (diagnostic.code !== 2304 && diagnostic.code !== 2552 && diagnostic.code !== 18004) continue;
      const name = /'([^']+)'/.exec(ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"))?.[1];
      if (name !== undefined) missing.set(file, (missing.get(file) ?? new Set()).add(name));
    }
  }
  return missing;
}

/** The names a block declares at its top level (constants, functions, classes), which later blocks of the guide may use. */
function declaredNames(code: string): string[] {
  const source = ts.createSourceFile("block.ts", code, ts.ScriptTarget.ES2022, true);
  const names: string[] = [];
  const bind = (name: ts.BindingName): void => {
    if (ts.isIdentifier(name)) names.push(name.text);
    else for (const element of name.elements) if (!ts.isOmittedExpression(element)) bind(element.name);
  };
  for (const statement of source.statements) {
    if (ts.isVariableStatement(statement))
      for (const declaration of statement.declarationList.declarations) bind(declaration.name);
    else if (
      (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) &&
      statement.name !== undefined
    ) {
      names.push(statement.name.text);
    }
  }
  return names;
}

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const all = [...markdownFiles().flatMap(snippets), ...sourceFiles().flatMap(examples)];
const declared = all.map((snippet) => declaredNames(snippet.code));
const files = all.map((snippet, index) => {
  const name = `${relative(root, snippet.file).replace(/[^A-Za-z0-9]+/g, "-")}-${snippet.line}-${index}.ts`;
  const path = join(outDir, name);
  // Exported, so that a later block of the same guide, which goes on from this one, can import them.
  writeFileSync(path, `${snippet.code}\nexport { ${(declared[index] ?? []).join(", ")} };\n`);
  return path;
});

/** The latest earlier block of the same Markdown file that declares `name`. */
function earlierBlock(index: number, name: string): string | undefined {
  if (all[index]?.continues !== true) return undefined;
  for (let at = index - 1; at >= 0; at -= 1) {
    if (all[at]?.file !== all[index]?.file) break;
    if (declared[at]?.includes(name)) return `./${(files[at] ?? "").split("/").at(-1)?.replace(/\.ts$/, ".js")}`;
  }
  return undefined;
}

// Pass 1: find the names each block uses without importing; pass 2: import or declare them, check.
const exported = exportedNames(entryPoints());
const firstPass = missingNames(ts.createProgram(files, OPTIONS), files);
for (const [file, names] of firstPass) {
  const index = files.indexOf(file);
  const prelude = [...names].map((name) => {
    const before = earlierBlock(index, name);
    if (before !== undefined) return `import { ${name} } from "${before}";`;
    const found = exported.get(name);
    if (found !== undefined) return `import ${found.typeOnly ? "type " : ""}{ ${name} } from "${found.from}";`;
    const helper = HELPERS[name];
    return helper === undefined ? "" : `declare const ${name}: ${helper};`;
  });
  // One line of prelude keeps the block's own line numbers one off, which the report corrects.
  writeFileSync(file, `${prelude.join(" ")}\n${readFileSync(file, "utf8")}`);
}
const program = ts.createProgram(files, OPTIONS);
let errors = 0;
for (const [index, file] of files.entries()) {
  const snippet = all[index] as Snippet;
  const shift = firstPass.has(file) ? 1 : 0;
  for (const diagnostic of ts.getPreEmitDiagnostics(program, program.getSourceFile(file))) {
    const start = diagnostic.file?.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line ?? 0;
    const line = snippet.line + start - shift;
    console.error(
      `${relative(root, snippet.file)}:${line}: TS${diagnostic.code} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, " ")}`,
    );
    errors += 1;
  }
}
const withSnippets = new Set(all.map((snippet) => snippet.file)).size;
console.log(`${all.length} snippets of ${withSnippets} files type-checked: ${errors} error(s)`);
// The blocks are not the workspace's own code: leave nothing for tsc -b or biome to find.
rmSync(outDir, { recursive: true, force: true });
if (errors > 0) process.exitCode = 1;
