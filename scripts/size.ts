// Run: pnpm size (after pnpm build; CI runs it). Prints what one import costs a browser app, and
// fails when a budget is exceeded.
// Each case is bundled from the built packages (dist, ESM, as a user's bundler sees them) with
// esbuild: bundle, minify, tree-shake, platform browser, ES2022. Each case has two budgets: minified
// + gzip bytes (what size-limit and bundlephobia report) and minified bytes (what the browser
// parses; gzip hides a message table that compresses well, minified bytes do not). zod's share is
// measured in the same run: the case is bundled twice, with zod and with zod external, and zod's
// share is the difference; the budget applies to the bundle without zod.
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build, type Metafile } from "esbuild";

interface SizeCase {
  /** What a user writes. */
  readonly code: string;
  /** Budget in minified + gzip bytes, zod excluded. */
  readonly budget: number;
  /** Budget in minified bytes, zod excluded: what a parser has to read, which gzip hides. */
  readonly minified: number;
}

const KB = 1024;
const cases: readonly SizeCase[] = [
  { code: 'export { isIsoDate } from "@nrmkit/core";', budget: 1 * KB, minified: 1 * KB },
  { code: 'export { escapeHtml } from "@nrmkit/report";', budget: 1 * KB, minified: 1.5 * KB },
  // zod's share is excluded: a user of the schemas pays for zod anyway (it is a peer dependency).
  // 13 KB since case records are checked against the ISO 3166-1 registry (the country list, 1.2 KB)
  // and hold per-value "not recorded" (its schema and messages). Messages come from one catalogue
  // per language (core's resolveLocale, fillTranslation and plural rules); this import carries the
  // English schema phrases only: the import and integrity phrases load with the functions that write
  // them, every translation (Russian too, 11 KB minified) from @nrmkit/validation/locales (issue 22).
  { code: 'export { safeParseCaseRecord } from "@nrmkit/validation";', budget: 12 * KB, minified: 29 * KB },
  // The CTDC import: its own entry point, with the row mapper, the CSV splitter and the XLSX reader.
  { code: 'export { importCtdc } from "@nrmkit/validation/ctdc";', budget: 17 * KB, minified: 44 * KB },
  // A statistics table, with the English labels found by tag; every other language (Russian with
  // date-fns's Russian locale is about 60 KB minified) comes from @nrmkit/stats/locales (issue 22).
  { code: 'export { crossTab } from "@nrmkit/stats";', budget: 23 * KB, minified: 70 * KB },
  // The differentially private release, from its own entry point: samplers, consistency, ledger,
  // with the counting engine it shares with crossTab (users of suppression never load it).
  { code: 'export { releaseTables } from "@nrmkit/stats/dp";', budget: 28 * KB, minified: 84 * KB },
  // One shipped language's statistics labels with its date-fns locale, from its own entry point.
  // 6.5 KB since it holds the footnotes of differentially private releases (issue 23).
  { code: 'export { ro } from "@nrmkit/stats/locales";', budget: 6.5 * KB, minified: 21 * KB },
  // One language of validation messages: its catalogue only (every phrase, the CTDC and HTCDS ones too).
  { code: 'export { ro } from "@nrmkit/validation/locales";', budget: 4 * KB, minified: 11 * KB },
  // One language of reports: its report messages and statistics labels, with its date-fns locale.
  { code: 'export { ro } from "@nrmkit/report/locales";', budget: 12 * KB, minified: 32 * KB },
  // The Popolo export, from its own entry point: the record mappers and pickText only.
  { code: 'export { toPopolo } from "@nrmkit/core/popolo";', budget: 2 * KB, minified: 6 * KB },
  // The Popolo import: its document schema and converter, with validateDataset (every entity schema
  // and integrity rule) and the import phrases, zod excluded.
  { code: 'export { importPopolo } from "@nrmkit/validation/popolo";', budget: 25 * KB, minified: 72 * KB },
];

/** Minified bytes that files of a package contributed to the output. */
function bytesFrom(metafile: Metafile, pattern: RegExp): number {
  let total = 0;
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      if (pattern.test(input)) total += bytesInOutput;
    }
  }
  return total;
}

const ZOD = /(^|\/)node_modules\/(\.pnpm\/zod@[^/]+\/node_modules\/)?zod\//;
const format = (bytes: number) => `${(bytes / KB).toFixed(2)} KB`;
let failed = 0;

async function bundle(code: string, external: readonly string[]) {
  const result = await build({
    stdin: { contents: code, resolveDir: fileURLToPath(new URL("../examples", import.meta.url)), loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    external: [...external],
    metafile: true,
    write: false,
    logLevel: "silent",
  });
  const output = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { minified: output.byteLength, gzip: gzipSync(output, { level: 9 }).byteLength, metafile: result.metafile };
}

for (const { code, budget, minified } of cases) {
  const full = await bundle(code, []);
  const own = await bundle(code, ["zod"]);
  const zodGzip = full.gzip - own.gzip;
  const ok = own.gzip <= budget && own.minified <= minified;
  if (!ok) failed += 1;
  const zodNote =
    bytesFrom(full.metafile, ZOD) > 0 ? `; with zod ${format(full.gzip)} (zod's share ${format(zodGzip)})` : "";
  console.log(
    `${ok ? "ok  " : "FAIL"} ${code.replace(/^export /, "import ")}  ${format(own.gzip)} gzip, ${format(own.minified)} minified` +
      `${zodNote}; budget ${format(budget)} gzip, ${format(minified)} minified${zodNote === "" ? "" : " + zod's share"}`,
  );
  if (!ok) {
    const inputs = Object.values(own.metafile.outputs).flatMap((out) => Object.entries(out.inputs));
    inputs.sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput);
    for (const [input, { bytesInOutput }] of inputs.slice(0, 10)) {
      console.log(`       ${format(bytesInOutput)} minified  ${input}`);
    }
  }
}

if (failed > 0) {
  console.error(`size: ${failed} budget${failed === 1 ? "" : "s"} exceeded`);
  process.exit(1);
}
