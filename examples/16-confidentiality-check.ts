// Run: pnpm --filter @nrmkit/examples exec tsx 16-confidentiality-check.ts
// Prints the personal data found in a synthetic meeting summary, and the summary redacted; the officials pass.
import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
import { findPersonalData, officialNames, redact } from "@nrmkit/validation";

// Synthetic: the victim, her details and the address are invented; the chairs are the seeds' officials.
const summary = `The meeting was chaired by Sergey KOLTUN and Natalia ZHAK (IOM) with the support of the Red Cross.
The Gomel oblast Department of the Interior reported the case of Olga Ivanova (born 12.03.1995), recruited
by a friend for work in Russia; her passport MP1234567 was withheld. She can be reached at +375 29 555-12-34
or olga.i@example.com and now lives at ул. Ленина, д. 5, кв. 12. Решение: передать дело Петровой Анны Сергеевны.`;

const officials = officialNames(belarusTaskForces2014);
console.log("Officials who may be named:", officials.join(", "));

const findings = findPersonalData(summary, { officials });
console.log(`\n${findings.length} findings:`);
for (const finding of findings)
  console.log(`  ${finding.kind.padEnd(15)} ${finding.start}-${finding.end}  ${finding.text}`);

console.log(`\nRedacted:\n${redact(summary, findings)}`);
