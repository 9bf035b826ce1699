// The rules of a case record that both the Zod schema and the hand-written fast check use, so the
// two cannot drift apart: the pseudonymous-id rule and codes. Vocabularies and dates come from core.
import { AGE_BANDS } from "@nrmkit/core";
import { organizationKindSchema } from "../organizationSchema.js";

/** CTDC age bands and `unknown`, as `AgeBand`. */
export const AGE_BAND_VALUES = [...AGE_BANDS, "unknown"] as const;
/** Kinds of referring agency, `self` and `unknown`, as `CaseRecord["referringAgencyKind"]`. */
export const REFERRER_KINDS = [...organizationKindSchema.options, "self", "unknown"] as const;

/**
 * Parts that make an id look like personal data: 9+ digits in a row (phone, national ID), a
 * passport number (two letters and seven digits), a Belarusian personal number, or two
 * capitalised words (`Ivan_Petrov`, `IvanPetrov`).
 */
export const PERSONAL_LOOKING =
  /\d{9}|(?<![A-Za-z])[A-Za-z]{2}\d{7}(?!\d)|\d{7}[A-Za-z]\d{3}[A-Za-z]{2}\d|[A-Z][a-z]{2,}[._-]?[A-Z][a-z]{2,}/;

/**
 * Whether a string is an acceptable pseudonymous case id: 1 to 64 ASCII letters, digits and
 * `. _ : / -`, starting with a letter or digit, with no part matching {@link PERSONAL_LOOKING}.
 */
export function isPseudonymousCaseId(value: string): boolean {
  const length = value.length;
  if (length < 1 || length > 64) return false;
  // One pass checks the characters and notes what a personal-looking part needs: seven digits in a
  // row, or a lower-case letter. Most ids have neither, and skip the regular expression.
  let run = 0;
  let longestRun = 0;
  let lowerCase = false;
  for (let i = 0; i < length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      run++;
      if (run > longestRun) longestRun = run;
      continue;
    }
    run = 0;
    if (code >= 97 && code <= 122) lowerCase = true;
    else if (
      !(code >= 65 && code <= 90) &&
      !(i > 0 && (code === 45 || code === 46 || code === 47 || code === 58 || code === 95))
    ) {
      return false;
    }
  }
  return (longestRun < 7 && !lowerCase) || !PERSONAL_LOOKING.test(value);
}

/** ISO 3166-1 alpha-3 or `unknown`. */
export const COUNTRY3 = /^(?:[A-Z]{3}|unknown)$/;
/** ISO 3166-2 region code, the same rule as `regionCodeSchema`. */
export const REGION_CODE = /^[A-Z]{2}-[A-Z0-9]{1,3}$/;
