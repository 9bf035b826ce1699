// Warnings of the integrity rules: what raises them, and that they never change what `success` and
// an empty `checkIntegrity` mean.
import type { NrmDataset } from "@nrmkit/core";
import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkIntegrity } from "./integrity.js";
import { issueSeverity } from "./issueSeverity.js";
import { be, ro, ru, uk } from "./locales/index.js";
import { validateDataset } from "./validateDataset.js";

// biome-ignore lint/suspicious/noExplicitAny: the tests edit a JSON copy of the dataset freely.
type Json = Record<string, any>;

const GOMEL = 0; // task force BY-HO, no venue in the source
const VITEBSK = 1; // task force BY-VI, hosted by the Vitebsk executive committee
const bundled = (): Json => JSON.parse(JSON.stringify(belarusTaskForces2014));
const host = (data: Json, meeting: number, hostId: string) => {
  data.meetings[meeting].venue = { hostId };
  return data;
};
const codesPathsSeverities = (issues: readonly { code: string; path: readonly unknown[]; severity?: string }[]) =>
  issues.map((issue) => [issue.code, issue.path, issue.severity]);

describe("checkIntegrity › venue_outside_task_force_region", () => {
  it("warns, only when asked, when a meeting's host serves another region than its task force", () => {
    const data = host(bundled(), GOMEL, "org-by-vi-executive-committee") as NrmDataset;
    expect(checkIntegrity(data)).toEqual([]);
    expect(codesPathsSeverities(checkIntegrity(data, { warnings: true }))).toEqual([
      ["venue_outside_task_force_region", ["meetings", GOMEL, "venue", "hostId"], "warning"],
    ]);
  });

  it("finds the host's region through its parents when the host has none of its own", () => {
    const data = host(bundled(), VITEBSK, "org-by-ho-unit");
    data.organizations.push({ id: "org-by-ho-unit", kind: "interior", name: {}, parentId: "org-by-ho-interior" });
    const [warning] = checkIntegrity(data as NrmDataset, { warnings: true });
    expect(warning?.code).toBe("venue_outside_task_force_region");
    expect(warning?.expected).toContain("BY-VI");
    expect(warning?.expected).toContain("BY-HO");
  });

  it.each([
    ["a national body", "org-by-moi"],
    ["an international organisation", "org-iom-belarus"],
    ["an organisation of the task force's own region", "org-by-ho-court"],
  ])("says nothing when the host is %s", (_name, hostId) => {
    expect(checkIntegrity(host(bundled(), GOMEL, hostId) as NrmDataset, { warnings: true })).toEqual([]);
  });

  it("ends on a parent cycle without a region (reported as parent_cycle)", () => {
    const data = host(bundled(), GOMEL, "org-loop-a");
    data.organizations.push(
      { id: "org-loop-a", kind: "other", name: {}, parentId: "org-loop-b" },
      { id: "org-loop-b", kind: "other", name: {}, parentId: "org-loop-a" },
    );
    const codes = checkIntegrity(data as NrmDataset, { warnings: true }).map((issue) => issue.code);
    expect(codes).toEqual(["parent_cycle", "parent_cycle"]);
  });

  it.each([
    [
      "en",
      "meetings[0].venue.hostId: expected a host serving BY-HO, the region of task-force-gomel (this one serves BY-VI;",
    ],
    ["ru", "meetings[0].venue.hostId: ожидалось: принимающая организация региона BY-HO, в котором работает"],
    ["be", "meetings[0].venue.hostId: чакалася: прымаючая арганізацыя рэгіёна BY-HO, у якім працуе"],
    ["uk", "meetings[0].venue.hostId: очікувалося: приймаюча організація регіону BY-HO, у якому працює"],
    ["ro", "meetings[0].venue.hostId: se aștepta: o gazdă din regiunea BY-HO, în care activează grupul"],
  ] as const)("writes the warning in %s", (code, start) => {
    const locale = { en: "en", ru, be, uk, ro }[code];
    const data = host(bundled(), GOMEL, "org-by-vi-executive-committee") as NrmDataset;
    const [warning] = checkIntegrity(data, { warnings: true, locale });
    expect(warning?.message.startsWith(start)).toBe(true);
    expect(warning?.message).toContain("BY-VI");
    expect(warning?.message).toContain('"org-by-vi-executive-committee"');
    expect(warning?.message).not.toContain("[en]");
  });
});

