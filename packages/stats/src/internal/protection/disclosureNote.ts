import type { DisclosureMetadata, PrivacyMetadata, RoundingMetadata } from "../../disclosureMetadata.js";
import { EN_STATS } from "../../locales/en.js";
import { fillTemplate, pluralNote } from "../../statsLocale.js";
import type { StatsDisclosureMessages } from "../../statsMessages.js";

/** What the footnote of a protected table depends on. */
export interface NoteSettings {
  readonly suppression: boolean;
  readonly threshold: number;
  readonly zerosSensitive: boolean;
  readonly markers: "uniform" | "distinct";
  readonly rounding: RoundingMetadata | null;
}

/** The plain-language footnote of a protected table: what was hidden, how values were rounded. */
export function noteOf(
  settings: NoteSettings,
  primary: number,
  secondary: number,
  messages: StatsDisclosureMessages = EN_STATS.disclosure,
  lang = "en",
): string {
  const sentences: string[] = [];
  if (settings.suppression) {
    const range = { from: String(settings.zerosSensitive ? 0 : 1), to: String(settings.threshold - 1) };
    const hidden = primary + secondary;
    if (hidden === 0) {
      sentences.push(fillTemplate(messages.noneHidden, range));
    } else if (settings.markers === "uniform") {
      sentences.push(pluralNote(messages.hiddenUniform, hidden, lang, range));
    } else {
      sentences.push(pluralNote(messages.hiddenPrimary, primary, lang, range));
      if (secondary > 0) sentences.push(pluralNote(messages.hiddenSecondary, secondary, lang, {}));
    }
  }
  if (settings.rounding !== null) {
    const base = { base: String(settings.rounding.base) };
    sentences.push(
      fillTemplate(settings.rounding.kind === "down" ? messages.roundedDown : messages.roundedNearest, base),
    );
  }
  sentences.push(messages.totals);
  return sentences.join(" ");
}

/** The sentence of a differentially private release: its guarantee, noise and accuracy. */
function privacyNote(privacy: PrivacyMetadata, messages: StatsDisclosureMessages): string {
  const accuracy = {
    margin: String(privacy.margin),
    level: String(Number((privacy.confidenceLevel * 100).toPrecision(4))),
  };
  const scale = String(Number(privacy.noiseScale.toPrecision(3)));
  return privacy.definition === "pure"
    ? fillTemplate(messages.privacyLaplace, { ...accuracy, epsilon: String(privacy.epsilon), scale })
    : fillTemplate(messages.privacyGaussian, { ...accuracy, rho: String(privacy.rho), sigma: scale });
}

/** The footnote a disclosure metadata implies, in a language: what protectTable (or rawDisclosure) writes. */
export function noteOfDisclosure(
  disclosure: DisclosureMetadata,
  messages: StatsDisclosureMessages,
  lang: string,
): string {
  if (disclosure.method === "none") return messages.raw;
  if (disclosure.method === "differential_privacy" && disclosure.privacy !== undefined) {
    return `${privacyNote(disclosure.privacy, messages)} ${messages.totals}`;
  }
  const distinct = disclosure.suppressedPrimary !== undefined;
  return noteOf(
    {
      suppression: disclosure.method === "suppression" || disclosure.method === "suppression_and_rounding",
      threshold: disclosure.threshold ?? 0,
      zerosSensitive: disclosure.zerosSensitive,
      markers: disclosure.markers ?? "distinct",
      rounding: disclosure.rounding,
    },
    distinct ? (disclosure.suppressedPrimary ?? 0) : disclosure.suppressedCells,
    distinct ? (disclosure.suppressedSecondary ?? 0) : 0,
    messages,
    lang,
  );
}
