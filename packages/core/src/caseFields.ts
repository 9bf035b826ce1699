import { NrmkitError } from "./error.js";

/**
 * A user-defined field holding one code from a declared list (a district, a shelter, a national programme).
 *
 * @example
 * ```ts
 * import type { CodeFieldDefinition } from "@nrmkit/core";
 *
 * const shelter: CodeFieldDefinition = {
 *   name: "shelter",
 *   type: "code",
 *   label: "Shelter",
 *   codes: ["north", "south"],
 *   labels: { north: "Northern shelter", south: "Southern shelter" },
 * };
 * ```
 *
 * @category Cases
 * @since 0.1.0
 */
export interface CodeFieldDefinition {
  /** Key in `CaseRecord.extra`: a letter, then letters, digits or `_` (at most 64). */
  readonly name: string;
  /** Discriminator: one code per record. */
  readonly type: "code";
  /** Axis label in tables; the name otherwise. */
  readonly label?: string;
  /** The allowed codes, in display order: distinct, non-empty, never `"unknown"` (an absent value is not recorded). */
  readonly codes: readonly string[];
  /** Labels by code; the code itself otherwise. */
  readonly labels?: Readonly<Record<string, string>>;
}

/**
 * A user-defined yes/no field (a national programme's flag, "referred by a hotline").
 *
 * @example
 * ```ts
 * import type { BooleanFieldDefinition } from "@nrmkit/core";
 *
 * const programme: BooleanFieldDefinition = { name: "stateProgramme", type: "boolean", labels: { true: "In programme", false: "Not in programme" } };
 * ```
 *
 * @category Cases
 * @since 0.1.0
 */
export interface BooleanFieldDefinition {
  /** Key in `CaseRecord.extra`: a letter, then letters, digits or `_` (at most 64). */
  readonly name: string;
  /** Discriminator: `true` or `false` per record. */
  readonly type: "boolean";
  /** Axis label in tables; the name otherwise. */
  readonly label?: string;
  /** Labels of the two values; `"Yes"` and `"No"` otherwise. */
  readonly labels?: {
    /** Label of `true`. */
    readonly true?: string;
    /** Label of `false`. */
    readonly false?: string;
  };
}

/**
 * A user-defined case field, declared once and then checked by validation and counted by stats like a built-in one.
 *
 * @category Cases
 * @since 0.1.0
 */
export type CaseFieldDefinition = CodeFieldDefinition | BooleanFieldDefinition;

const NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
const FORBIDDEN = new Set(["__proto__", "constructor", "prototype"]);
const checked = new WeakSet<readonly CaseFieldDefinition[]>();
// Declarations are read once per array, so passing the same (undeclared) array on every call stays cheap.
const declaredFrom = new WeakMap<readonly CaseFieldDefinition[], readonly CaseFieldDefinition[]>();

function fail(path: string, expected: string, received: unknown): never {
  throw new NrmkitError("invalid_argument", `${path}: expected ${expected}, received ${JSON.stringify(received)}`);
}

/**
 * Checks and freezes the declarations of user-defined case fields, so every package reads the same list.
 *
 * @param fields - The declarations, in display order.
 * @returns The same declarations, deeply frozen.
 * @throws NrmkitError with code `invalid_argument` for a bad name, type, empty or `"unknown"` code, or a label for no code; `duplicate_id` for a field name or code given twice.
 *
 * @example
 * ```ts
 * import { defineCaseFields } from "@nrmkit/core";
 *
 * const fields = defineCaseFields([
 *   { name: "district", type: "code", codes: ["d1", "d2"], labels: { d1: "District 1", d2: "District 2" } },
 *   { name: "stateProgramme", type: "boolean" },
 * ]);
 * fields.map((field) => field.name);
 * // => ["district", "stateProgramme"]
 * Object.isFrozen(fields[0]);
 * // => true
 * ```
 *
 * @category Cases
 * @since 0.1.0
 */
export function defineCaseFields(fields: readonly CaseFieldDefinition[]): readonly CaseFieldDefinition[] {
  if (checked.has(fields)) return fields;
  if (!Array.isArray(fields)) fail("fields", "an array of field declarations", typeof fields);
  const known = declaredFrom.get(fields);
  if (known !== undefined) return known;
  const names = new Set<string>();
  const out = fields.map((field, f): CaseFieldDefinition => {
    const path = `fields[${String(f)}]`;
    if (typeof field !== "object" || field === null) fail(path, "a field declaration", field);
    const { name } = field;
    if (typeof name !== "string" || !NAME.test(name) || FORBIDDEN.has(name)) {
      fail(`${path}.name`, "a letter, then letters, digits or _ (at most 64)", name);
    }
    if (names.has(name)) throw new NrmkitError("duplicate_id", `${path}.name: duplicate ${name}`);
    names.add(name);
    if (field.label !== undefined && typeof field.label !== "string") fail(`${path}.label`, "a string", field.label);
    if (field.type === "boolean") {
      const labels = field.labels;
      for (const key of Object.keys(labels ?? {})) {
        if (key !== "true" && key !== "false") fail(`${path}.labels`, "only true and false", key);
      }
      return Object.freeze({
        ...field,
        ...(labels === undefined ? {} : { labels: Object.freeze({ ...labels }) }),
      });
    }
    if (field.type !== "code") fail(`${path}.type`, '"code" or "boolean"', (field as { type: unknown }).type);
    if (!Array.isArray(field.codes) || field.codes.length === 0) {
      fail(`${path}.codes`, "a non-empty list of codes", field.codes);
    }
    const codes = new Set<string>();
    for (const [c, code] of field.codes.entries()) {
      if (typeof code !== "string" || code === "" || code === "unknown" || FORBIDDEN.has(code)) {
        fail(`${path}.codes[${String(c)}]`, 'a non-empty code other than "unknown"', code);
      }
      if (codes.has(code)) throw new NrmkitError("duplicate_id", `${path}.codes[${String(c)}]: duplicate ${code}`);
      codes.add(code);
    }
    for (const key of Object.keys(field.labels ?? {})) {
      if (!codes.has(key)) fail(`${path}.labels`, "labels of declared codes only", key);
    }
    return Object.freeze({
      ...field,
      codes: Object.freeze([...field.codes]),
      ...(field.labels === undefined ? {} : { labels: Object.freeze({ ...field.labels }) }),
    });
  });
  const frozen = Object.freeze(out);
  checked.add(frozen);
  declaredFrom.set(fields, frozen);
  return frozen;
}

/**
 * Tells whether a value is allowed in a user-defined field.
 *
 * @param field - The declaration.
 * @param value - Anything.
 * @returns `true` for a declared code of a code field, or a boolean for a boolean field.
 *
 * @example
 * ```ts
 * import { isCaseFieldValue } from "@nrmkit/core";
 *
 * isCaseFieldValue({ name: "district", type: "code", codes: ["d1"] }, "d1");
 * // => true
 * isCaseFieldValue({ name: "stateProgramme", type: "boolean" }, "yes");
 * // => false
 * ```
 *
 * @category Cases
 * @since 0.1.0
 */
export function isCaseFieldValue(field: CaseFieldDefinition, value: unknown): boolean {
  return field.type === "boolean"
    ? typeof value === "boolean"
    : typeof value === "string" && field.codes.includes(value);
}
