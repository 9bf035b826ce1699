import { rmSync } from "node:fs";
import { defineConfig, type Options } from "tsup";

/** Public entry points of a package: output name (without extension) → source file. */
export type Entries = Readonly<Record<string, string>>;

const shared = {
  // tsconfig.build.json drops the source condition so sibling packages resolve to their built types.
  tsconfig: "tsconfig.build.json",
  sourcemap: true,
  target: "es2022",
} satisfies Options;

/**
 * The one build every package shares: ESM + CJS with their own declaration files.
 *
 * ESM is unbundled: one output module per source module, so a bundler drops every module a user
 * does not import (`sideEffects: false`), as date-fns and valibot are shaken. CJS, which bundlers
 * do not shake, is one bundle per public entry.
 */
export function packageBuild(entries: Entries = { index: "src/index.ts" }) {
  // The two formats build in parallel, so neither may clean dist: empty it once, before both.
  rmSync("dist", { recursive: true, force: true });
  return defineConfig([
    {
      ...shared,
      entry: ["src/**/*.ts", "!src/**/*.test.ts", "!src/**/*.test-d.ts"],
      format: ["esm"],
      bundle: false,
      dts: { entry: entries },
    },
    {
      ...shared,
      entry: entries,
      format: ["cjs"],
      dts: { entry: entries },
    },
  ]);
}
