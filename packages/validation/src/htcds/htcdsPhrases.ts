// The phrases of the HTCDS import. Their English form registers as the `htcds` section of the
// catalogue when the HTCDS entry point loads, so the main entry never carries them; every translation
// holds its `htcds` section in its own locale (locales/*.ts).
import { registerSection } from "../internal/catalogue.js";
import { EN_HTCDS } from "../locales/en.js";

registerSection("htcds", EN_HTCDS);

/** Expected phrase for an age in years. */
export const EXPECTED_HTCDS_AGE = EN_HTCDS.age;
/** Expected phrase for a country of citizenship or exploitation. */
export const EXPECTED_HTCDS_COUNTRY = EN_HTCDS.country;
/** Expected phrase for a case id that is not pseudonymous. */
export const EXPECTED_HTCDS_CASE_ID = EN_HTCDS.caseId;
