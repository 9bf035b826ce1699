import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { importCaseRecords } from "./importCaseRecords.js";
import { ru as ruLocale } from "./locales/index.js";
import { localizeIssue } from "./localizeIssue.js";
import { formatIssuePath, fromZodIssues } from "./zodIssues.js";

function issuesOf(schema: z.ZodType, input: unknown, reportInput = true) {
  const result = schema.safeParse(input, { reportInput });
  if (result.success) throw new Error("expected the input to fail");
  return result.error.issues;
}

const op = z.discriminatedUnion("op", [
  z.strictObject({ op: z.literal("add_party"), organizationId: z.string() }),
  z.strictObject({ op: z.literal("remove_clause"), number: z.string() }),
]);

describe("fromZodIssues", () => {
  it.each([
    ["a wrong type", z.strictObject({ a: z.string() }), { a: 1 }, "invalid_type", ["a"], "string", "1"],
    ["a missing key", z.strictObject({ a: z.string() }), {}, "invalid_type", ["a"], "string", "missing"],
    ["a short string", z.string().min(2), "x", "too_small", [], "at least 2 characters", '"x"'],
    ["a long array", z.array(z.number()).max(1), [1, 2], "too_big", [], "at most 1 item", "array(2)"],
    ["a small number", z.number().min(1), 0, "too_small", [], ">= 1", "0"],
    ["an exclusive bound", z.number().lt(1), 1, "too_big", [], "< 1", "1"],
    ["a regex mismatch", z.string().regex(/^a$/), "b", "invalid_format", [], "a string matching /^a$/", '"b"'],
    ["a bad url", z.url(), "no", "invalid_format", [], "a valid url", '"no"'],
    ["a bad enum value", z.enum(["a", "b"]), "c", "invalid_value", [], 'one of "a" | "b"', '"c"'],
    ["a bad literal", z.literal("a"), "c", "invalid_value", [], '"a"', '"c"'],
    ["a bad multiple", z.number().multipleOf(5), 7, "not_multiple_of", [], "a multiple of 5", "7"],
    ["an unknown key", z.strictObject({}), { extra: 1 }, "unrecognized_keys", ["extra"], "a known key", '"extra"'],
    ["a bad discriminator", op, { op: "x" }, "invalid_union", ["op"], 'one of "add_party" | "remove_clause"', '"x"'],
    [
      "a bad union option",
      op,
      { op: "add_party", organizationId: 1 },
      "invalid_type",
      ["organizationId"],
      "string",
      "1",
    ],
    [
      "a bad record key",
      z.record(z.string().regex(/^[a-z]+$/), z.string()),
      { A: "x" },
      "invalid_format",
      ["A"],
      "a string matching /^[a-z]+$/",
      '"A"',
    ],
  ])("converts %s", (_name, schema, input, code, path, expected, received) => {
    const [issue, ...rest] = fromZodIssues(issuesOf(schema, input));
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ code, path, expected, received });
  });

  it("reports prototype-pollution keys as forbidden_key, one issue per key", () => {
    const input = JSON.parse('{"a":"x","__proto__":{"polluted":true},"constructor":1,"other":2}');
    const issues = fromZodIssues(issuesOf(z.strictObject({ a: z.string() }), input));
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["forbidden_key", ["__proto__"]],
      ["forbidden_key", ["constructor"]],
      ["unrecognized_keys", ["other"]],
    ]);
  });

  it("picks the closest option of a plain union", () => {
    const schema = z.union([z.string(), z.strictObject({ a: z.number(), b: z.number() })]);
    const issues = fromZodIssues(issuesOf(schema, { a: 1, b: "x" }));
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([["invalid_type", ["b"]]]);
  });

  it("uses code, expected and received from custom params", () => {
    const schema = z.string().refine(() => false, { params: { code: "invalid_date", expected: "a date" } });
    expect(fromZodIssues(issuesOf(schema, "x"))).toMatchObject([
      { code: "invalid_date", expected: "a date", received: '"x"' },
    ]);
  });

  it("keeps code custom and Zod's message when params say nothing", () => {
    const schema = z.string().refine(() => false, "must be nice");
    const [issue] = fromZodIssues(issuesOf(schema, "x"));
    expect(issue).toMatchObject({ code: "custom", path: [] });
    expect(issue?.expected).toBeUndefined();
  });

  it("prepends the path prefix", () => {
    const [issue] = fromZodIssues(issuesOf(z.strictObject({ a: z.string() }), { a: 1 }), { pathPrefix: ["rows", 4] });
    expect(issue?.path).toEqual(["rows", 4, "a"]);
  });

  it("falls back to the type in Zod's message when the input was not reported", () => {
    const [issue] = fromZodIssues(issuesOf(z.string(), 5, false));
    expect(issue?.received).toBe("number");
  });

  it("shortens long strings and never dumps objects", () => {
    const [long] = fromZodIssues(issuesOf(z.number(), "x".repeat(10_000)));
    expect(long?.received?.length).toBeLessThan(50);
    const [object] = fromZodIssues(issuesOf(z.string(), { secret: "y".repeat(1000) }));
    expect(object?.received).toBe("object");
  });

  it("writes the message in the requested language", () => {
    const zodIssues = issuesOf(z.strictObject({ date: z.string() }), { date: 2014 });
    expect(fromZodIssues(zodIssues)[0]?.message).toBe("date: expected string, received 2014");
    expect(fromZodIssues(zodIssues, { locale: ruLocale })[0]?.message).toBe("date: ожидалось: строка; получено: 2014");
  });

  it("never throws and always returns issues with a code and a path when fed arbitrary failing inputs", () => {
    const schema = z.strictObject({ a: z.string().min(1), b: z.array(z.int()), c: op.optional() });
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = schema.safeParse(input, { reportInput: true });
        if (result.success) return;
        const issues = fromZodIssues(result.error.issues, { locale: ruLocale });
        expect(issues.length).toBeGreaterThan(0);
        for (const issue of issues) {
          expect(issue.code).toMatch(/^[a-z_]+$/);
          expect(Array.isArray(issue.path)).toBe(true);
          expect(issue.message.length).toBeLessThan(400);
        }
      }),
    );
  });
});

