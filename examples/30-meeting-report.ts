// Run: pnpm --filter @nrmkit/examples exec tsx 30-meeting-report.ts
// Prints the report of the Vitebsk meeting of 14 May 2014 as plain text, in English and in Russian.
import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
import { buildMeetingReport, renderText } from "@nrmkit/report";

for (const locale of ["en", "ru"]) {
  // One document tree per language; renderMarkdown, renderHtml, renderJson serialise the same tree.
  const report = buildMeetingReport(belarusTaskForces2014, "meeting-vitebsk-2014-05-14", { locale });
  console.log(renderText(report));
}
