// Run: pnpm --filter @nrmkit/examples exec tsx 31-decision-tracker.ts
// Prints a decision tracker across the Gomel and Vitebsk task forces on 1 December 2014, after some
// follow-up (one decision overdue, one dropped, four done through MoU amendments), then the overdue
// decisions as CSV and the size of the whole register.
import { type NrmDataset, updateDecisionStatus } from "@nrmkit/core";
import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
import { buildDecisionTracker, renderCsv, renderText } from "@nrmkit/report";

// Follow-up recorded after the meetings: due dates and status changes (illustrative).
const followedUp: NrmDataset = {
  ...belarusTaskForces2014,
  decisions: belarusTaskForces2014.decisions.map((decision) => {
    switch (decision.id) {
      case "decision-gomel-2014-04-16-05": // legal aid through the bar association
        return { ...decision, dueDate: "2014-09-01" };
      case "decision-gomel-2014-04-16-09": // amend the MoU text
        return updateDecisionStatus(decision, { status: "done", date: "2014-11-20" });
      case "decision-vitebsk-2014-05-14-06": // crisis centres
        return updateDecisionStatus(decision, { status: "dropped", date: "2014-10-15" });
      default:
        return decision;
    }
  }),
};

// The decisions' MoU effects count as applied (as on the MoU pages): those decisions are done.
const tracker = buildDecisionTracker(followedUp, { asOf: "2014-12-01", includeDecisionEffects: true });
// Each decision appears once, in the section of its status.
console.log(renderText(tracker));
console.log("\nOverdue decisions as CSV:\n");
console.log(renderCsv(tracker, { tableId: "overdue" }));
// The sections share the group "decisions": the whole register as one CSV.
console.log(renderCsv(tracker, { tableId: "decisions" }).split("\r\n").length - 2, "decisions in the register CSV");
