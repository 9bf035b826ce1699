import { defineConfig } from "tsup";

/** The one build every package shares: ESM + CJS with their own declaration files. */
export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  // tsconfig.build.json drops the source condition so sibling packages resolve to their built types.
  tsconfig: "tsconfig.build.json",
  dts: true,
  sourcemap: true,
  clean: true,
  target: "es2022",
});
