// Run: pnpm consumers (after pnpm build; CI runs it). Packs the four packages as npm would publish
// them, installs the tarballs with npm into throwaway projects, type-checks each under `strict`
// and runs it:
// - esm: "type": "module", module/moduleResolution node16, run by node; also loads the CJS build
//   beside the ESM one and checks that each recognises the other's errors (dual-package hazard);
// - cjs: "type": "commonjs", node16, run by node;
// - bundler: moduleResolution bundler, bundled by esbuild, run by node;
// - browser: bundled by esbuild for the browser, run in headless Chromium (playwright-core).
// Every tarball must hold LICENSE and no src/. One npm install and one npm cache serve all
// consumers (they sit side by side under one node_modules).
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { chromium } from "playwright-core";

const root = join(import.meta.dirname, "..");
const templates = join(import.meta.dirname, "consumers");
const work = mkdtempSync(join(tmpdir(), "nrmkit-consumers-"));
const cache = join(tmpdir(), "nrmkit-npm-cache");
const tsc = join(root, "node_modules", ".bin", "tsc");
const keep = process.argv.includes("--keep");

function run(command: string, args: readonly string[], cwd: string): string {
  try {
    return execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(" ")} failed in ${cwd}:\n${stdout}\n${stderr}`);
  }
}

const step = (what: string) => console.log(`consumers: ${what}`);

try {
  // 1. Pack as published: pnpm applies publishConfig and replaces workspace: ranges.
  const tarballs = join(work, "tarballs");
  mkdirSync(tarballs);
  for (const dir of readdirSync(join(root, "packages")).sort()) {
    run("pnpm", ["pack", "--pack-destination", tarballs], join(root, "packages", dir));
  }
  const files = readdirSync(tarballs).filter((file) => file.endsWith(".tgz"));
  for (const file of files) {
    const listing = run("tar", ["-tzf", join(tarballs, file)], tarballs).split("\n");
    if (!listing.includes("package/LICENSE")) throw new Error(`${file}: LICENSE missing from the tarball`);
    if (listing.some((entry) => entry.startsWith("package/src/"))) throw new Error(`${file}: ships src/`);
  }
  step(`packed ${files.join(", ")}; each holds LICENSE`);

  // 2. One npm project holding every consumer; zod is the app's own (a peer dependency).
  cpSync(templates, join(work, "app"), { recursive: true });
  const app = join(work, "app");
  // Each consumer compiles the scenario in its own module format.
  for (const consumer of ["esm", "cjs", "bundler", "browser"]) {
    cpSync(join(app, "scenario.ts"), join(app, consumer, "scenario.ts"));
  }
  writeFileSync(join(app, "package.json"), `${JSON.stringify({ name: "consumer-app", private: true }, null, 2)}\n`);
  run(
    "npm",
    [
      "install",
      "--no-audit",
      "--no-fund",
      "--prefer-offline",
      "--cache",
      cache,
      ...files.map((file) => join(tarballs, file)),
      "zod@^4",
      "@types/node@^20",
    ],
    app,
  );
  step("installed the tarballs with npm");

  // 3. Type-check every consumer under strict, each with its own module settings.
  for (const consumer of ["esm", "cjs", "bundler", "browser"]) {
    run(tsc, ["-p", join(app, consumer, "tsconfig.json")], app);
  }
  step("type-checked esm (node16), cjs (node16), bundler and browser under strict");

  // 4. Run them.
  const out = (consumer: string) => run("node", [join(app, consumer, "out", "main.js")], app).trim();
  console.log(out("esm"));
  console.log(out("cjs"));
  await build({
    entryPoints: [join(app, "bundler", "main.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    outfile: join(app, "bundler", "out", "main.js"),
    logLevel: "silent",
  });
  console.log(out("bundler"));

  await build({
    entryPoints: [join(app, "browser", "main.ts")],
    bundle: true,
    platform: "browser",
    format: "iife",
    outfile: join(app, "browser", "out", "main.js"),
    logLevel: "silent",
  });
  writeFileSync(
    join(app, "browser", "out", "index.html"),
    '<!doctype html><meta charset="utf-8"><script src="main.js"></script>\n',
  );
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--allow-file-access-from-files"],
  });
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`file://${join(app, "browser", "out", "index.html")}`);
    const result = await page.waitForFunction(() => (globalThis as { consumerResult?: string }).consumerResult, null, {
      timeout: 30_000,
    });
    const text = String(await result.jsonValue());
    if (errors.length > 0 || !text.startsWith("browser ok"))
      throw new Error(`browser consumer: ${text} ${errors.join("; ")}`);
    console.log(text);
  } finally {
    await browser.close();
  }
  step("all four consumers ran");
} finally {
  if (keep) console.log(`consumers: kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
