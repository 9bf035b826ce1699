import {
  type DatasetIndex,
  formatCount,
  type IsoDate,
  indexDataset,
  type LocalizedText,
  type NrmDataset,
  type Person,
  type PluralForms,
  pluralForm,
  positionsOn,
} from "@nrmkit/core";
import type { Inline, ReportDocument } from "../document.js";
import { formatDatePhrase, formatLongDate } from "../i18n/datePhrase.js";
import { localizeText } from "../i18n/localize.js";
import type { ReportMessages } from "../i18n/messages.js";
import type { NrmLocale } from "../i18n/nrmLocale.js";
import { messagesOf, reportLocaleOf } from "../i18n/resolveReportLocale.js";
import type { ReportOptions } from "../reportOptions.js";
import { fill, isolated, join, lowerFirst, mergeStrings, type TemplateValue } from "./inline.js";
import { inlineText } from "./inlineText.js";

/** What every builder needs: the dataset's index, the language and its messages, and phrasing helpers. */
export interface Context {
  readonly index: DatasetIndex;
  readonly messages: ReportMessages;
  /** The language tag of the report. */
  readonly locale: string;
  /** The locale object (dates, statistics labels, messages). */
  readonly nrmLocale: NrmLocale;
  /** Picks a text in the report language, marking fallbacks. */
  readonly text: (value: LocalizedText | undefined, placeholder?: string) => Inline;
  /** Fills a message template. */
  readonly fill: (template: string, values?: Readonly<Record<string, TemplateValue>>) => Inline[];
  /** Fills the plural template chosen by `count`. */
  readonly fillPlural: (
    forms: PluralForms,
    count: number,
    values?: Readonly<Record<string, TemplateValue>>,
  ) => Inline[];
  readonly count: (count: number, forms: PluralForms) => string;
  readonly datePhrase: (date: IsoDate) => string;
  readonly longDate: (date: IsoDate) => string;
  /** An organisation's name (its id, marked, when unknown). */
  readonly organisation: (id: string) => Inline;
  /** Names joined with the list separator and "and". */
  readonly list: (parts: readonly (readonly Inline[])[]) => Inline[];
  /** A person with every position they held on `date` (the positions alone for unnamed people). */
  readonly person: (person: Person, date: IsoDate) => Inline[];
  readonly document: (title: readonly Inline[], blocks: ReportDocument["blocks"]) => ReportDocument;
}

/** A dataset with nothing in it, for reports that need only the phrasing (statistics). */
export const EMPTY_DATASET: NrmDataset = {
  regions: [],
  organizations: [],
  people: [],
  taskForces: [],
  mous: [],
  mouAmendments: [],
  meetings: [],
  decisions: [],
};

/** Builds the context of a report; `dataset` may already be an index. */
export function createContext(dataset: NrmDataset | DatasetIndex, options: ReportOptions = {}): Context {
  const index = "dataset" in dataset ? dataset : indexDataset(dataset);
  const resolved = reportLocaleOf(options.locale ?? options.messages?.locale ?? "en");
  const nrmLocale: NrmLocale =
    options.messages === undefined ? resolved : { ...resolved, report: { ...resolved.report, ...options.messages } };
  const { messages } = messagesOf(nrmLocale);
  const locale = nrmLocale.code;
  // Every data value is isolated, so right-to-left data cannot reorder the template around it.
  const text = (value: LocalizedText | undefined, placeholder = ""): Inline =>
    isolated(localizeText(value, locale, placeholder));
  const organisation = (id: string): Inline => {
    const found = index.organizations.get(id);
    return found === undefined ? { kind: "fallback", text: id, lang: null } : text(found.name, id);
  };
  const list = (parts: readonly (readonly Inline[])[]): Inline[] => join(parts, messages.listSeparator, messages.and);
  return {
    index,
    messages,
    locale,
    nrmLocale,
    text,
    fill: (template, values = {}) => fill(template, values),
    fillPlural: (forms, count, values = {}) => fill(pluralForm(count, forms, locale), values),
    count: (count, forms) => formatCount(count, forms, locale),
    datePhrase: (date) => formatDatePhrase(date, nrmLocale),
    longDate: (date) => formatLongDate(date, nrmLocale),
    organisation,
    list,
    person: (person, date) => {
      const titles = positionsOn(person, date).map((position) => {
        const title = text(position.title);
        return typeof title === "string" && messages.lowercaseInSentence ? lowerFirst(title) : title;
      });
      const positions = join(
        titles.map((title) => [title]),
        "; ",
      );
      if (person.name === undefined) return fill(messages.unnamedPerson, { positions });
      const name = text(person.name, person.id);
      return titles.length === 0 ? [name] : fill(messages.personWithPositions, { name, positions });
    },
    document: (title, blocks) => ({
      kind: "report",
      version: 1,
      lang: locale,
      title: inlineText(title),
      blocks: [{ kind: "heading", level: 1, content: mergeStrings(title) }, ...blocks],
    }),
  };
}
