import { noteOfDisclosure } from "./internal/protection/disclosureNote.js";
import { tableSource, withTableSource } from "./internal/recordSource.js";
import { en } from "./locales/en.js";
import {
  fillTemplate,
  periodLabel,
  pluralNote,
  type ResolvedStatsLocale,
  resolveStatsLocale,
  type StatsLocale,
  statsMessagesOf,
  tableLocale,
} from "./statsLocale.js";
import type { StatsCategoryMessages, StatsNoteMessages } from "./statsMessages.js";
import type { Category, Dimension, StatTable } from "./statTable.js";

/** Tells whether a label was given by the user: the dimension's own (`code` undefined) or a category's. */
export type UserLabels = (dimension: number, code?: string) => boolean;

const OPEN = new Set(["regionId", "registrationCountry", "citizenship", "exploitationCountry"]);

/** The vocabulary whose labels a dimension's categories carry, or undefined for a dimension stats does not know. */
function vocabularyOf(name: string): keyof StatsCategoryMessages | undefined {
  if (OPEN.has(name) || name.startsWith("extra.")) return "open";
  if (name === "majorityStatusAtExploitation" || name === "majorityStatusAtEntry") return "majorityStatus";
  return Object.hasOwn(en.stats?.categories ?? {}, name) ? (name as keyof StatsCategoryMessages) : undefined;
}

/** The built-in label of a dimension in a language, or undefined when stats gives it none. */
function dimensionLabel(dimension: Dimension, locale: ResolvedStatsLocale): string | undefined {
  const labels = locale.messages.dimensions as Readonly<Record<string, string>>;
  return Object.hasOwn(labels, dimension.name) ? labels[dimension.name] : undefined;
}

