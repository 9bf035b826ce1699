// The statistics the demo publishes: 2,000 synthetic case records by region and sex, by form of
// exploitation and by quarter, protected and audited by @nrmkit/stats.
import { generateSyntheticCases } from "@nrmkit/core/synthetic";
import { aggregate, crossTab, publishTable, publishTrend, type StatTable, type TrendTable, trend } from "@nrmkit/stats";

export function demoStatistics(): readonly (StatTable | TrendTable)[] {
  const records = generateSyntheticCases({ count: 2000, seed: 2014 });
  return [
    publishTable(crossTab(records, "regionId", "gender", { title: "Registered victims by region and sex" })),
    publishTable(
      aggregate(records, { dimensions: ["exploitationGroup"], title: "Registered victims by form of exploitation" }),
    ),
    publishTrend(
      trend(records, {
        period: "quarter",
        from: "2014-01-01",
        to: "2015-12-31",
        title: "Registered victims by quarter",
      }),
    ),
  ];
}
