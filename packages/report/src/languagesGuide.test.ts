// Keeps docs/guides/languages.md true: every ```ts block runs as written, so each built-in
// language's list of sentences is what the catalogues really write.
import { readFileSync } from "node:fs";
import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
import { generateSyntheticCases } from "@nrmkit/core/synthetic";
import { type StatsLocale, trend } from "@nrmkit/stats";
import { localizeIssue, type ValidationLocale } from "@nrmkit/validation";
import * as validationLocales from "@nrmkit/validation/locales";
import { pl as dateFnsPl } from "date-fns/locale/pl";
import { describe, expect, it } from "vitest";
import { withBrest } from "../test/fixtures.js";
import { replay } from "../test/replay.js";
import type { NrmLocale } from "./i18n/nrmLocale.js";
import { buildMeetingReport } from "./meetingReport.js";
import { renderText } from "./renderText.js";

const blocks = [
  ...readFileSync(new URL("../../../docs/guides/languages.md", import.meta.url), "utf8").matchAll(
    /```ts\n([\s\S]*?)```/g,
  ),
].map((match) => match[1] ?? "");

const records = generateSyntheticCases({ count: 40, seed: 1 });
const brest = withBrest(belarusTaskForces2014);
/** The last sentence of the guide's Brest meeting's participants: its donor guest. */
const guestSentence = (locale: NrmLocale): string =>
  renderText(buildMeetingReport(brest, "meeting-brest-2014-06-18", { locale }))
    .split("\n")
    .filter((line) => line.includes("USAID"))
    .at(-1) ?? "";
// The two helpers the guide names in its text.
const extra = {
  validationLocales,
  guestSentence,
  dateFnsPl,
  quarters: (locale: StatsLocale): string[] =>
    trend(records, {
      period: "quarter",
      from: "2023-01-01",
      to: "2023-06-30",
      locale,
    }).table.dimensions[0]?.categories.map((category) => category.label) ?? [],
  dateIssue: (locale: ValidationLocale): string =>
    localizeIssue(
      {
        code: "invalid_format",
        path: ["meetings", 0, "date"],
        expected: "a real date written YYYY-MM-DD",
        received: '"2024-02-30"',
        message: "",
      },
      locale,
    ).message,
};

describe("languages guide", () => {
  it("has a block for every built-in language and for a sixth one", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(8);
  });

  it.each(blocks.map((code, index) => [index + 1, code]))("code block %i holds as written", (_, code) => {
    expect(replay(code, extra)).toBeGreaterThan(0);
  });
});
