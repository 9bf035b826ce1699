// Run: pnpm --filter @nrmkit/examples exec tsx 10-validate-dataset.ts
// Prints the validation of the bundled Belarus 2014 dataset (no issues), then of a broken copy: every issue in English and in Russian,
// each marked error or warning; then a copy with a warning only, which still validates.
import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
import { checkIntegrity, issueSeverity, localizeIssue, validateDataset } from "@nrmkit/validation";
import { ru } from "@nrmkit/validation/locales";

// As a user would get it: JSON from a file or an API, not trusted yet.
const json = JSON.stringify(belarusTaskForces2014);

const clean = validateDataset(JSON.parse(json));
console.log(
  `Bundled dataset: ${clean.success ? "valid" : "invalid"}, ${clean.success ? clean.warnings.length : clean.issues.length} issues`,
);
if (clean.success) {
  console.log(
    `  ${clean.data.meetings.length} meetings, ${clean.data.decisions.length} decisions, frozen: ${Object.isFrozen(clean.data)}`,
  );
  console.log(`  checkIntegrity on the parsed data: ${checkIntegrity(clean.data).length} issues`);
}

// A copy with the mistakes hand-edited files typically have.
const broken = JSON.parse(json);
const [gomel, vitebsk] = broken.meetings;
gomel.attendance.push({ organizationId: "org-by-ho-court", capacity: "mou_party" }); // not a signatory
gomel.attendance.push({ organizationId: "org-by-ho-migration", capacity: "guest" }); // listed twice: counted twice
gomel.venue = { hostId: "org-by-vi-executive-committee" }; // a Vitebsk host for Gomel: a warning only
vitebsk.chairIds[0] = "org-iom-belarus"; // an organisation in the chair
broken.decisions[3].statusHistory[0].date = "2014-04-31"; // April has 30 days
broken.organizations[5].kind = "prosecutor"; // not an organisation kind ("prosecution" is)
broken.decisions[11].ordinal = 1; // two decisions numbered 1
broken.decisions[12].responsibleIds = ["org-by-vi-prosecutors-office"]; // a typo of org-by-vi-prosecutor
broken.organizations.push({ id: "org-iom", kind: "donor", name: { en: "IOM again" } }); // id used twice
broken.organizations.push(JSON.parse('{"id":"org-x","kind":"ngo","name":{},"__proto__":{"isAdmin":true}}')); // pollution attempt

const result = validateDataset(broken);
if (!result.success) {
  console.log(`\nBroken copy: ${result.issues.length} issues`);
  for (const issue of result.issues) console.log(`  ${issueSeverity(issue)} [${issue.code}] ${issue.message}`);
  console.log("\nThe same issues in Russian:");
  for (const issue of result.issues) {
    console.log(`  ${issueSeverity(issue)} [${issue.code}] ${localizeIssue(issue, ru).message}`);
  }
}

// Warnings alone never make a dataset invalid: checkIntegrity returns errors unless asked for warnings.
const elsewhere = JSON.parse(json);
elsewhere.meetings[0].venue = { hostId: "org-by-vi-executive-committee" };
const warned = validateDataset(elsewhere);
if (warned.success) {
  console.log(`\nGomel meeting hosted in Vitebsk: valid, ${warned.warnings.length} warning`);
  for (const warning of warned.warnings) console.log(`  [${warning.code}] ${warning.message}`);
  console.log(`  checkIntegrity: ${checkIntegrity(warned.data).length} errors`);
}
