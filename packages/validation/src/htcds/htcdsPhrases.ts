// The phrases of the HTCDS import, English and Russian. They live with the HTCDS entry point and
// register as the `htcds` section of the catalogue when it loads, so the main entry never carries
// them; the other languages hold their `htcds` section in their own locale (locales/*.ts).
import { registerSection } from "../internal/catalogue.js";
import type { ValidationMessages } from "../validationMessages.js";

const EN_HTCDS: ValidationMessages["htcds"] = {
  age: "a whole number of years",
  country: "an ISO 3166-1 country code (alpha-2 or alpha-3)",
  caseId: "a pseudonymous case id",
};

const RU_HTCDS: ValidationMessages["htcds"] = {
  age: "целое число лет",
  country: "код страны ISO 3166-1 (alpha-2 или alpha-3)",
  caseId: "псевдонимный идентификатор случая",
};

registerSection("htcds", EN_HTCDS, { en: EN_HTCDS, ru: RU_HTCDS });

/** Expected phrase for an age in years. */
export const EXPECTED_HTCDS_AGE = EN_HTCDS.age;
/** Expected phrase for a country of citizenship or exploitation. */
export const EXPECTED_HTCDS_COUNTRY = EN_HTCDS.country;
/** Expected phrase for a case id that is not pseudonymous. */
export const EXPECTED_HTCDS_CASE_ID = EN_HTCDS.caseId;
