// Run: pnpm --filter @nrmkit/examples exec tsx 04-open-decisions.ts
// Prints open decisions as of 1 June 2014 per task force and for one organisation, the attendance
// matrix, participation rates and the decisions both task forces share, each decision named as a
// secretariat names it: task force, meeting date, number and wording.
import {
  attendanceMatrix,
  commonDecisions,
  getById,
  indexDataset,
  type LocalizedText,
  openDecisions,
  participationRates,
  pickText,
} from "@nrmkit/core";
import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";

const data = belarusTaskForces2014;
const index = indexDataset(data);
const en = (text: LocalizedText | undefined) => pickText(text, ["en"]).text;
const orgName = (id: string) => en(getById(index, "organizations", id).name);
const asOf = "2014-06-01";
/** "Vitebsk, 14 May 2014, No. 3: to strengthen cooperation …", as minutes refer to a decision. */
const named = (decisionId: string): string => {
  const decision = getById(index, "decisions", decisionId);
  const meeting = getById(index, "meetings", decision.meetingId);
  const place = en(meeting.venue?.locality) || en(getById(index, "taskForces", meeting.taskForceId).name);
  const day = new Date(`${meeting.date}T00:00:00Z`).toLocaleDateString("en-GB", { dateStyle: "long", timeZone: "UTC" });
  const text = en(decision.text);
  return `${place}, ${day}, No. ${decision.ordinal}: ${text.length > 90 ? `${text.slice(0, 89)}…` : text}`;
};

console.log(`## Open decisions as of ${asOf}`);
for (const taskForce of data.taskForces) {
  const open = openDecisions(data, { asOf, taskForceId: taskForce.id });
  console.log(`${en(taskForce.name)}: ${open.length} open (${open.map((decision) => decision.ordinal).join(", ")})`);
}
for (const organizationId of ["org-by-ho-bar", "org-by-vi-migration"]) {
  const open = openDecisions(data, { asOf, organizationId });
  console.log(`${orgName(organizationId)} (${open.length} open):`);
  for (const decision of open) console.log(`  - ${named(decision.id)}`);
}

console.log("\n## Attendance matrix (P = MoU party, I = interested organisation, G = guest, . = absent)");
const matrix = attendanceMatrix(data);
const letter = { mou_party: "P", interested_organization: "I", guest: "G", absent: "." } as const;
console.log(
  `${"".padEnd(60)} ${matrix.meetingIds.map((id) => getById(index, "meetings", id).date.padEnd(10)).join(" ")}`,
);
for (const [column, organizationId] of matrix.organizationIds.entries()) {
  const cells = matrix.cells.map((row) => letter[row[column] ?? "absent"].padEnd(10));
  console.log(`${orgName(organizationId).slice(0, 60).padEnd(60)} ${cells.join(" ")}`);
}

console.log("\n## Participation of MoU parties");
for (const taskForce of data.taskForces) {
  for (const rate of participationRates(data, { taskForceId: taskForce.id })) {
    const percent = rate.rate === null ? "n/a" : `${Math.round(rate.rate * 100)}%`;
    console.log(
      `${taskForce.id.padEnd(18)}  ${orgName(rate.organizationId).slice(0, 60).padEnd(60)} ${rate.meetingsAttended}/${rate.meetingsHeld} ${percent}`,
    );
  }
}

console.log("\n## Decisions common to both task forces");
for (const group of commonDecisions(data)) {
  console.log(`${group.category}:`);
  for (const decisionId of group.decisionIds) console.log(`  - ${named(decisionId)}`);
}
