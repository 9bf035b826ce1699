// One harness for every parseX / safeParseX pair: table-driven valid and invalid inputs, fuzzing
// that safeParseX never throws on arbitrary JSON or values, and a JSON round trip of valid entities.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ParseOptions } from "../src/createParsers.js";
import { ru } from "../src/locales/index.js";
import type { SafeParseResult } from "../src/parseResult.js";
import { ValidationError } from "../src/validationError.js";

/** An input that must fail, with the code and path of the issue it must produce (among others). */
export type InvalidCase = readonly [name: string, input: unknown, code: string, path: readonly (string | number)[]];

export interface ParsersSpec<T> {
  readonly parseName: string;
  readonly safeParseName: string;
  readonly parse: (input: unknown, options?: ParseOptions) => T;
  readonly safeParse: (input: unknown, options?: ParseOptions) => SafeParseResult<T>;
  readonly valid: readonly (readonly [name: string, input: unknown])[];
  readonly invalid: readonly InvalidCase[];
  readonly arbitrary: fc.Arbitrary<T>;
}

/** A deep copy of `base` with the value at `path` replaced, or deleted when `value` is `undefined`. */
export function changed(base: unknown, path: readonly (string | number)[], value: unknown): unknown {
  const copy: unknown = structuredClone(base);
  let target = copy as Record<string | number, unknown>;
  for (const segment of path.slice(0, -1)) target = target[segment] as Record<string | number, unknown>;
  const last = path.at(-1) ?? "";
  if (value === undefined) delete target[last];
  else target[last] = value;
  return copy;
}

/** A deep copy of `base` with an own `__proto__` key (as `JSON.parse` makes one) added at `path`. */
export function withProtoKey(base: unknown, path: readonly (string | number)[]): unknown {
  const json = JSON.stringify(base, (_key, value: unknown) => value);
  const copy = JSON.parse(json) as unknown;
  let target = copy as Record<string | number, unknown>;
  for (const segment of path) target = target[segment] as Record<string | number, unknown>;
  Object.defineProperty(target, "__proto__", {
    value: { polluted: true },
    enumerable: true,
    configurable: true,
    writable: true,
  });
  return copy;
}

export function describeParsers<T>(spec: ParsersSpec<T>): void {
  describe(spec.safeParseName, () => {
    it.each(spec.valid)("accepts %s", (_name, input) => {
      const result = spec.safeParse(input);
      expect(result.success ? [] : result.issues).toEqual([]);
    });

    it.each(spec.invalid)("reports the issue when %s", (_name, input, code, path) => {
      const result = spec.safeParse(input);
      expect(result.success).toBe(false);
      if (result.success) return;
      expect(result.issues.map((issue) => ({ code: issue.code, path: issue.path }))).toContainEqual({ code, path });
    });

    it("never throws and reports at least one issue for every failure when fed arbitrary JSON", () => {
      fc.assert(
        fc.property(fc.jsonValue(), (input) => {
          const result = spec.safeParse(input, { locale: ru });
          expect(result.success || result.issues.length > 0).toBe(true);
        }),
      );
    });

    it("never throws when fed arbitrary values", () => {
      fc.assert(
        fc.property(
          fc.anything({ withBigInt: true, withDate: true, withMap: true, withNullPrototype: true }),
          (input) => {
            spec.safeParse(input);
          },
        ),
      );
    });

    it("round-trips valid entities through JSON when they are generated", () => {
      fc.assert(
        fc.property(spec.arbitrary, (entity) => {
          const result = spec.safeParse(JSON.parse(JSON.stringify(entity)));
          expect(result).toEqual({ success: true, data: entity });
        }),
      );
    });
  });

  describe(spec.parseName, () => {
    it.each(spec.valid)("returns frozen data equal to the input when %s is parsed", (_name, input) => {
      const data = spec.parse(input);
      expect(data).toEqual(input);
      expect(Object.isFrozen(data)).toBe(true);
    });

    it.each(spec.invalid)("throws a ValidationError when %s", (_name, input, code) => {
      expect.assertions(2);
      try {
        spec.parse(input);
      } catch (error) {
        expect(error).toBeInstanceOf(ValidationError);
        expect((error as ValidationError).issues.map((issue) => issue.code)).toContain(code);
      }
    });
  });
}
