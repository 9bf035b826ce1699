// Run: pnpm run check:manifests (CI; part of `pnpm lint`), or `pnpm exec tsx scripts/manifests.ts --write` to fix.
// Keeps what every published package says about the project in agreement with ONE source of truth,
// the root package.json (`repository`, `homepage`, `bugs`, `license`):
// - each package's `repository` (with its `directory`), `homepage`, `bugs`, `license`;
// - `files` ships dist, CHANGELOG.md and LICENSE, never src or tests;
// - `publishConfig.exports` is `exports` without the workspace-only `@nrmkit/source` condition;
// - packages/*/LICENSE is a copy of the root LICENSE (npm puts it in each tarball);
// - typedoc's "Defined in" links point at the same repository;
// - package READMEs use absolute links (npm shows them outside the repository) and tell npm users
//   nothing about workspace scripts.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const write = process.argv.includes("--write");
const problems: string[] = [];

type Json = Record<string, unknown>;
const readJson = (path: string): Json => JSON.parse(readFileSync(join(root, path), "utf8")) as Json;

const rootManifest = readJson("package.json");
const repository = rootManifest.repository as { type: string; url: string };
const repoUrl = /^git\+(https:\/\/github\.com\/[^/]+\/[^/.]+)\.git$/.exec(repository.url)?.[1];
if (repoUrl === undefined) throw new Error(`root package.json repository.url: expected git+https://github.com/o/r.git`);
if (rootManifest.homepage !== `${repoUrl}#readme`) problems.push(`package.json homepage: expected ${repoUrl}#readme`);
if ((rootManifest.bugs as { url?: string } | undefined)?.url !== `${repoUrl}/issues`) {
  problems.push(`package.json bugs.url: expected ${repoUrl}/issues`);
}
const license = readFileSync(join(root, "LICENSE"), "utf8");

/** Drops the workspace-only source condition, recursively, from an exports map. */
function publishedExports(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== "@nrmkit/source")
      .map(([key, inner]) => [key, publishedExports(inner)]),
  );
}

const FILES = ["dist", "CHANGELOG.md", "LICENSE"];

for (const dir of readdirSync(join(root, "packages")).sort()) {
  const path = `packages/${dir}/package.json`;
  const manifest = readJson(path);
  const expected: Json = {
    license: rootManifest.license,
    repository: { type: repository.type, url: repository.url, directory: `packages/${dir}` },
    homepage: `${repoUrl}/tree/main/packages/${dir}#readme`,
    bugs: { url: `${repoUrl}/issues` },
    files: FILES,
    publishConfig: { ...(manifest.publishConfig as Json | undefined), exports: publishedExports(manifest.exports) },
  };
  let changed = false;
  for (const [key, value] of Object.entries(expected)) {
    if (JSON.stringify(manifest[key]) !== JSON.stringify(value)) {
      problems.push(`${path} ${key}: expected ${JSON.stringify(value)}`);
      manifest[key] = value;
      changed = true;
    }
  }
  if (write && changed) writeFileSync(join(root, path), `${JSON.stringify(manifest, null, 2)}\n`);

  const licensePath = `packages/${dir}/LICENSE`;
  let packageLicense: string | undefined;
  try {
    packageLicense = readFileSync(join(root, licensePath), "utf8");
  } catch {
    packageLicense = undefined;
  }
  if (packageLicense !== license) {
    problems.push(`${licensePath}: expected a copy of the root LICENSE`);
    if (write) writeFileSync(join(root, licensePath), license);
  }

  const readmePath = `packages/${dir}/README.md`;
  const readme = readFileSync(join(root, readmePath), "utf8");
  for (const [, target] of readme.matchAll(/\]\(([^)\s]+)/g)) {
    if (!/^(https:\/\/|mailto:|#)/.test(target ?? "")) {
      problems.push(`${readmePath}: link ${target}: expected an absolute https:// URL (npm shows the README alone)`);
    }
  }
  for (const [line] of readme.matchAll(/^.*\bpnpm\b.*$/gm)) {
    problems.push(`${readmePath}: "${line}": expected no pnpm command (npm users have no workspace)`);
  }
}

const typedoc = readFileSync(join(root, "typedoc.json"), "utf8");
const template = /"sourceLinkTemplate":\s*"([^"]+)"/.exec(typedoc)?.[1];
if (template !== `${repoUrl}/blob/main/{path}#L{line}`) {
  problems.push(`typedoc.json sourceLinkTemplate: expected ${repoUrl}/blob/main/{path}#L{line}`);
}

if (problems.length > 0 && !write) {
  console.error(problems.map((problem) => `manifests: ${problem}`).join("\n"));
  console.error("manifests: run `pnpm exec tsx scripts/manifests.ts --write` to fix the generated fields");
  process.exit(1);
}
console.log(write ? `manifests: ${problems.length} fields written` : "manifests: all packages agree with the root");
