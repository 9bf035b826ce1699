import { type Meeting, type NrmDataset, NrmkitError } from "@nrmkit/core";
import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
import { parse as parseCsv } from "csv-parse/sync";
import { strFromU8, unzipSync } from "fflate";
import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import { buildAttendanceReport } from "./attendanceReport.js";
import { renderCsv } from "./csv.js";
import type { TableBlock } from "./document.js";
import { renderDocx } from "./docx/renderDocx.js";
import { inlineText } from "./internal/inlineText.js";
import { be, ro, uk } from "./locales/index.js";
import { renderHtml } from "./renderHtml.js";
import { renderMarkdown } from "./renderMarkdown.js";
import { renderText } from "./renderText.js";
import { renderXlsx } from "./xlsx/renderXlsx.js";

const data = belarusTaskForces2014;
const VITEBSK = "task-force-vitebsk";

function tables(doc: ReturnType<typeof buildAttendanceReport>): TableBlock[] {
  return doc.blocks.filter((block): block is TableBlock => block.kind === "table");
}

const cellText = (table: TableBlock, row: number, column: number): string =>
  inlineText(table.rows[row]?.cells[column]?.content ?? []);

const nameOf = (id: string): string => data.organizations.find((org) => org.id === id)?.name.en ?? id;

describe("buildAttendanceReport", () => {
  it("shows each organisation's capacity at each held meeting, read straight from the data", () => {
    const doc = buildAttendanceReport(data, { taskForceId: VITEBSK });
    const [attendance] = tables(doc);
    if (attendance === undefined) throw new Error("no attendance table");
    const meetings = data.meetings.filter((meeting) => meeting.taskForceId === VITEBSK && meeting.status === "held");
    expect(attendance.columns).toHaveLength(1 + meetings.length);
    // The oracle: every attendance entry of the data appears in its row and column, in its capacity.
    const words = { mou_party: "MoU party", interested_organization: "interested organisation", guest: "guest" };
    for (const [column, meeting] of meetings.entries()) {
      for (const entry of meeting.attendance) {
        const row = attendance.rows.findIndex(
          (r) => inlineText(r.cells[0]?.content ?? []) === nameOf(entry.organizationId),
        );
        expect(row, entry.organizationId).toBeGreaterThanOrEqual(0);
        expect(cellText(attendance, row, column + 1)).toBe(words[entry.capacity]);
      }
      const total = attendance.rows.at(-1);
      expect(total?.total).toBe(true);
      expect(total?.cells[column + 1]?.value).toBe(new Set(meeting.attendance.map((e) => e.organizationId)).size);
    }
    // Every other cell says absent.
    const absent = attendance.rows
      .slice(0, -1)
      .flatMap((row) => row.cells.slice(1))
      .filter((cell) => inlineText(cell.content) === "absent").length;
    const cells = (attendance.rows.length - 1) * meetings.length;
    expect(absent).toBe(cells - meetings.reduce((sum, meeting) => sum + meeting.attendance.length, 0));
  });

  it("gives each MoU party the meetings held while it was a party, those it attended and the rate", () => {
    // A second Vitebsk meeting that only the first party attends, and a party that joins after it.
    const vitebsk = data.meetings.find((meeting) => meeting.taskForceId === VITEBSK);
    const mou = data.mous.find((candidate) => candidate.id === data.taskForces.find((tf) => tf.id === VITEBSK)?.mouId);
    if (vitebsk === undefined || mou === undefined) throw new Error("fixture");
    const first = mou.parties[0]?.organizationId ?? "";
    const { publication: _publication, ...rest } = vitebsk;
    const again: Meeting = {
      ...rest,
      id: "meeting-vitebsk-later",
      date: "2014-09-10",
      attendance: [{ organizationId: first, capacity: "mou_party" }],
    };
    const later: NrmDataset = { ...data, meetings: [...data.meetings, again] };
    const [, participation] = tables(buildAttendanceReport(later, { taskForceId: VITEBSK }));
    if (participation === undefined) throw new Error("no participation table");
    const firstRow = participation.rows.find((row) => inlineText(row.cells[0]?.content ?? []) === nameOf(first));
    expect(firstRow?.cells[1]?.value).toBe(2);
    expect(firstRow?.cells[2]?.value).toBe(2);
    expect(inlineText(firstRow?.cells[3]?.content ?? [])).toBe("100%");
    // A party that attended the first meeting only: one of two, 50%.
    const other = mou.parties
      .map((party) => party.organizationId)
      .find((id) => id !== first && vitebsk.attendance.some((entry) => entry.organizationId === id));
    const otherRow = participation.rows.find((row) => inlineText(row.cells[0]?.content ?? []) === nameOf(other ?? ""));
    expect([otherRow?.cells[1]?.value, otherRow?.cells[2]?.value]).toEqual([2, 1]);
    expect(inlineText(otherRow?.cells[3]?.content ?? [])).toBe("50%");
  });

  it("writes one section per task force when none is chosen, and a sentence for one with no meeting", () => {
    const quiet: NrmDataset = {
      ...data,
      taskForces: [
        ...data.taskForces,
        {
          id: "task-force-quiet",
          name: { en: "Quiet task force" },
          regionId: "BY-MI",
          mouId: data.taskForces[0]?.mouId ?? "",
          mandate: [],
          coordinatorIds: [],
          secretariatIds: [],
        },
      ],
    };
    const doc = buildAttendanceReport(quiet);
    const headings = doc.blocks.filter((block) => block.kind === "heading" && block.level === 2);
    expect(headings.map((block) => (block.kind === "heading" ? inlineText(block.content) : ""))).toEqual(
      quiet.taskForces.map((tf) => tf.name.en),
    );
    expect(renderText(doc)).toContain("Quiet task force");
    // Its MoU parties are listed with no meeting held: the rate is not applicable.
    expect(new Set(tables(doc).map((table) => table.id)).size).toBe(tables(doc).length);
  });

  it("renders in every format, a sheet per table in XLSX and real tables in DOCX", async () => {
    const doc = buildAttendanceReport(data);
    const names = data.taskForces.map((tf) => tf.name.en ?? "");
    for (const text of [renderText(doc), renderMarkdown(doc), renderHtml(doc)]) {
      for (const name of names) expect(text).toContain(name);
      expect(text).toContain("interested organisation");
    }
    const csv = parseCsv(renderCsv(doc, { tableId: `${VITEBSK}-participation` }), { columns: true }) as Record<
      string,
      string
    >[];
    expect(Object.keys(csv[0] ?? {})).toEqual(["Organisation", "Meetings held while a party", "Attended", "Rate"]);
    const workbook = unzipSync(await renderXlsx(doc));
    const sheets = Object.keys(workbook).filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
    expect(sheets).toHaveLength(tables(doc).length);
    const word = await mammoth.convertToHtml({ buffer: Buffer.from(await renderDocx(doc)) });
    expect((word.value.match(/<table>/g) ?? []).length).toBe(tables(doc).length);
    expect(strFromU8(workbook["xl/sharedStrings.xml"] ?? new Uint8Array())).toContain("MoU party");
  });

  it("speaks every built-in language", () => {
    for (const [locale, word] of [
      ["ru", "сторона Меморандума"],
      [be, "бок Мемарандума"],
      [uk, "сторона Меморандуму"],
      [ro, "parte la Memorandum"],
    ] as const) {
      const text = renderText(buildAttendanceReport(data, { locale }));
      expect(text).toContain(word);
      // Russian and Belarusian data exist: nothing falls back to English there.
      if (locale === "ru" || locale === be) expect(text).not.toMatch(/\[en\]/);
    }
  });

  it("throws not_found for a task force that does not exist", () => {
    expect(() => buildAttendanceReport(data, { taskForceId: "task-force-nowhere" })).toThrow(NrmkitError);
  });
});
