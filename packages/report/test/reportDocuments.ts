// Every builder's document for the bundled data, in English and Russian: what the format tests
// (DOCX, XLSX) render and read back.
import { indexDataset } from "@nrmkit/core";
import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
import { buildAttendanceReport } from "../src/attendanceReport.js";
import { buildDecisionTracker } from "../src/decisionTracker.js";
import type { ReportDocument } from "../src/document.js";
import { buildMeetingReport } from "../src/meetingReport.js";
import { buildMinutes } from "../src/minutes.js";
import { buildMouText } from "../src/mouText.js";
import { buildStatisticsReport } from "../src/statisticsReport.js";
import { demoStatistics } from "./demoStatistics.js";

export const AS_OF = "2014-12-01";

export function reportDocuments(): readonly (readonly [string, ReportDocument])[] {
  const index = indexDataset(belarusTaskForces2014);
  const stats = demoStatistics();
  return (["en", "ru"] as const).flatMap((locale) => [
    ...belarusTaskForces2014.meetings.flatMap((meeting) => [
      [`meeting report ${meeting.id} (${locale})`, buildMeetingReport(index, meeting.id, { locale })] as const,
      [`minutes ${meeting.id} (${locale})`, buildMinutes(index, meeting.id, { locale, asOf: AS_OF })] as const,
    ]),
    [`decision tracker (${locale})`, buildDecisionTracker(index, { asOf: AS_OF, locale })] as const,
    [`attendance report (${locale})`, buildAttendanceReport(index, { locale })] as const,
    ...belarusTaskForces2014.mous.map(
      (mou) =>
        [
          `MoU text ${mou.id} (${locale})`,
          buildMouText(index, mou.id, { asOf: AS_OF, includeDecisionEffects: true, locale }),
        ] as const,
    ),
    [
      `statistics (${locale})`,
      buildStatisticsReport(stats, { locale, title: { en: "Case statistics", ru: "Статистика случаев" } }),
    ] as const,
  ]);
}
