import type { NrmDataset } from "@nrmkit/core";
import type { IssueSeverity } from "../../issueSeverity.js";
import type { ValidationIssue } from "../../validationError.js";
import type { IssueLocale } from "../../validationMessages.js";
import { renderIssue } from "../../zodIssues.js";
import { describeValue } from "../describeValue.js";

/** The collections of a dataset, in the order issues are sorted by. */
export const COLLECTIONS = [
  "regions",
  "organizations",
  "people",
  "taskForces",
  "mous",
  "mouAmendments",
  "meetings",
  "decisions",
] as const satisfies readonly (keyof NrmDataset)[];

/** One collection's name. */
export type Collection = (typeof COLLECTIONS)[number];

/** The entity type held by a collection. */
export type EntityOf<C extends Collection> = NrmDataset[C][number];

/** An entity with its position in the input, so issue paths stay right when invalid entities are left out. */
export interface Entry<T> {
  readonly value: T;
  readonly index: number;
}

/** The entities a rule checks, per collection. */
export type Entries = { readonly [C in Collection]: readonly Entry<EntityOf<C>>[] };

/** What every rule receives: the entries, lookups by id, and a way to report an issue. */
export interface IntegrityContext {
  readonly entries: Entries;
  /** The first entity with each id, per collection. */
  readonly byId: { readonly [C in Collection]: ReadonlyMap<string, EntityOf<C>> };
  /** Every id present in the input, also of entities that failed their schema: references to them are not "unknown". */
  readonly knownIds: { readonly [C in Collection]: ReadonlySet<string> };
  /** Collections that were not arrays at all: references into them cannot be judged and are skipped. */
  readonly unavailable: ReadonlySet<Collection>;
  /**
   * The value of `field` in every entity of `collection` that failed its schema, when it is a string:
   * rules use it so that leaving an invalid entity out never produces a false issue elsewhere.
   */
  readonly failedField: (collection: Collection, field: string) => readonly string[];
  /** Reports an issue (an error unless `severity` says otherwise); `received` is rendered with `describeValue`. */
  readonly report: (
    code: string,
    path: readonly (string | number)[],
    expected: string,
    received: unknown,
    severity?: IssueSeverity,
  ) => void;
}

/** Entries of a dataset; tolerant of a value that is not one (missing collections, non-objects), which rules skip. */
export function entriesOf(dataset: NrmDataset): Entries {
  const entries = (collection: Collection) => {
    const items: unknown = typeof dataset === "object" && dataset !== null ? dataset[collection] : undefined;
    if (!Array.isArray(items)) return [];
    return items.flatMap((value: unknown, index) => (hasId(value) ? [{ value, index }] : []));
  };
  return Object.fromEntries(COLLECTIONS.map((collection) => [collection, entries(collection)])) as unknown as Entries;
}

/** Whether a value is an object with a string id, the least a rule needs. */
export function hasId(value: unknown): value is { readonly id: string } {
  return typeof value === "object" && value !== null && typeof (value as { id?: unknown }).id === "string";
}

/** What is known of the input beyond the entries that passed their schema (see validateDataset). */
export interface Leftovers {
  /** Entities that failed their own schema, as raw input, per collection. */
  readonly failed?: { readonly [C in Collection]?: readonly unknown[] };
  /** Collections that were not arrays. */
  readonly unavailable?: ReadonlySet<Collection>;
}

/** Builds the context over `entries`; issues go to `out`, with messages in `locale`. */
export function createContext(
  entries: Entries,
  leftovers: Leftovers,
  locale: IssueLocale,
  out: ValidationIssue[],
): IntegrityContext {
  const failedField = (collection: Collection, field: string): string[] =>
    (leftovers.failed?.[collection] ?? []).flatMap((item) => {
      if (typeof item !== "object" || item === null) return [];
      try {
        const descriptor = Object.getOwnPropertyDescriptor(item, field);
        // Only plain data properties: a getter on hostile input must not run (it could throw).
        return typeof descriptor?.value === "string" ? [descriptor.value] : [];
      } catch {
        return []; // A Proxy whose traps throw: nothing to learn from it.
      }
    });
  const byId = {} as Record<Collection, Map<string, unknown>>;
  const knownIds = {} as Record<Collection, Set<string>>;
  for (const collection of COLLECTIONS) {
    const map = new Map<string, unknown>();
    for (const { value } of entries[collection] as readonly Entry<{ readonly id: string }>[]) {
      if (!map.has(value.id)) map.set(value.id, value);
    }
    byId[collection] = map;
    knownIds[collection] = new Set([...map.keys(), ...failedField(collection, "id")]);
  }
  const report: IntegrityContext["report"] = (code, path, expected, received, severity = "error") => {
    const issue = { code, path, message: "", expected, received: describeValue(received) };
    // Errors carry no severity field: absent means "error" (see ValidationIssue.severity).
    out.push(renderIssue(severity === "warning" ? { ...issue, severity } : issue, locale));
  };
  const unavailable = leftovers.unavailable ?? new Set<Collection>();
  return { entries, byId: byId as unknown as IntegrityContext["byId"], knownIds, unavailable, failedField, report };
}
