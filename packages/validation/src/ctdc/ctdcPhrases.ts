// The phrases of the CTDC import, English and Russian. They live with the CTDC entry point and
// register as the `ctdc` section of the catalogue when it loads, so the main entry never carries
// them; the other languages hold their `ctdc` section in their own locale (locales/*.ts).
import { registerSection } from "../internal/catalogue.js";
import type { ValidationMessages } from "../validationMessages.js";

const EN_CTDC: ValidationMessages["ctdc"] = {
  flag: "1, 0 or an empty cell (not recorded)",
  year: "a year of registration written YYYY",
  age: "a CTDC age band such as 18--20 or 48+, or an empty cell",
  gender: "Female, Male, Transgender/NonConforming or an empty cell",
  source: "Case Management, Hotline or an empty cell",
  majority: "Minor, Adult, Unknown or an empty cell",
  country: "an ISO 3166-1 alpha-2 country code such as BY or MD, or an empty cell",
  labels: "labels of this group joined with ;",
  yearColumn: "a column yearOfRegistration in the header",
  boolean: "1, 0, true, false or an empty cell",
};

const RU_CTDC: ValidationMessages["ctdc"] = {
  flag: "1, 0 или пустая ячейка (не записано)",
  year: "год регистрации в формате ГГГГ",
  age: "возрастная группа CTDC, например 18--20 или 48+, или пустая ячейка",
  gender: "Female, Male, Transgender/NonConforming или пустая ячейка",
  source: "Case Management, Hotline или пустая ячейка",
  majority: "Minor, Adult, Unknown или пустая ячейка",
  country: "код страны ISO 3166-1 alpha-2, например BY или MD, или пустая ячейка",
  labels: "метки этой группы через ;",
  yearColumn: "столбец yearOfRegistration в заголовке",
  boolean: "1, 0, true, false или пустая ячейка",
};

registerSection("ctdc", EN_CTDC, { en: EN_CTDC, ru: RU_CTDC });

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
