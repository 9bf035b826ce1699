// Run: pnpm build && pnpm --filter @nrmkit/examples exec tsx 32-moldova-romanian.ts
// A task force in Moldova, in Romanian: an illustrative Bălți (MD-BA) task force (data/balti.ts)
// gets its meeting report, minutes, decision tracker and MoU text in Romanian, with Romanian dates
// and counts ("4 decizii", "20 de decizii"), and a broken copy of its data gets Romanian validation
// messages. The languages past en and ru are objects imported from each package's /locales entry,
// so a bundle pays only for the languages it imports; registerLocale makes their tag work too.
import { registerLocale } from "@nrmkit/core";
import { buildDecisionTracker, buildMeetingReport, buildMinutes, buildMouText, renderText } from "@nrmkit/report";
import { ro } from "@nrmkit/report/locales";
import { validateDataset } from "@nrmkit/validation";
import { ro as roValidation } from "@nrmkit/validation/locales";
import { baltiTaskForce } from "./data/balti.js";

// Pass the locale object itself, or register it once and use its tag.
const report = buildMeetingReport(baltiTaskForce, "meeting-balti-2024-03-14", { locale: ro });
console.log(renderText(report));

registerLocale(ro);
registerLocale(roValidation);

console.log(renderText(buildMinutes(baltiTaskForce, "meeting-balti-2024-03-14", { locale: "ro", asOf: "2024-07-01" })));
console.log(renderText(buildDecisionTracker(baltiTaskForce, { locale: "ro-MD", asOf: "2024-07-01" })));
console.log(renderText(buildMouText(baltiTaskForce, "mou-balti", { locale: "ro", asOf: "2024-07-01" })));

// The data validates; a broken copy is answered in Romanian, naming the field, the value and the rule.
console.log("Date valide:", validateDataset(baltiTaskForce, { locale: "ro" }).success);
const broken = {
  ...baltiTaskForce,
  organizations: baltiTaskForce.organizations.map((org, index) => (index === 1 ? { ...org, kind: "polce" } : org)),
  meetings: baltiTaskForce.meetings.map((meeting) => ({ ...meeting, date: "2024-02-30" })),
  decisions: baltiTaskForce.decisions.map((decision, index) =>
    index === 1
      ? { ...decision, responsibleIds: ["org-md-ba-missing"] }
      : index === 3
        ? { ...decision, ordinal: 7 }
        : decision,
  ),
};
const result = validateDataset(broken, { locale: "ro" });
if (!result.success) for (const issue of result.issues) console.log(`- ${issue.message}`);
