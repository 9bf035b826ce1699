// Run: pnpm --filter @nrmkit/examples exec tsx 03-mou-history.ts
// Prints each task force's MoU history after applying the MoU decisions of its meeting, and the diff between first and last version.
import {
  amendmentFromDecision,
  diffMou,
  getById,
  indexDataset,
  type LocalizedText,
  mouAsOf,
  mouVersions,
  pickText,
} from "@nrmkit/core";
import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";

const index = indexDataset(belarusTaskForces2014);
const en = (text: LocalizedText | undefined) => pickText(text, ["en"]).text;
const orgName = (id: string) => en(getById(index, "organizations", id).name);

// Each decision with structured effects becomes a dated amendment (here: the day it was adopted).
const amendments = belarusTaskForces2014.decisions
  .filter((decision) => decision.effects !== undefined)
  .map((decision) => amendmentFromDecision(decision, { date: decision.statusHistory[0]?.date ?? "" }));

for (const mou of belarusTaskForces2014.mous) {
  console.log(`\n## ${en(mou.title)}`);
  const versions = mouVersions(mou, amendments);
  for (const version of versions) {
    const source = version.amendmentId === undefined ? "base text (illustrative)" : version.amendmentId;
    console.log(
      `${version.date}  ${source}: ${version.mou.clauses.length} clauses, ${version.mou.parties.length} parties, ${version.patches.length} patches`,
    );
  }
  const first = versions[0]?.mou ?? mou;
  const last = versions.at(-1)?.mou ?? mou;
  const diff = diffMou(first, last);
  console.log("Diff, base text → latest version:");
  for (const clause of diff.addedClauses)
    console.log(`  + clause ${clause.number} [${clause.topic}] ${en(clause.text)}`);
  for (const clause of diff.removedClauses) console.log(`  - clause ${clause.number} [${clause.topic}]`);
  for (const change of diff.changedClauses) console.log(`  ~ clause ${change.number}: ${en(change.after.text)}`);
  for (const id of diff.addedPartyIds) console.log(`  + party ${orgName(id)}`);
  for (const id of diff.withdrawnPartyIds) console.log(`  - party ${orgName(id)}`);
  const dayBefore = mouAsOf(mou, amendments, "2014-04-15");
  console.log(
    `Parties on 2014-04-15: ${dayBefore?.parties.length ?? 0}; on 2014-06-01: ${mouAsOf(mou, amendments, "2014-06-01")?.parties.length ?? 0}`,
  );
}
