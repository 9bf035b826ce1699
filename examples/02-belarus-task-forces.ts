// Run: pnpm --filter @nrmkit/examples exec tsx 02-belarus-task-forces.ts
// Prints the bundled Gomel and Vitebsk 2014 meetings: chairs with all their positions, panel, organisers, attendees by capacity, topics and decisions.
import {
  type AttendanceCapacity,
  getById,
  indexDataset,
  type LocalizedText,
  meetingSeries,
  pickText,
  positionsOn,
} from "@nrmkit/core";
import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";

const index = indexDataset(belarusTaskForces2014);
const en = (text: LocalizedText | undefined) => pickText(text, ["en"]).text;
const ru = (text: LocalizedText | undefined) => pickText(text, ["ru"]).text;
const orgName = (id: string) => en(getById(index, "organizations", id).name);
const capacityLabel: Record<AttendanceCapacity, string> = {
  mou_party: "MoU parties",
  interested_organization: "Other interested organisations",
  guest: "Guests",
};

for (const meeting of meetingSeries(belarusTaskForces2014)) {
  const taskForce = getById(index, "taskForces", meeting.taskForceId);
  const region = getById(index, "regions", taskForce.regionId);
  console.log(`\n## ${en(taskForce.name)} — ${meeting.date} (${meeting.status})`);
  console.log(`Region: ${region.id} ${en(region.name)} / ${ru(region.name)} / ${region.name["be-Latn"]}`);
  console.log(`Mandate: ${taskForce.mandate.map((item) => item.kind).join(", ")}`);
  if (meeting.venue !== undefined) {
    const host = meeting.venue.hostId === undefined ? "" : ` — premises of ${orgName(meeting.venue.hostId)}`;
    console.log(`Venue: ${en(meeting.venue.locality)}${host}`);
  }
  for (const organiser of meeting.organisers) {
    console.log(`Organised with ${organiser.support.join(" and ")} support of ${orgName(organiser.organizationId)}`);
  }
  console.log("Chairs:");
  for (const id of meeting.chairIds) {
    const person = getById(index, "people", id);
    console.log(`  ${en(person.name)} (${ru(person.name)})`);
    for (const position of positionsOn(person, meeting.date)) {
      console.log(`    - ${en(position.title)} [${orgName(position.organizationId)}]`);
    }
  }
  if (meeting.panelIds.length > 0) {
    console.log("Other panel members:");
    for (const id of meeting.panelIds) {
      const person = getById(index, "people", id);
      console.log(`  ${person.name === undefined ? "(unnamed)" : en(person.name)}: ${en(person.positions[0]?.title)}`);
    }
  }
  for (const capacity of ["mou_party", "interested_organization", "guest"] as const) {
    const entries = meeting.attendance.filter((entry) => entry.capacity === capacity);
    if (entries.length === 0) continue;
    console.log(`${capacityLabel[capacity]} (${entries.length}):`);
    for (const entry of entries) {
      const purpose = entry.purpose === undefined ? "" : ` — ${en(entry.purpose)}`;
      console.log(`  ${orgName(entry.organizationId)}${purpose}`);
    }
  }
  console.log("Topics:");
  for (const topic of meeting.topics) {
    const by = topic.presenterIds?.map(orgName).join(", ");
    console.log(
      `  ${topic.highlighted === true ? "*" : "-"} ${en(topic.text)}${by === undefined ? "" : ` (presented by ${by})`}`,
    );
  }
  console.log("Decisions:");
  for (const decision of index.decisionsByMeeting.get(meeting.id) ?? []) {
    const who = decision.responsibleIds.length === 0 ? "all parties" : decision.responsibleIds.map(orgName).join("; ");
    const repeats = decision.links.map((link) => ` (${link.relation} ${link.decisionId})`).join("");
    console.log(`  ${decision.ordinal}. [${decision.category}] ${en(decision.text)} — ${who}${repeats}`);
  }
  if (meeting.publication !== undefined) {
    const { title, publishedDate, categories, tags, languages, next } = meeting.publication;
    console.log(
      `Published: “${en(title)}”${publishedDate === undefined ? "" : ` on ${publishedDate}`} in ${languages.join("+")}`,
    );
    const english = (words: readonly LocalizedText[]) => words.map((word) => word.en ?? "").join(", ");
    if (categories.length > 0) console.log(`  Filed under: ${english(categories)}; tags: ${english(tags)}`);
    if (next?.title !== undefined) console.log(`  Next in series: “${en(next.title)}”`);
  }
}
