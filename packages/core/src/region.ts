import type { LocalizedText } from "./localizedText.js";

/**
 * A first-level administrative region (oblast, province, state, capital city) of any country.
 *
 * @category Model
 * @since 0.1.0
 */
export interface Region {
  /** The ISO 3166-2 subdivision code, used as the id: `"BY-HO"`, `"MD-BA"`. */
  readonly id: string;
  /** The ISO 3166-1 alpha-2 country code: `"BY"`, `"MD"`. */
  readonly country: string;
  /** What kind of region this is in its country: `"oblast"`, `"city"`, `"province"`, … */
  readonly kind: string;
  /** The region's names in several languages and transliterations. */
  readonly name: LocalizedText;
}