describe("localizeIssue", () => {
  it.each([
    ["string", "строка"],
    ["at least 1 characters", "не менее 1 символа"],
    ["at least 5 characters", "не менее 5 символов"],
    ["at most 22 items", "не более 22 элементов"],
    ["exactly 3 items", "ровно 3 элемента"],
    ['one of "a" | "b"', 'одно из "a" | "b"'],
    ["a string matching /x/", "строка, соответствующая /x/"],
    ["a multiple of 5", "число, кратное 5"],
  ])("translates %s into Russian", (expected, ru) => {
    const issue = { code: "x", path: ["a"], message: "", expected, received: "1" };
    expect(localizeIssue(issue, ruLocale).message).toBe(`a: ожидалось: ${ru}; получено: 1`);
    expect(localizeIssue(issue, "en").message).toBe(`a: expected ${expected}, received 1`);
  });

  it("keeps the message of an issue without expected", () => {
    const issue = { code: "custom", path: [], message: "kept" };
    expect(localizeIssue(issue, ruLocale)).toEqual(issue);
  });

  it("renders case-record and import issues as the Russian parsers do when given English ones", () => {
    const text = ["id,gender", 'SYN-1,"x"y', "SYN-2", "Ivan Petrov,f", "SYN-3,female,extra"].join("\n");
    const english = importCaseRecords(text, { format: "csv" }).rejected.flatMap((row) => row.issues);
    const russian = importCaseRecords(text, { format: "csv", locale: ruLocale }).rejected.flatMap((row) => row.issues);
    const ndjson = [
      '{"id":"SYN-1","citizenship":"BY","exploitation":["begging","begging"]}',
      "{",
      '["x"]',
      "x".repeat(120),
    ].join("\n");
    english.push(
      ...importCaseRecords(ndjson, { format: "ndjson", maxRowBytes: 100 }).rejected.flatMap((row) => row.issues),
    );
    russian.push(
      ...importCaseRecords(ndjson, { format: "ndjson", maxRowBytes: 100, locale: ruLocale }).rejected.flatMap(
        (row) => row.issues,
      ),
    );
    english.push(...importCaseRecords("{}", { format: "json" }).rejected.flatMap((row) => row.issues));
    russian.push(
      ...importCaseRecords("{}", { format: "json", locale: ruLocale }).rejected.flatMap((row) => row.issues),
    );
    expect(new Set(english.map((issue) => issue.code))).toEqual(
      new Set([
        "invalid_csv",
        "invalid_case_id",
        "invalid_value",
        "invalid_type",
        "invalid_country",
        "duplicate_value",
        "row_too_long",
        "invalid_json",
      ]),
    );
    expect(english.map((issue) => localizeIssue(issue, ruLocale))).toEqual(russian);
    expect(russian.map((issue) => localizeIssue(issue, "en"))).toEqual(english);
  });

  it("leaves an unknown phrase in English, even one named like an Object.prototype member", () => {
    const issue = { code: "x", path: [], message: "", expected: "constructor" };
    expect(localizeIssue(issue, ruLocale).message).toBe("(корень): ожидалось: constructor");
  });
});

describe("formatIssuePath", () => {
  it.each([
    [[], "(root)"],
    [["a"], "a"],
    [["a", 0, "b"], "a[0].b"],
    [[0, "a"], "[0].a"],
    [["name", "be-Latn"], 'name["be-Latn"]'],
  ] as const)("formats %j as %s", (path, text) => {
    expect(formatIssuePath(path)).toBe(text);
  });
});
