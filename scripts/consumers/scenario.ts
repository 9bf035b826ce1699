// The one program every consumer runs (ESM under node16, CJS, a bundler project, a browser page):
// it touches every package and subpath the way an app does and fails loudly when a result is wrong.
import { isIsoDate, isNrmkitError, NrmkitError, openDecisions } from "@nrmkit/core";
import { belarusRegions, belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
import { generateSyntheticCases } from "@nrmkit/core/synthetic";
import { buildMeetingReport, escapeHtml, renderHtml } from "@nrmkit/report";
import { aggregate, publishTable } from "@nrmkit/stats";
import {
  createParsers,
  isValidationError,
  parseCaseRecord,
  safeParseCaseRecord,
  ValidationError,
  validateDataset,
} from "@nrmkit/validation";
import * as z from "zod";

function check(condition: boolean, what: string): void {
  if (!condition) throw new Error(`consumer check failed: ${what}`);
}

/** Runs the scenario; returns one line per check group for the log. */
export function scenario(): string[] {
  check(isIsoDate("2014-05-14") && !isIsoDate("2014-02-30"), "isIsoDate");
  check(belarusRegions.length === 7, "belarusRegions from @nrmkit/core/belarus2014");
  check(validateDataset(belarusTaskForces2014).success, "validateDataset accepts the bundled dataset");
  check(openDecisions(belarusTaskForces2014, { asOf: "2014-06-01" }).length > 0, "openDecisions");

  const records = generateSyntheticCases({ count: 300, seed: 7 });
  const first = records[0];
  check(first !== undefined && safeParseCaseRecord(first).success, "safeParseCaseRecord accepts a synthetic record");
  let thrown: unknown;
  try {
    parseCaseRecord({ id: 1 });
  } catch (error) {
    thrown = error;
  }
  check(isValidationError(thrown) && thrown instanceof ValidationError && thrown.issues.length > 0, "ValidationError");
  check(
    isNrmkitError(thrown, "validation_failed") && thrown instanceof NrmkitError,
    "ValidationError is an NrmkitError",
  );

  // zod is a peer dependency: the app's own zod schema goes into nrmkit's createParsers.
  const ids = createParsers(z.object({ id: z.string().min(1) }));
  check(ids.parse({ id: "x" }).id === "x" && !ids.safeParse({ id: "" }).success, "createParsers with the app's zod");

  const table = publishTable(aggregate(records, { dimensions: ["regionId"], period: "year" }));
  check(table.cells.length > 0, "aggregate + publishTable");

  const html = renderHtml(buildMeetingReport(belarusTaskForces2014, "meeting-vitebsk-2014-05-14"));
  check(html.includes("Vitebsk") && !html.includes("<script"), "buildMeetingReport + renderHtml");
  check(escapeHtml('<a href="x">') === "&lt;a href=&quot;x&quot;&gt;", "escapeHtml");

  return [
    `core, core/belarus2014, core/synthetic: ${records.length} synthetic records, ${belarusRegions.length} regions`,
    `validation: ${(thrown as ValidationError).issues.length} issues for a broken record`,
    `stats: ${table.cells.length} cells; report: ${html.length} characters of HTML`,
  ];
}