/** The built-in label of a category in a language, or undefined when stats gives it none (codes, subtotals). */
function categoryLabel(dimension: Dimension, category: Category, locale: ResolvedStatsLocale): string | undefined {
  if (category.members !== undefined) return undefined;
  if (dimension.kind === "period") return periodLabel(category.code, locale);
  const categories = locale.messages.categories;
  if (dimension.name.startsWith("extra.") && (category.code === "true" || category.code === "false")) {
    return categories.boolean[category.code];
  }
  const vocabulary = vocabularyOf(dimension.name);
  if (vocabulary === undefined) return undefined;
  const labels = categories[vocabulary] as Readonly<Record<string, string>>;
  return Object.hasOwn(labels, category.code) ? labels[category.code] : undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

interface NoteReader {
  readonly pattern: RegExp;
  readonly render: (match: RegExpExecArray, dimensionLabels: ReadonlyMap<string, string>) => string;
}

/** A regular expression that reads a note back through its template. */
function patternOf(template: string, within: readonly string[]): RegExp {
  const source = escapeRegExp(template)
    .replace("\\{dimension\\}", "(?<dimension>.+)")
    .replace("\\{count\\}", "(?<count>\\d+)")
    .replace("\\{within\\}", `(?<within>${within.map(escapeRegExp).join("|")})`);
  return new RegExp(`^${source}$`);
}

const readers = new WeakMap<ResolvedStatsLocale, WeakMap<ResolvedStatsLocale, readonly NoteReader[]>>();

/** Readers of every note of the source language, each writing the same note in the target language. */
function noteReaders(source: ResolvedStatsLocale, target: ResolvedStatsLocale): readonly NoteReader[] {
  let byTarget = readers.get(source);
  if (byTarget === undefined) {
    byTarget = new WeakMap();
    readers.set(source, byTarget);
  }
  const cached = byTarget.get(target);
  if (cached !== undefined) return cached;
  const from = source.messages.notes;
  const to = target.messages.notes;
  const withinKeys = Object.keys(from.unplacedWithin) as (keyof StatsNoteMessages["unplacedWithin"])[];
  const withinPhrases = withinKeys.map((key) => from.unplacedWithin[key]);
  const dimensionOf = (match: RegExpExecArray, labels: ReadonlyMap<string, string>) => {
    const label = match.groups?.dimension ?? "";
    return labels.get(label) ?? label;
  };
  const list: NoteReader[] = [
    {
      pattern: patternOf(from.multiValued, []),
      render: (match, labels) => fillTemplate(to.multiValued, { dimension: dimensionOf(match, labels) }),
    },
    {
      pattern: patternOf(from.partlyRecorded, []),
      render: (match, labels) => fillTemplate(to.partlyRecorded, { dimension: dimensionOf(match, labels) }),
    },
    { pattern: patternOf(from.filtered, []), render: () => to.filtered },
    { pattern: patternOf(from.merged, []), render: () => to.merged },
  ];
  for (const form of Object.values(from.unplacedRecords) as string[]) {
    list.push({
      pattern: patternOf(form, withinPhrases),
      render: (match) => {
        const key = withinKeys[withinPhrases.indexOf(match.groups?.within ?? "")] ?? "period";
        return pluralNote(to.unplacedRecords, Number(match.groups?.count), target.code, {
          within: to.unplacedWithin[key],
        });
      },
    });
  }
  for (const form of Object.values(from.unplacedPersons) as string[]) {
    list.push({
      pattern: patternOf(form, []),
      render: (match) => pluralNote(to.unplacedPersons, Number(match.groups?.count), target.code, {}),
    });
  }
  byTarget.set(target, list);
  return list;
}

/** Re-renders the built-in labels of one dimension from `source` into `target`, keeping those `isUser` claims. */
export function relabelDimension(
  dimension: Dimension,
  source: ResolvedStatsLocale,
  target: ResolvedStatsLocale,
  isUser: (code?: string) => boolean = () => false,
): Dimension {
  const from = dimensionLabel(dimension, source);
  const to = dimensionLabel(dimension, target);
  const label = from === dimension.label && to !== undefined && !isUser() ? to : dimension.label;
  const categories = dimension.categories.map((category): Category => {
    if (isUser(category.code)) return category;
    const own = categoryLabel(dimension, category, source);
    if (own !== category.label) return category;
    const translated = categoryLabel(dimension, category, target);
    return translated === undefined || translated === category.label ? category : { ...category, label: translated };
  });
  return { ...dimension, label, categories };
}

/** The messages of a `locale` option, English without one. */
export function messagesFor(locale: string | StatsLocale | undefined): ResolvedStatsLocale {
  return statsMessagesOf(locale === undefined ? en : resolveStatsLocale(locale));
}

/** The messages of the language a table is in (its `lang`, English when absent). */
export function messagesOfTable(table: { readonly lang?: string }): ResolvedStatsLocale {
  return statsMessagesOf(table.lang === undefined ? en : tableLocale(table.lang));
}

/**
 * Re-renders the built-in labels and notes of a table from `source` into `target`; a label counts
 * as built in when it equals what `source` gives for its code and `userLabels` does not claim it.
 */
export function relabel(
  table: StatTable,
  source: ResolvedStatsLocale,
  target: ResolvedStatsLocale,
  userLabels: UserLabels = () => false,
): StatTable {
  const renamed = new Map<string, string>();
  const dimensions = table.dimensions.map((dimension, d): Dimension => {
    const relabelled = relabelDimension(dimension, source, target, (code) => userLabels(d, code));
    if (relabelled.label !== dimension.label) renamed.set(dimension.label, relabelled.label);
    return relabelled;
  });
  const list = noteReaders(source, target);
  const notes = table.notes.map((note) => {
    for (const reader of list) {
      const match = reader.pattern.exec(note);
      if (match !== null) return reader.render(match, renamed);
    }
    return note;
  });
  const { lang: _lang, ...rest } = table;
  // The footnote of disclosure control is re-rendered from its metadata when stats wrote it.
  const builtInNote = noteOfDisclosure(table.disclosure, source.messages.disclosure, source.code);
  const disclosure =
    table.disclosure.note === builtInNote
      ? { ...table.disclosure, note: noteOfDisclosure(table.disclosure, target.messages.disclosure, target.code) }
      : table.disclosure;
  const copy: StatTable = {
    ...rest,
    ...(target.code === "en" ? {} : { lang: target.code }),
    dimensions,
    notes,
    disclosure,
  };
  return withTableSource(copy, tableSource(table));
}

/**
 * Returns a copy of a table with its built-in labels and notes in another language; labels a user gave stay as they were.
 *
 * @remarks
 * Dimension labels, category labels of the fixed vocabularies ("Not recorded" and "None"
 * included), calendar period labels and the footnotes stats writes are re-rendered from the codes
 * in `locale`; the copy's `lang` says which language it is in (absent for English). A label counts
 * as built in when it equals what the table's own language (its `lang`, English when absent)
 * gives for that code; any other label (a `DimensionOptions.label` or `labels`, a subtotal's
 * label, a custom period's label, a user-defined field's labels) is kept. A user label that
 * happens to equal the built-in one is re-rendered like it (a table records no more than its
 * labels); a table built with a `locale` option never has that ambiguity. Cells, totals, codes,
 * statuses and disclosure metadata are unchanged, so protection, audits and rounding give the
 * same results on either copy. Accepts any locale object with a `stats` part, such as a report
 * locale that also carries `report` messages.
 *
 * @param table - A table built by stats (raw or protected).
 * @param locale - A locale object with a `stats` part (`ru` from `@nrmkit/stats/locales`), or the tag of a loaded one (`"en"`).
 * @returns The relabelled copy.
 * @throws NrmkitError with code `invalid_argument` when `locale` is a tag with no locale (for `ru`,
 *   `be`, `uk` and `ro` the message names `@nrmkit/stats/locales`), or when the table's `lang` is a
 *   language stats has not been given (neither built in, registered, nor passed as an object).
 *
 * @example
 * ```ts
 * import { generateSyntheticCases } from "@nrmkit/core/synthetic";
 * import { crossTab, localizeTable } from "@nrmkit/stats";
 * import { ru } from "@nrmkit/stats/locales";
 *
 * const table = crossTab(generateSyntheticCases({ count: 50, seed: 1 }), "gender", "migration");
 * const russian = localizeTable(table, ru);
 * russian.lang;
 * // => "ru"
 * russian.dimensions.map((dimension) => dimension.label);
 * // => ["Пол", "Внутренняя или транснациональная"]
 * localizeTable(russian, "en").dimensions[0]?.label;
 * // => "Sex"
 * ```
 *
 * @category Locales
 * @since 0.1.0
 */
export function localizeTable(table: StatTable, locale: string | StatsLocale): StatTable {
  const target = resolveStatsLocale(locale);
  const lang = table.lang ?? "en";
  const source = lang === target.code ? target : lang === "en" ? en : tableLocale(lang);
  return relabel(table, statsMessagesOf(source), statsMessagesOf(target));
}

/** A freshly built English table in the language of a `locale` option (unchanged without one), keeping the user's labels. */
export function inLocale(
  table: StatTable,
  locale: string | StatsLocale | undefined,
  userLabels: UserLabels,
): StatTable {
  if (locale === undefined) return table;
  const target = resolveStatsLocale(locale);
  if (target === en) return table;
  return relabel(table, statsMessagesOf(en), statsMessagesOf(target), userLabels);
}
