// Run: pnpm examples
// Runs every numbered example in order, as a user would, and fails when one fails.
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const scripts = readdirSync(here)
  .filter((name) => /^\d{2}-.*\.ts$/.test(name))
  .sort();
for (const script of scripts) {
  console.log(`\n=== ${script} ===`);
  execFileSync(process.execPath, ["--import", "tsx", script], { cwd: here, stdio: "inherit" });
}
console.log(`\n${scripts.length} examples ran.`);
