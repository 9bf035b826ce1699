// Run: pnpm --filter @nrmkit/examples exec tsx 12-popolo.ts
// Prints the Popolo export of the bundled Belarus 2014 dataset (records per Popolo collection, one
// multilingual name, one meeting as an event), then imports the JSON back and shows the round trip holds.
import { isDeepStrictEqual } from "node:util";
import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
import { toPopolo } from "@nrmkit/core/popolo";
import { importPopolo } from "@nrmkit/validation/popolo";

const popolo = toPopolo(belarusTaskForces2014);
const json = JSON.stringify(popolo, null, 2);

console.log(`Popolo document: ${(json.length / 1024).toFixed(1)} KB of JSON`);
for (const collection of ["areas", "organizations", "persons", "posts", "memberships", "events", "motions"] as const) {
  console.log(`  ${collection.padEnd(14)}${String(popolo[collection].length).padStart(4)}`);
}
const taskForces = popolo.organizations.filter((org) => org.classification === "task force");
console.log(`  of which task forces: ${taskForces.map((org) => org.id).join(", ")}`);
console.log(
  `  nrmkit extension: ${popolo.nrmkit?.mous.length} MoUs, ${popolo.nrmkit?.mouAmendments.length} amendments`,
);

const gomel = popolo.areas.find((area) => area.id === "BY-HO");
console.log(`\nArea ${gomel?.id}: ${gomel?.name}`);
for (const name of gomel?.other_names ?? []) console.log(`  ${name.lang?.padEnd(8)} ${name.name}`);

const [event] = popolo.events;
console.log(`\nEvent ${event?.id}`);
console.log(`  organization_id ${event?.organization_id}, start_date ${event?.start_date}, status ${event?.status}`);
console.log(`  location: ${event?.location}`);
console.log(
  `  attendees: ${event?.attendees?.length}; in the extension: ${Object.keys(event?.nrmkit ?? {}).join(", ")}`,
);

const imported = importPopolo(JSON.parse(json));
console.log(`\nImported back: ${imported.success ? "valid" : "invalid"}`);
if (imported.success) {
  console.log(`  deep-equals the original dataset: ${isDeepStrictEqual(imported.data, belarusTaskForces2014)}`);
} else {
  for (const issue of imported.issues) console.log(`  ${issue.code}: ${issue.message}`);
}
