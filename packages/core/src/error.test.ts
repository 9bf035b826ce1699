import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import { describe, expect, it, vi } from "vitest";
import { isNrmkitError, NrmkitError } from "./error.js";

describe("NrmkitError", () => {
  it("keeps code, message and cause when constructed", () => {
    const cause = new TypeError("inner");
    const error = new NrmkitError("invalid_argument", "x", { cause });
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe("invalid_argument");
    expect(error.name).toBe("NrmkitError");
    expect(error.cause).toBe(cause);
  });
});

describe("isNrmkitError", () => {
  it.each([
    [new NrmkitError("not_found", "x"), undefined, true],
    [new NrmkitError("not_found", "x"), "not_found", true],
    [new NrmkitError("not_found", "x"), "duplicate_id", false],
    [new Error("x"), undefined, false],
    ["not_found", undefined, false],
  ] as const)("answers %# correctly", (value, code, expected) => {
    expect(isNrmkitError(value, code)).toBe(expected);
  });
});

describe("NrmkitError brand", () => {
  it("is recognised by another copy of the module when the module is loaded twice", async () => {
    vi.resetModules();
    const copy = (await import("./error.js")) as typeof import("./error.js");
    expect(copy.NrmkitError).not.toBe(NrmkitError);
    const fromCopy = new copy.NrmkitError("not_found", "x");
    expect(isNrmkitError(fromCopy, "not_found")).toBe(true);
    expect(fromCopy instanceof NrmkitError).toBe(true);
    expect(copy.isNrmkitError(new NrmkitError("duplicate_id", "x"), "duplicate_id")).toBe(true);
    expect(new NrmkitError("duplicate_id", "x") instanceof copy.NrmkitError).toBe(true);
  });

  it("is not claimed by look-alikes when they lack the brand", () => {
    const lookAlike = Object.assign(new Error("x"), { name: "NrmkitError", code: "not_found" });
    expect(isNrmkitError(lookAlike)).toBe(false);
    expect(lookAlike instanceof NrmkitError).toBe(false);
    expect(isNrmkitError(null)).toBe(false);
    expect(isNrmkitError(Object.create(null))).toBe(false);
  });

  it("stays out of enumeration and JSON when an error is serialised", () => {
    const error = new NrmkitError("not_found", "x");
    expect(Object.getOwnPropertySymbols({ ...error })).toEqual([]);
    expect(JSON.parse(JSON.stringify(error))).toEqual({ name: "NrmkitError", code: "not_found" });
  });

  it("keeps the ordinary prototype check for subclasses when the value is another nrmkit error", () => {
    class NotFoundError extends NrmkitError {}
    expect(new NotFoundError("not_found", "x") instanceof NrmkitError).toBe(true);
    expect(new NrmkitError("not_found", "x") instanceof NotFoundError).toBe(false);
  });
});

// The built packages ship an ESM and a CJS file; a program can load both (a CJS dependency next to
// ESM code). This bundles error.ts both ways with esbuild, as tsup does, and loads the real files.
describe("NrmkitError across the ESM and CJS builds", () => {
  it("is recognised by the CJS copy when the ESM copy threw it, and the reverse", async () => {
    const dir = mkdtempSync(join(tmpdir(), "nrmkit-error-"));
    try {
      const entry = fileURLToPath(new URL("./error.ts", import.meta.url));
      await build({
        entryPoints: [entry],
        bundle: true,
        format: "esm",
        outfile: join(dir, "error.mjs"),
        logLevel: "silent",
      });
      await build({
        entryPoints: [entry],
        bundle: true,
        format: "cjs",
        outfile: join(dir, "error.cjs"),
        logLevel: "silent",
      });
      type ErrorModule = typeof import("./error.js");
      const esm = (await import(pathToFileURL(join(dir, "error.mjs")).href)) as ErrorModule;
      const cjs = createRequire(import.meta.url)(join(dir, "error.cjs")) as ErrorModule;
      expect(esm.NrmkitError).not.toBe(cjs.NrmkitError);
      const thrownByEsm = new esm.NrmkitError("invalid_argument", "x");
      const thrownByCjs = new cjs.NrmkitError("not_found", "x");
      expect(cjs.isNrmkitError(thrownByEsm, "invalid_argument")).toBe(true);
      expect(thrownByEsm instanceof cjs.NrmkitError).toBe(true);
      expect(esm.isNrmkitError(thrownByCjs, "not_found")).toBe(true);
      expect(thrownByCjs instanceof esm.NrmkitError).toBe(true);
      expect(esm.isNrmkitError(thrownByCjs, "invalid_argument")).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
