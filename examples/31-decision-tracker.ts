// Run: pnpm --filter @nrmkit/examples exec tsx 31-decision-tracker.ts
// Prints a decision tracker across the Gomel and Vitebsk task forces on 1 December 2014, after some
// follow-up (one decision overdue, one done, one dropped), then the overdue decisions as CSV.
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

const tracker = buildDecisionTracker(followedUp, { asOf: "2014-12-01" });
const text = renderText(tracker);
// The full register repeats every decision: print the tracker up to it.
console.log(text.slice(0, text.indexOf("All decisions")).trimEnd());
console.log("\nOverdue decisions as CSV:\n");
console.log(renderCsv(tracker, { tableId: "overdue" }));