describe("checkIntegrity › severity", () => {
  it("marks warnings only: errors carry no severity field, as before severities existed", () => {
    const data = host(bundled(), GOMEL, "org-by-vi-executive-committee");
    data.meetings[VITEBSK].panelIds.push(data.meetings[VITEBSK].chairIds[0]);
    const issues = checkIntegrity(data as NrmDataset, { warnings: true });
    expect(issues.map((issue) => [issue.code, issueSeverity(issue)])).toEqual([
      ["venue_outside_task_force_region", "warning"],
      ["chair_in_panel", "error"],
    ]);
    expect(issues[1]).not.toHaveProperty("severity");
    expect(checkIntegrity(data as NrmDataset).map((issue) => issue.code)).toEqual(["chair_in_panel"]);
  });

  it("keeps the warnings of checkIntegrity and of validateDataset in the same entity order as errors", () => {
    const data = host(bundled(), VITEBSK, "org-by-ho-executive-committee");
    data.meetings[GOMEL].chairIds.push(data.meetings[GOMEL].chairIds[0]);
    const result = validateDataset(data);
    const expected = [
      ["duplicate_panel_member", ["meetings", GOMEL, "chairIds", 3], undefined],
      ["venue_outside_task_force_region", ["meetings", VITEBSK, "venue", "hostId"], "warning"],
    ];
    expect(result.success ? [] : codesPathsSeverities(result.issues)).toEqual(expected);
    expect(codesPathsSeverities(checkIntegrity(data as NrmDataset, { warnings: true }))).toEqual(expected);
  });
});

describe("validateDataset › warnings", () => {
  it("succeeds with the warnings when the dataset has warnings only", () => {
    const result = validateDataset(host(bundled(), GOMEL, "org-by-vi-executive-committee"));
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(Object.isFrozen(result.data)).toBe(true);
    expect(codesPathsSeverities(result.warnings)).toEqual([
      ["venue_outside_task_force_region", ["meetings", GOMEL, "venue", "hostId"], "warning"],
    ]);
  });

  it("succeeds with no warnings on the bundled Belarus 2014 dataset", () => {
    const result = validateDataset(bundled());
    expect(result.success && result.warnings).toEqual([]);
  });

  it("lists the warnings with the errors when a schema error fails the dataset", () => {
    const data = host(bundled(), GOMEL, "org-by-vi-executive-committee");
    data.meetings[VITEBSK].date = "2014-02-30";
    const result = validateDataset(data);
    expect(result.success ? [] : codesPathsSeverities(result.issues)).toEqual([
      ["venue_outside_task_force_region", ["meetings", GOMEL, "venue", "hostId"], "warning"],
      ["invalid_date", ["meetings", VITEBSK, "date"], undefined],
    ]);
  });

  // Each mutation of the bundled dataset raises exactly one issue of one severity.
  type Mutation = readonly [name: string, severity: "error" | "warning", apply: (data: Json) => void];
  const MUTATIONS: readonly Mutation[] = [
    ["Gomel hosted in Vitebsk", "warning", (d) => host(d, GOMEL, "org-by-vi-executive-committee")],
    [
      "Vitebsk hosted by a unit of a Gomel department",
      "warning",
      (d) => {
        d.organizations.push({ id: "org-unit", kind: "other", name: {}, parentId: "org-by-ho-migration" });
        host(d, VITEBSK, "org-unit");
      },
    ],
    [
      "an attendee listed again as interested",
      "error",
      (d) => d.meetings[GOMEL].attendance.push({ organizationId: "org-by-ho-interior", capacity: "guest" }),
    ],
    ["a chair on the panel", "error", (d) => d.meetings[VITEBSK].panelIds.push(d.meetings[VITEBSK].chairIds[1])],
    ["a chair twice", "error", (d) => d.meetings[GOMEL].chairIds.push(d.meetings[GOMEL].chairIds[0])],
    ["a panel member twice", "error", (d) => d.meetings[VITEBSK].panelIds.push(d.meetings[VITEBSK].panelIds[0])],
  ];

  it("never fails on warnings, and always fails on an error, whatever the mix (property)", () => {
    fc.assert(
      fc.property(fc.subarray([...MUTATIONS]), (mutations) => {
        const data = bundled();
        for (const [, , apply] of mutations) apply(data);
        const errors = mutations.filter(([, severity]) => severity === "error").length;
        const warnings = mutations.length - errors;
        const result = validateDataset(data);
        expect(result.success).toBe(errors === 0);
        expect(checkIntegrity(data as NrmDataset).length).toBe(errors);
        const all = result.success ? result.warnings : result.issues;
        expect(all.filter((issue) => issueSeverity(issue) === "warning").length).toBe(warnings);
        expect(all.filter((issue) => issueSeverity(issue) === "error").length).toBe(errors);
      }),
    );
  });
});
