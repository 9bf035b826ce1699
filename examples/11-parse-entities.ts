// Run: pnpm --filter @nrmkit/examples exec tsx 11-parse-entities.ts
// Prints what safeParseMeeting and parseMeeting make of a hand-written meeting with typical mistakes.
import { isNrmkitError } from "@nrmkit/core";
import { parseMeeting, safeParseMeeting, ValidationError } from "@nrmkit/validation";
import { ru } from "@nrmkit/validation/locales";

// A meeting as someone might type it into a JSON file.
const text = `{
  "id": "meeting-brest-2014-05-21",
  "taskForceId": "task-force-brest",
  "date": "21.05.2014",
  "status": "held",
  "organisers": [{ "organisationId": "org-by-br-red-cross", "support": ["technical"] }],
  "chairIds": [],
  "panelIds": [],
  "attendance": [{ "organizationId": "org-donor", "capacity": "donor" }],
  "topics": [],
  "statisticsShared": "yes",
  "publication": { "title": { "English": "Meeting in Brest" }, "url": "javascript:alert(1)", "categories": [], "tags": [], "languages": ["en"] },
  "__proto__": { "isAdmin": true }
}`;

const result = safeParseMeeting(JSON.parse(text));
console.log(`safeParseMeeting: ${result.success ? "valid" : `${result.issues.length} issues`}`);
if (!result.success) for (const issue of result.issues) console.log(`  [${issue.code}] ${issue.message}`);

try {
  parseMeeting(JSON.parse(text), { locale: ru });
} catch (error) {
  if (error instanceof ValidationError && isNrmkitError(error, "validation_failed")) {
    console.log(`\nparseMeeting threw ${error.name} (${error.code}):\n${error.message}`);
  }
}
