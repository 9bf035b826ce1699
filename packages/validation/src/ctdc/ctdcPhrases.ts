// The phrases of the CTDC import, English and Russian. They live with the CTDC entry point and
// register their Russian forms when it loads, so the main entry never carries them.
import { registerExactRu } from "../internal/phrases.js";

/** Expected phrase for a CTDC 0/1 flag. */
export const EXPECTED_CTDC_FLAG = "1, 0 or an empty cell (not recorded)";
/** Expected phrase for CTDC's year of registration. */
export const EXPECTED_CTDC_YEAR = "a year of registration written YYYY";
/** Expected phrase for a CTDC age band. */
export const EXPECTED_CTDC_AGE = "a CTDC age band such as 18--20 or 48+, or an empty cell";
/** Expected phrase for a CTDC gender. */
export const EXPECTED_CTDC_GENDER = "Female, Male, Transgender/NonConforming or an empty cell";
/** Expected phrase for a CTDC data source. */
export const EXPECTED_CTDC_SOURCE = "Case Management, Hotline or an empty cell";
/** Expected phrase for a CTDC majority status. */
export const EXPECTED_CTDC_MAJORITY = "Minor, Adult, Unknown or an empty cell";
/** Expected phrase for a CTDC country. */
export const EXPECTED_CTDC_COUNTRY = "an ISO 3166-1 alpha-2 country code such as BY, or an empty cell";
/** Expected phrase for a CTDC column that joins labels. */
export const EXPECTED_CTDC_LABELS = "labels of this group joined with ;";
/** Expected phrase for a column the import needs. */
export const EXPECTED_CTDC_YEAR_COLUMN = "a column yearOfRegistration in the header";
/** Expected phrase for a value of a user-defined boolean field in a CTDC file. */
export const EXPECTED_CTDC_BOOLEAN = "1, 0, true, false or an empty cell";
registerExactRu({
  [EXPECTED_CTDC_FLAG]: "1, 0 или пустая ячейка (не записано)",
  [EXPECTED_CTDC_YEAR]: "год регистрации в формате ГГГГ",
  [EXPECTED_CTDC_AGE]: "возрастная группа CTDC, например 18--20 или 48+, или пустая ячейка",
  [EXPECTED_CTDC_GENDER]: "Female, Male, Transgender/NonConforming или пустая ячейка",
  [EXPECTED_CTDC_SOURCE]: "Case Management, Hotline или пустая ячейка",
  [EXPECTED_CTDC_MAJORITY]: "Minor, Adult, Unknown или пустая ячейка",
  [EXPECTED_CTDC_COUNTRY]: "код страны ISO 3166-1 alpha-2, например BY, или пустая ячейка",
  [EXPECTED_CTDC_LABELS]: "метки этой группы через ;",
  [EXPECTED_CTDC_YEAR_COLUMN]: "столбец yearOfRegistration в заголовке",
  [EXPECTED_CTDC_BOOLEAN]: "1, 0, true, false или пустая ячейка",
});
