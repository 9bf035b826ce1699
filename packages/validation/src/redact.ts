import { NrmkitError } from "@nrmkit/core";
import type { PersonalDataFinding } from "./confidentiality.js";
import { arrayArgument, optionsArgument, textArgument } from "./internal/arguments.js";

/**
 * Options of {@link redact}.
 *
 * @category Confidentiality
 * @since 0.1.0
 */
export interface RedactOptions {
  /**
   * What replaces each finding: a fixed string, or a function of the finding. Default: the kind
   * in brackets, such as `[person_name]`.
   */
  readonly mask?: string | ((finding: PersonalDataFinding) => string);
}

/**
 * Replaces findings of {@link findPersonalData} in the text they were found in.
 *
 * @remarks
 * Findings may come in any order; overlapping ones are merged into the first. Review the result:
 * the finder is heuristic.
 *
 * @param text - The text the findings were found in.
 * @param findings - What to replace.
 * @param options - The mask.
 * @returns The text with every finding masked.
 * @throws NrmkitError with code `invalid_argument` when a finding does not match the text (its
 * `start`/`end` are out of range or `text.slice(start, end)` differs from `finding.text`).
 *
 * @example
 * ```ts
 * import { findPersonalData, redact } from "@nrmkit/validation";
 *
 * const text = "Maria Petrova, tel. +375 29 123-45-67";
 * redact(text, findPersonalData(text));
 * // => "[person_name], tel. [phone]"
 * redact(text, findPersonalData(text), { mask: (finding) => "█".repeat(finding.text.length) });
 * // => "█████████████, tel. █████████████████"
 * ```
 *
 * @category Confidentiality
 * @since 0.1.0
 */
export function redact(text: string, findings: readonly PersonalDataFinding[], options?: RedactOptions): string {
  textArgument(text, "text");
  arrayArgument(findings, "findings");
  const { mask } = optionsArgument(options);
  const render = typeof mask === "function" ? mask : (finding: PersonalDataFinding) => mask ?? `[${finding.kind}]`;
  for (const finding of findings) {
    const { start, end } = finding;
    if (
      !Number.isInteger(start) ||
      !Number.isInteger(end) ||
      start < 0 ||
      end > text.length ||
      start > end ||
      text.slice(start, end) !== finding.text
    ) {
      throw new NrmkitError(
        "invalid_argument",
        `findings: expected findings of this text, received ${finding.kind} at ${start}–${end} that does not match it`,
      );
    }
  }
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  let result = "";
  let at = 0;
  for (const finding of sorted) {
    if (finding.end <= at) continue;
    if (finding.start < at) {
      // Overlaps the finding just masked: mask the part that sticks out together with it.
      at = finding.end;
      continue;
    }
    result += text.slice(at, finding.start) + render(finding);
    at = finding.end;
  }
  return result + text.slice(at);
}
