// Run: pnpm build && pnpm --filter @nrmkit/examples exec tsx 33-brest-third-task-force.ts
// A secretariat adds the third meeting of the 2014 series, Brest (21 May 2014), to the bundled
// Gomel and Vitebsk data (data/brest.ts): a task force, its MoU, a meeting whose venue is known only
// by its host and whose guest is a donor (USAID), and two decisions that repeat Vitebsk's. The
// extended dataset validates; the Vitebsk news item's "next item" now points at the Brest meeting by
// id; the report names USAID as a donor; the attendance report covers all three task forces.
import { indexDataset } from "@nrmkit/core";
import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
import {
  buildAttendanceReport,
  buildDecisionTracker,
  buildMeetingReport,
  buildMinutes,
  renderText,
} from "@nrmkit/report";
import { validateDataset } from "@nrmkit/validation";
import { BREST_MEETING, withBrest } from "./data/brest.js";

const dataset = withBrest(belarusTaskForces2014);
const validated = validateDataset(dataset);
if (!validated.success) {
  for (const issue of validated.issues) console.error(`- ${issue.message}`);
  throw new Error("the extended dataset does not validate");
}
console.log(`Valid: ${dataset.taskForces.length} task forces, ${dataset.meetings.length} meetings.`);

const index = indexDataset(validated.data);
// Series links by id: each report links the other meeting's report.
const meetingUrl = (id: string) => `../${id.replace(/^meeting-/, "")}/report.en.html`;
for (const locale of ["en", "ru"] as const) {
  console.log(renderText(buildMeetingReport(index, BREST_MEETING, { locale, meetingUrl })));
}
const vitebsk = renderText(buildMeetingReport(index, "meeting-vitebsk-2014-05-14", { meetingUrl }));
console.log(vitebsk.split("\n").find((line) => line.startsWith("Next item:")));
console.log(renderText(buildMinutes(index, BREST_MEETING, { asOf: "2014-12-01" })));
console.log(renderText(buildAttendanceReport(index)));
console.log(
  renderText(buildDecisionTracker(index, { asOf: "2014-12-01" }))
    .split("\n")
    .slice(0, 8)
    .join("\n"),
);
