// The phrases of the CTDC import. Their English form registers as the `ctdc` section of the
// catalogue when the CTDC entry point loads, so the main entry never carries them; every translation
// holds its `ctdc` section in its own locale (locales/*.ts).
import { registerSection } from "../internal/catalogue.js";
import { EN_CTDC } from "../locales/en.js";

registerSection("ctdc", EN_CTDC);

/** Expected phrase for a CTDC 0/1 flag. */
export const EXPECTED_CTDC_FLAG = EN_CTDC.flag;
/** Expected phrase for CTDC's year of registration. */
export const EXPECTED_CTDC_YEAR = EN_CTDC.year;
/** Expected phrase for a CTDC age band. */
export const EXPECTED_CTDC_AGE = EN_CTDC.age;
/** Expected phrase for a CTDC gender. */
export const EXPECTED_CTDC_GENDER = EN_CTDC.gender;
/** Expected phrase for a CTDC data source. */
export const EXPECTED_CTDC_SOURCE = EN_CTDC.source;
/** Expected phrase for a CTDC majority status. */
export const EXPECTED_CTDC_MAJORITY = EN_CTDC.majority;
/** Expected phrase for a CTDC country. */
export const EXPECTED_CTDC_COUNTRY = EN_CTDC.country;
/** Expected phrase for a CTDC column that joins labels. */
export const EXPECTED_CTDC_LABELS = EN_CTDC.labels;
/** Expected phrase for a column the import needs. */
export const EXPECTED_CTDC_YEAR_COLUMN = EN_CTDC.yearColumn;
/** Expected phrase for a value of a user-defined boolean field in a CTDC file. */
export const EXPECTED_CTDC_BOOLEAN = EN_CTDC.boolean;
