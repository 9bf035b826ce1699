// Run: pnpm run check:docs-search   (after `pnpm run docs:api`; CI runs it)
// Searches the built API site's own index (lunr, as its search box does) for phrases that appear
// only in a guide, and fails unless that guide is among the hits: guide text must be searchable.
import { readFileSync } from "node:fs";
import { inflateSync } from "node:zlib";
import lunr from "lunr";

interface Row {
  readonly kind: number;
  readonly name: string;
  readonly url: string;
}

const script = readFileSync(new URL("../docs/api/assets/search.js", import.meta.url), "utf8");
const packed = /= "([^"]+)"/.exec(script)?.[1];
if (packed === undefined) throw new Error("docs/api/assets/search.js holds no search data: run pnpm run docs:api");
const data = JSON.parse(inflateSync(Buffer.from(packed, "base64")).toString("utf8")) as {
  rows: Row[];
  index: object;
};
const index = lunr.Index.load(data.index);

// Each phrase appears in one guide's text and in no API comment.
const phrases: readonly (readonly [string, string])[] = [
  ["one declaration serves every step", "User-defined case fields"],
  ["walks one meeting cycle", "Secretariat documents"],
  ["three states of a flag", "Real case data (CTDC and HTCDS)"],
  ["four packages that build on each other", "Getting started"],
];

let failed = 0;
for (const [phrase, guide] of phrases) {
  // As the site's search box: every word required, each a prefix.
  const query = phrase
    .split(/\s+/)
    .map((word) => `+${word.toLowerCase()}*`)
    .join(" ");
  const hits = index.search(query).map((hit) => data.rows[Number(hit.ref)]?.name);
  const found = hits.includes(guide);
  console.log(`${found ? "ok  " : "FAIL"} "${phrase}" → ${hits.slice(0, 3).join(", ") || "no hit"}`);
  if (!found) failed += 1;
}
if (failed > 0) {
  console.error(`${failed} guide phrase(s) not found by the site's search`);
  process.exit(1);
}
