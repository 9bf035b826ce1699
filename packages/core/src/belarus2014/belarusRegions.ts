import { deepFreeze } from "../internal/deepFreeze.js";
import type { Region } from "../region.js";

/**
 * The seven first-level regions of Belarus (six oblasts and Minsk city), as bundled reference data.
 *
 * @remarks
 * Ids are ISO 3166-2 codes. Names are given in English (`en`), Russian (`ru`), Belarusian (`be`)
 * and Belarusian in the Latin script (`be-Latn`, national romanisation, e.g. `Homieĺskaja voblasć`).
 * The array and its objects are frozen.
 *
 * @example
 * ```ts
 * import { belarusRegions } from "@nrmkit/core/belarus2014";
 *
 * belarusRegions.map((region) => region.id);
 * // => ["BY-BR", "BY-HO", "BY-HR", "BY-MA", "BY-MI", "BY-VI", "BY-HM"]
 * belarusRegions.find((region) => region.id === "BY-HO")?.name.ru;
 * // => "Гомельская область"
 * ```
 *
 * @category Reference data
 * @since 0.1.0
 */
export const belarusRegions: readonly Region[] = deepFreeze([
  {
    id: "BY-BR",
    country: "BY",
    kind: "oblast",
    name: {
      en: "Brest Oblast",
      ru: "Брестская область",
      be: "Брэсцкая вобласць",
      "be-Latn": "Bresckaja voblasć",
    },
  },
  {
    id: "BY-HO",
    country: "BY",
    kind: "oblast",
    name: {
      en: "Gomel Oblast",
      ru: "Гомельская область",
      be: "Гомельская вобласць",
      "be-Latn": "Homieĺskaja voblasć",
    },
  },
  {
    id: "BY-HR",
    country: "BY",
    kind: "oblast",
    name: {
      en: "Grodno Oblast",
      ru: "Гродненская область",
      be: "Гродзенская вобласць",
      "be-Latn": "Hrodzienskaja voblasć",
    },
  },
  {
    id: "BY-MA",
    country: "BY",
    kind: "oblast",
    name: {
      en: "Mogilev Oblast",
      ru: "Могилёвская область",
      be: "Магілёўская вобласць",
      "be-Latn": "Mahilioŭskaja voblasć",
    },
  },
  {
    id: "BY-MI",
    country: "BY",
    kind: "oblast",
    name: {
      en: "Minsk Oblast",
      ru: "Минская область",
      be: "Мінская вобласць",
      "be-Latn": "Minskaja voblasć",
    },
  },
  {
    id: "BY-VI",
    country: "BY",
    kind: "oblast",
    name: {
      en: "Vitebsk Oblast",
      ru: "Витебская область",
      be: "Віцебская вобласць",
      "be-Latn": "Viciebskaja voblasć",
    },
  },
  {
    id: "BY-HM",
    country: "BY",
    kind: "city",
    name: {
      en: "Minsk",
      ru: "Минск",
      be: "Мінск",
      "be-Latn": "Minsk",
    },
  },
]);
