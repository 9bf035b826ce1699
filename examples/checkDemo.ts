// Run: pnpm --filter @nrmkit/examples run check-demo   (after `pnpm demo`; CI runs it)
// Reads back every DOCX, XLSX, ICS and PDF the demo wrote to out/, with readers independent of
// the writers: DOCX and XLSX unzipped and parsed as XML, ICS unfolded and checked line by line
// (RFC 5545: CRLF, at most 75 octets, balanced components), PDF read by poppler's pdfinfo and
// pdftotext. Prints one line per file and fails on the first file that does not read back.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { isDeepStrictEqual } from "node:util";
import { importPopolo } from "@nrmkit/validation/popolo";
import { DOMParser } from "@xmldom/xmldom";
import { strFromU8, unzipSync } from "fflate";

const outDir = resolve(dirname(fileURLToPath(import.meta.url)), "..", "out");
const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

function xml(text: string, name: string): Document {
  const errors: string[] = [];
  const doc = new DOMParser({
    errorHandler: {
      error: (message: string) => errors.push(message),
      fatalError: (message: string) => errors.push(message),
    },
  }).parseFromString(text, "text/xml") as unknown as Document;
  if (errors.length > 0) throw new Error(`${name}: not well-formed XML: ${errors[0]}`);
  return doc;
}

function part(zip: Record<string, Uint8Array>, name: string, file: string): string {
  const found = zip[name];
  if (found === undefined) throw new Error(`${file}: ${name} is missing`);
  return strFromU8(found);
}

function checkDocx(file: string): string {
  const zip = unzipSync(readFileSync(file));
  const body = xml(part(zip, "word/document.xml", file), file);
  const paragraphs = body.getElementsByTagNameNS(W, "p").length;
  const headings = [...part(zip, "word/document.xml", file).matchAll(/<w:pStyle w:val="Heading[123]"\/>/g)].length;
  const tables = body.getElementsByTagNameNS(W, "tbl").length;
  const headers = body.getElementsByTagNameNS(W, "tblHeader").length;
  const lang = xml(part(zip, "word/styles.xml", file), file)
    .getElementsByTagNameNS(W, "lang")
    .item(0);
  if (paragraphs === 0 || headings === 0) throw new Error(`${file}: no paragraphs or headings`);
  if (headers !== tables) throw new Error(`${file}: ${tables} tables but ${headers} repeating header rows`);
  if (lang?.getAttributeNS(W, "val") == null) throw new Error(`${file}: no document language`);
  return `${headings} headings, ${tables} tables, lang ${lang.getAttributeNS(W, "val")}`;
}

function checkXlsx(file: string): string {
  const zip = unzipSync(readFileSync(file));
  const sheets = xml(part(zip, "xl/workbook.xml", file), file).getElementsByTagNameNS(S, "sheet").length;
  const worksheets = Object.keys(zip).filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
  if (sheets === 0 || sheets !== worksheets.length)
    throw new Error(`${file}: ${sheets} sheets, ${worksheets.length} parts`);
  for (const name of worksheets) {
    const sheet = xml(part(zip, name, file), file);
    if (sheet.getElementsByTagNameNS(S, "f").length > 0) throw new Error(`${file}: ${name} has a formula`);
    if (sheet.getElementsByTagNameNS(S, "pane").item(0)?.getAttribute("state") !== "frozen") {
      throw new Error(`${file}: ${name} has no frozen header`);
    }
  }
  return `${sheets} sheets, header rows frozen, no formulas`;
}

function checkIcs(file: string): string {
  const text = readFileSync(file, "utf8");
  if (!text.endsWith("\r\n")) throw new Error(`${file}: does not end with CRLF`);
  const lines = text.slice(0, -2).split("\r\n");
  const stack: string[] = [];
  let events = 0;
  let todos = 0;
  for (const line of lines) {
    if (Buffer.byteLength(line) > 75) throw new Error(`${file}: a line is longer than 75 octets`);
    if (/[\r\n]/.test(line)) throw new Error(`${file}: a bare CR or LF`);
    if (line.startsWith("BEGIN:")) stack.push(line.slice(6));
    if (line === "BEGIN:VEVENT") events += 1;
    if (line === "BEGIN:VTODO") todos += 1;
    if (line.startsWith("END:") && stack.pop() !== line.slice(4)) throw new Error(`${file}: unbalanced ${line}`);
  }
  if (stack.length > 0 || lines[0] !== "BEGIN:VCALENDAR" || events === 0) throw new Error(`${file}: not a calendar`);
  return `${events} events, ${todos} to-dos`;
}

function checkPdf(file: string): string {
  const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
  const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info);
  const text = execFileSync("pdftotext", ["-l", "1", file, "-"], { encoding: "utf8" });
  if (pages === 0 || text.trim() === "") throw new Error(`${file}: no pages or no text`);
  // A4 is 595 × 842 points.
  if (size === null || Math.abs(Number(size[1]) - 595) > 2 || Math.abs(Number(size[2]) - 842) > 2) {
    throw new Error(`${file}: not A4 (${size?.[0] ?? "no size"})`);
  }
  return `${pages} A4 page${pages === 1 ? "" : "s"}`;
}

