import { describe, expect, it } from "vitest";
import { CONFIDENTIALITY_CORPUS, CORPUS_HOTLINES, CORPUS_OFFICIALS } from "../test/confidentialityCorpus.js";
import { findPersonalData, type PersonalDataFinding } from "./confidentiality.js";
import { redact } from "./redact.js";

const options = { officials: CORPUS_OFFICIALS, allowedPhones: CORPUS_HOTLINES };

/** Whether every visible character of the piece lies inside a finding. */
function covered(text: string, piece: string, findings: readonly PersonalDataFinding[]): boolean {
  const start = text.indexOf(piece);
  for (let at = start; at < start + piece.length; at++) {
    if (/\s/u.test(text[at] as string)) continue;
    if (!findings.some((finding) => finding.start <= at && at < finding.end)) return false;
  }
  return true;
}

/** Digit runs of a text, with separators between digits dropped (`+375 29 1-2` → `375291 2`). */
function digitRuns(text: string): string[] {
  return text.replace(/(?<=\d)[\s.()\-/\u200b]+(?=\d)/gu, "").match(/\d+/g) ?? [];
}

describe("findPersonalData on the invented corpus", () => {
  const results = CONFIDENTIALITY_CORPUS.map((entry) => ({ entry, findings: findPersonalData(entry.text, options) }));

  it("holds at least 60 texts in en and ru and 15 in be, uk and ro", () => {
    const count = (languages: readonly string[]) =>
      CONFIDENTIALITY_CORPUS.filter((entry) => languages.includes(entry.language)).length;
    expect(count(["en", "ru"])).toBeGreaterThanOrEqual(60);
    expect(count(["be", "uk", "ro"])).toBeGreaterThanOrEqual(15);
  });

  it("finds at least 98% of the labelled pieces", () => {
    const missed = results.flatMap(({ entry, findings }) =>
      entry.pieces.filter((piece) => !covered(entry.text, piece, findings)).map((piece) => `${piece} in ${entry.text}`),
    );
    const total = results.reduce((sum, { entry }) => sum + entry.pieces.length, 0);
    expect({ recall: 1 - missed.length / total, missed }).toEqual({
      recall: expect.toSatisfy((recall: number) => recall >= 0.98),
      missed: expect.any(Array),
    });
  });

  it("raises a false alarm in at most one clean text", () => {
    const alarms = results
      .filter(({ entry, findings }) => entry.pieces.length === 0 && findings.length > 0)
      .map(({ entry, findings }) => [entry.text, findings.map((finding) => finding.text)]);
    expect(alarms.length, JSON.stringify(alarms)).toBeLessThanOrEqual(1);
  });

  it("leaves none of the found pieces, nor their digits, behind once redacted", () => {
    for (const { entry, findings } of results) {
      const redacted = redact(entry.text, findings);
      const runs = digitRuns(redacted);
      for (const finding of findings) {
        expect(redacted).not.toContain(finding.text);
        const digits = finding.text.replace(/\D/g, "");
        if (digits.length >= 4)
          expect(
            runs.some((run) => run.includes(digits)),
            redacted,
          ).toBe(false);
      }
    }
  });
});
