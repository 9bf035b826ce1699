// Run: pnpm --filter @nrmkit/examples exec tsx 21-sharing-partials.ts
// Prints how two agencies' partial aggregates merge into one protected table, persons registered by both counted once.
import type { CaseRecord } from "@nrmkit/core";
import { generateSyntheticCases } from "@nrmkit/core/synthetic";
import { buildStatisticsReport, renderText } from "@nrmkit/report";
import { type AggregateSpec, mergePartials, partialAggregate, partialTable, publishTable } from "@nrmkit/stats";

// The secret is agreed by the MoU parties and never leaves them; the key is a case number both know.
const secret = "gomel-task-force-2014: shared statistics secret";
const key = (record: CaseRecord) => record.id;
const spec: AggregateSpec = {
  dimensions: ["exploitationGroup"],
  period: "quarter",
  from: "2014-01-01",
  to: "2014-12-31",
};

// Synthetic registers: the police and an NGO both registered cases 151-200.
const all = generateSyntheticCases({
  count: 400,
  seed: 21,
  regionIds: ["BY-HO"],
  from: "2014-01-01",
  to: "2014-12-31",
});
const police = all.slice(0, 200);
const ngo = all.slice(150, 400);

const policePartial = await partialAggregate(police, spec, { key, secret });
const ngoPartial = await partialAggregate(ngo, spec, { key, secret });
const merged = mergePartials(policePartial, ngoPartial);
console.log(
  `police ${policePartial.persons.length} + NGO ${ngoPartial.persons.length} persons -> merged ${merged.persons.length} (duplicates removed: ${policePartial.persons.length + ngoPartial.persons.length - merged.persons.length})`,
);
console.log(`first pseudonym: ${merged.persons[0]?.pseudonym} (HMAC-SHA-256, no case number, no agency)`);
console.log(
  `merge order does not matter: ${JSON.stringify(mergePartials(ngoPartial, policePartial)) === JSON.stringify(merged)}`,
);

const table = publishTable(partialTable(merged, "Registered victims, Gomel oblast, all agencies, 2014 (synthetic)"), {
  threshold: 11,
});
// The table as a secretariat reads it: headers, totals, the hidden-cell marker and its footnotes.
console.log(
  renderText(
    buildStatisticsReport([table], { title: { en: "Shared statistics, Gomel task force" }, sameRecords: false }),
  ),
);
console.log(`dimensions: ${table.dimensions.map((dimension) => dimension.name).join(", ")} (no agency dimension)`);
console.log(`Note: ${table.disclosure.note}`);