if (!existsSync(outDir)) throw new Error(`${outDir} is missing: run \`pnpm demo\` first`);
const checks: Readonly<Record<string, (file: string) => string>> = {
  docx: checkDocx,
  xlsx: checkXlsx,
  ics: checkIcs,
  pdf: checkPdf,
};
const counts: Record<string, number> = {};
for (const file of files(outDir).sort()) {
  const extension = file.split(".").at(-1) ?? "";
  const check = checks[extension];
  if (check === undefined) continue;
  console.log(`${relative(outDir, file)}: ${check(file)}`);
  counts[extension] = (counts[extension] ?? 0) + 1;
}
for (const extension of ["docx", "xlsx", "ics"]) {
  if ((counts[extension] ?? 0) === 0) throw new Error(`the demo wrote no ${extension} file`);
}
// An Excel file of every builder's document: meeting report, minutes, attendance, tracker, MoU text, statistics.
const workbooks = files(outDir).filter((file) => file.endsWith(".xlsx"));
for (const builder of [
  /\/report\.\w+\.xlsx$/,
  /\/minutes\.\w+\.xlsx$/,
  /\/attendance\.\w+\.xlsx$/,
  /decision-tracker\./,
  /\/mou\//,
  /statistics\./,
]) {
  if (!workbooks.some((file) => builder.test(file))) throw new Error(`no XLSX matches ${String(builder)}`);
}
// The statistics released with differential privacy, in both languages, with their footnote.
for (const language of ["en", "ru"]) {
  const text = readFileSync(join(outDir, "statistics", `statistics-dp.${language}.txt`), "utf8");
  if (!/ρ = 0[.,]25/.test(text)) throw new Error(`statistics-dp.${language}.txt: no differential privacy footnote`);
}
// The third task force, added through the public API (examples/data/brest.ts), in every output, its
// donor guest named as a donor in each language's words, and in the attendance report.
const brest = join(outDir, "meetings", "brest-2014-05-21");
const printed = existsSync(join(outDir, "meetings", "gomel-2014-04-16", "report.en.pdf"));
for (const extension of ["md", "txt", "html", "json", "docx", "xlsx", "ics", ...(printed ? ["pdf"] : [])]) {
  const found = existsSync(brest) && readdirSync(brest).some((name) => name.endsWith(`.${extension}`));
  if (!found) throw new Error(`no ${extension} of the Brest meeting in ${relative(outDir, brest)}`);
}
const donor: Readonly<Record<string, string>> = {
  en: "the donor United States Agency for International Development (USAID)",
  ru: "донор — Агентство США по международному развитию (USAID)",
  be: "донар — Агенцтва ЗША па міжнародным развіцці (USAID)",
};
for (const [code, phrase] of Object.entries(donor)) {
  const texts = [
    readFileSync(join(brest, `report.${code}.txt`), "utf8"),
    readFileSync(join(brest, `report.${code}.md`), "utf8"),
    strFromU8(unzipSync(readFileSync(join(brest, `report.${code}.docx`)))["word/document.xml"] ?? new Uint8Array()),
    ...(printed ? [execFileSync("pdftotext", [join(brest, `report.${code}.pdf`), "-"], { encoding: "utf8" })] : []),
  ];
  for (const text of texts) {
    // Word and PDF may split or wrap the phrase: compare words only.
    const words = (value: string) => value.replace(/<[^>]+>/g, "").replace(/\s+/g, " ");
    if (!words(text).includes(phrase)) throw new Error(`the Brest report (${code}) does not name USAID as a donor`);
  }
}
if (
  !readFileSync(join(outDir, "attendance.en.txt"), "utf8").includes("Multi-disciplinary task force of Brest oblast")
) {
  throw new Error("the attendance report leaves out the Brest task force");
}
// The Popolo document imports back to the very dataset the demo wrote.
const popolo = importPopolo(JSON.parse(readFileSync(join(outDir, "popolo.json"), "utf8")));
if (!popolo.success) throw new Error(`popolo.json does not import: ${popolo.issues[0]?.message}`);
if (!isDeepStrictEqual(popolo.data, JSON.parse(readFileSync(join(outDir, "dataset.json"), "utf8")))) {
  throw new Error("popolo.json imports to another dataset than the demo's");
}
console.log(`popolo.json: imports back to the demo's dataset (${popolo.data.meetings.length} meetings)`);
if ((counts.pdf ?? 0) === 0 && existsSync("/usr/bin/chromium"))
  throw new Error("chromium exists but the demo wrote no PDF");
console.log(
  `Read back ${Object.entries(counts)
    .map(([extension, count]) => `${count} ${extension.toUpperCase()}`)
    .join(", ")} files.`,
);
