// Run: pnpm run check:release (CI). Proves that the pending changesets make the first release
// 0.1.0 for every package, with a readable changelog: runs `changeset version` in a throwaway copy
// of the workspace manifests and changesets, then reads what it wrote.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const copy = mkdtempSync(join(tmpdir(), "nrmkit-release-"));
const problems: string[] = [];
const EXPECTED = "0.1.0";

try {
  for (const file of ["package.json", "pnpm-workspace.yaml", ".changeset"]) {
    cpSync(join(root, file), join(copy, file), { recursive: true });
  }
  const dirs = ["examples", ...readdirSync(join(root, "packages")).map((dir) => `packages/${dir}`)];
  for (const dir of dirs) cpSync(join(root, dir, "package.json"), join(copy, dir, "package.json"));

  const bin = join(root, "node_modules", ".bin", "changeset");
  execFileSync(bin, ["version"], { cwd: copy, stdio: "pipe", env: { ...process.env, CI: "1" } });

  for (const dir of dirs.filter((dir) => dir.startsWith("packages/"))) {
    const manifest = JSON.parse(readFileSync(join(copy, dir, "package.json"), "utf8")) as Record<string, unknown>;
    const name = String(manifest.name);
    if (manifest.version !== EXPECTED)
      problems.push(`${name}: version ${String(manifest.version)}, expected ${EXPECTED}`);
    const changelogPath = join(copy, dir, "CHANGELOG.md");
    if (!existsSync(changelogPath)) {
      problems.push(`${name}: no CHANGELOG.md written`);
      continue;
    }
    const changelog = readFileSync(changelogPath, "utf8");
    const sections = [...changelog.matchAll(/^## (.+)$/gm)].map((match) => match[1]);
    if (sections.join() !== EXPECTED)
      problems.push(`${name}: changelog sections ${sections.join(", ")}, expected one, ${EXPECTED}`);
    const entries = [...changelog.matchAll(/^- (.+)$/gm)].map((match) => match[1] ?? "");
    // One user-facing note per package, opening "First release of `@nrmkit/x`", no pre-release patch notes.
    const notes = entries.filter((entry) => !entry.startsWith("Updated dependencies") && !/^@nrmkit\/\w+@/.test(entry));
    if (notes.length !== 1 || !notes[0]?.includes(`First release of \`${name}\``)) {
      problems.push(`${name}: expected exactly one release note opening "First release of \`${name}\`"`);
    }
    if (/(^|[.;] )(now|no longer)\b/i.test(notes.join("\n"))) {
      problems.push(`${name}: the release note reads like a pre-release patch ("now…", "no longer…")`);
    }
    console.log(`${name}@${String(manifest.version)}: ${(notes[0] ?? "").slice(0, 100)}…`);
  }
} finally {
  rmSync(copy, { recursive: true, force: true });
}

if (problems.length > 0) {
  console.error(problems.map((problem) => `release: ${problem}`).join("\n"));
  process.exit(1);
}
console.log(`release: every package would be released as ${EXPECTED}`);
