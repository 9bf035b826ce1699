import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { isNrmkitError } from "./error.js";
import {
  negotiateLocale,
  primaryLanguage,
  registeredLocales,
  registerLocale,
  resolveLocale,
  unregisterLocale,
} from "./locale.js";

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return isNrmkitError(error) ? error.code : "not an NrmkitError";
  }
  return undefined;
}

describe("negotiateLocale", () => {
  it.each([
    ["ru-BY", ["en", "ru"], "ru"],
    ["ru", ["en", "ru"], "ru"],
    ["RU-by", ["en", "ru"], "ru"],
    ["en-GB", ["en", "ru"], "en"],
    ["sr-Latn-RS", ["sr", "sr-Latn"], "sr-Latn"],
    ["sr-Cyrl", ["sr", "sr-Latn"], "sr"],
    ["ro-MD", ["en", "ro"], "ro"],
    ["be", ["en", "BE"], "BE"],
  ] as const)("matches %s against %j", (requested, available, expected) => {
    expect(negotiateLocale(requested, available)).toBe(expected);
  });

  it.each([
    ["ro", ["en", "ru"]],
    ["fr", ["en", "ru"]],
    ["rue", ["ru"]],
    ["not a tag", ["en"]],
    ["", ["en"]],
  ] as const)("throws invalid_argument for %j against %j", (requested, available) => {
    expect(codeOf(() => negotiateLocale(requested, available))).toBe("invalid_argument");
  });

  it("never crosses languages when the primary subtags differ", () => {
    const tags = fc.constantFrom("en", "ru", "be", "uk", "ro", "pl", "lt");
    fc.assert(
      fc.property(
        tags,
        fc.uniqueArray(tags, { maxLength: 5 }),
        fc.constantFrom("", "-BY", "-MD", "-Latn"),
        (want, have, suffix) => {
          const found = codeOf(() => negotiateLocale(`${want}${suffix}`, have));
          if (have.includes(want)) expect(negotiateLocale(`${want}${suffix}`, have)).toBe(want);
          else expect(found).toBe("invalid_argument");
        },
      ),
    );
  });
});

describe("registerLocale", () => {
  afterEach(() => {
    for (const code of registeredLocales()) unregisterLocale(code);
  });

  it("makes a tag resolvable when it is registered", () => {
    const pirate = { code: "pl", name: "Polski" };
    expect(codeOf(() => resolveLocale("pl", []))).toBe("invalid_argument");
    registerLocale(pirate);
    expect(resolveLocale<{ code: string; name?: string }>("pl", []).name).toBe("Polski");
    expect(registeredLocales()).toEqual(["pl"]);
    expect(unregisterLocale("pl")).toBe(true);
    expect(codeOf(() => resolveLocale("pl", []))).toBe("invalid_argument");
  });

  it("wins over a built-in locale of the same tag when one is registered", () => {
    registerLocale({ code: "ru", name: "custom" });
    expect(resolveLocale<{ code: string; name?: string }>("ru-BY", [{ code: "ru", name: "built-in" }]).name).toBe(
      "custom",
    );
  });

  it("throws invalid_argument when the code is not a language tag", () => {
    expect(codeOf(() => registerLocale({ code: "no such tag!" }))).toBe("invalid_argument");
  });

  it("adds the parts of a second object of the same tag to the first, as packages ship their parts apart", () => {
    type Parted = { code: string; report?: string; validation?: string };
    registerLocale({ code: "ro", report: "report part" } as Parted);
    registerLocale({ code: "RO", validation: "validation part" } as Parted);
    const ro = resolveLocale<Parted>("ro-MD", []);
    expect([ro.report, ro.validation]).toEqual(["report part", "validation part"]);
    expect(registeredLocales()).toEqual(["ro"]);
  });

  it("keeps a built-in locale's parts that a registered locale of the same tag lacks, as one cached object", () => {
    type Parted = { code: string; report?: string; validation?: string };
    const builtIn: Parted[] = [{ code: "ru", report: "built-in report", validation: "built-in validation" }];
    registerLocale({ code: "ru", validation: "custom validation" } as Parted);
    const first = resolveLocale<Parted>("ru", builtIn);
    expect([first.report, first.validation]).toEqual(["built-in report", "custom validation"]);
    expect(resolveLocale<Parted>("ru-BY", builtIn)).toBe(first);
  });
});

describe("resolveLocale", () => {
  const builtIn = [{ code: "en" }, { code: "ru" }];

  it("returns a locale object as given when one is passed", () => {
    const ro = { code: "ro" };
    expect(resolveLocale(ro, builtIn)).toBe(ro);
  });

  it("names the module to import when the tag is a shipped language that was not loaded", () => {
    const importable = { importable: { ro: "@nrmkit/report/locales" } };
    let message = "";
    try {
      resolveLocale("ro-MD", builtIn, importable);
    } catch (error) {
      message = String((error as Error).message);
      expect(isNrmkitError(error) && error.code).toBe("invalid_argument");
    }
    expect(message).toContain('import { ro } from "@nrmkit/report/locales"');
    expect(codeOf(() => resolveLocale("fr", builtIn, importable))).toBe("invalid_argument");
  });

  it("throws invalid_argument for an unknown tag instead of falling back", () => {
    expect(codeOf(() => resolveLocale("ro", builtIn))).toBe("invalid_argument");
    expect(codeOf(() => resolveLocale({ code: "" }, builtIn))).toBe("invalid_argument");
  });
});

describe("primaryLanguage", () => {
  it.each([
    ["ru-BY", "ru"],
    ["sr-Latn-RS", "sr"],
    ["BE", "be"],
  ])("reads %s as %s", (tag, expected) => {
    expect(primaryLanguage(tag)).toBe(expected);
  });
});
