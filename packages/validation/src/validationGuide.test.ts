// Replays the code of docs/guides/validation-and-import.md so the guide stays true.
import { registerLocale, unregisterLocale } from "@nrmkit/core";
import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { createParsers } from "./createParsers.js";
import { checkIntegrity } from "./integrity.js";
import { issueSeverity } from "./issueSeverity.js";
import { ro, ru } from "./locales/index.js";
import { localizeIssue } from "./localizeIssue.js";
import { meetingSchema, safeParseMeeting } from "./meetingSchema.js";
import { validateDataset } from "./validateDataset.js";
import { ValidationError } from "./validationError.js";
import { fromZodIssues } from "./zodIssues.js";

const json = () => JSON.parse(JSON.stringify(belarusTaskForces2014));

describe("validation guide", () => {
  it("shows the issue of an organisation in the chair, in English and Russian", () => {
    const input = json();
    input.meetings[1].chairIds[0] = "org-iom-belarus";
    const result = validateDataset(input);
    const issue = result.success ? undefined : result.issues[0];
    expect(issue).toEqual({
      code: "not_a_person",
      path: ["meetings", 1, "chairIds", 0],
      expected: "the id of a person, not of an organization",
      received: '"org-iom-belarus"',
      message:
        'meetings[1].chairIds[0]: expected the id of a person, not of an organization, received "org-iom-belarus"',
    });
    if (issue === undefined) return;
    expect(localizeIssue(issue, ru).message).toBe(
      'meetings[1].chairIds[0]: ожидалось: id человека, а не организации; получено: "org-iom-belarus"',
    );
    expect(localizeIssue(issue, ro).message).toBe(
      'meetings[1].chairIds[0]: se aștepta: identificatorul unei persoane, nu al unei organizații; s-a primit: "org-iom-belarus"',
    );
    registerLocale(ro);
    try {
      expect(validateDataset(input, { locale: "ro" }).success).toBe(false);
    } finally {
      unregisterLocale("ro");
    }
  });

  it("keeps success true when a meeting's host serves another region (a warning)", () => {
    const input = json();
    input.meetings[0].venue = { hostId: "org-by-vi-executive-committee" }; // Gomel's meeting, Vitebsk's host
    const result = validateDataset(input);
    expect(result.success).toBe(true);
    expect(result.success && result.warnings.map((warning) => [warning.code, issueSeverity(warning)])).toEqual([
      ["venue_outside_task_force_region", "warning"],
    ]);
    expect(checkIntegrity(result.success ? result.data : input)).toEqual([]);
  });

  it("parses one meeting with safeParseMeeting", () => {
    const text = JSON.stringify(belarusTaskForces2014.meetings[0]);
    const result = safeParseMeeting(JSON.parse(text));
    expect(result.success && Object.isFrozen(result.data)).toBe(true);
  });

  it("extends meetingSchema and reports nrmkit issues for it", () => {
    const fundedMeeting = meetingSchema.unwrap().extend({ budgetEur: z.number().nonnegative() }).readonly();
    const { parse, safeParse } = createParsers(fundedMeeting);
    const input = { ...belarusTaskForces2014.meetings[0], budgetEur: 1200 };
    expect(parse(input).budgetEur).toBe(1200);
    expect(() => parse({ ...input, budgetEur: -1 })).toThrow(ValidationError);
    const typo = safeParse({ ...input, budgetEUR: 1 });
    expect(typo.success ? [] : typo.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["unrecognized_keys", ["budgetEUR"]],
    ]);

    const result = fundedMeeting.safeParse({ ...input, budgetEur: "1200" }, { reportInput: true });
    const issues = result.success
      ? []
      : fromZodIssues(result.error.issues, { locale: ru, pathPrefix: ["meetings", 3] });
    expect(issues.map((issue) => [issue.code, issue.path, issue.received])).toEqual([
      ["invalid_type", ["meetings", 3, "budgetEur"], '"1200"'],
    ]);
  });
});
