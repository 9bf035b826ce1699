// Run: pnpm --filter @nrmkit/examples exec tsx 15-import-case-records.ts
// Prints how many records an NDJSON and a CSV import accepted, and each rejected row with its number and issues.
import { generateSyntheticCases } from "@nrmkit/core/synthetic";
import { type ImportResult, importCaseRecords } from "@nrmkit/validation";
import { ru } from "@nrmkit/validation/locales";

const [a, b, c] = generateSyntheticCases({ count: 3, seed: 15 });

// NDJSON: one record a line. Line 3 is blank (skipped, still counted), line 4 is cut short,
// line 5 has two bad fields, line 6 tries prototype pollution.
const ndjson = [
  JSON.stringify(a),
  JSON.stringify(b),
  "",
  JSON.stringify(c).slice(0, 40),
  JSON.stringify({ ...c, gender: "F", registrationDate: "2014-02-30" }),
  `{"__proto__":{"isAdmin":true},${JSON.stringify(c).slice(1)}`,
].join("\n");

// CSV: a header naming the fields, lists joined with "|". Row 2 repeats a value and names a person
// as id; row 3 has a field too few.
const csv = `id,registrationDate,regionId,gender,ageBand,citizenship,exploitationCountry,exploitation,meansOfControl,recruiterRelations,referringAgencyKind,assistance,traffickingStatus,caseStatus
SYN-101,2014-04-16,BY-HO,female,18-20,BLR,RUS,forced_labour|sexual_exploitation,debt_bondage,friend,ngo,medical|legal,identified,active
Ivan Petrov,2014-05-14,BY-VI,male,30-38,BLR,RUS,forced_labour|forced_labour,,employer,interior,,presumed,closed
SYN-103,2014-05-21,BY-BR,female,unknown,BLR,POL,sexual_exploitation,,unknown,self,,identified
`;

function show(label: string, result: ImportResult): void {
  console.log(`${label}: ${result.stats.accepted} of ${result.stats.rows} rows accepted`);
  for (const row of result.rejected) {
    console.log(`  row ${row.row}: ${row.issues.map((issue) => `${issue.code} ${issue.message}`).join("; ")}`);
  }
}

show("NDJSON", importCaseRecords(ndjson, { format: "ndjson" }));
show("CSV", importCaseRecords(csv, { format: "csv" }));
show("CSV, messages in Russian", importCaseRecords(csv, { format: "csv", locale: ru }));
