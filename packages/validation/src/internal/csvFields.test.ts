import { describe, expect, it } from "vitest";
import { parseCsvFields } from "./csvFields.js";

describe("parseCsvFields", () => {
  it.each([
    ["a,b,c", ["a", "b", "c"]],
    ["", [""]],
    ["a,", ["a", ""]],
    ['"a,b",c', ["a,b", "c"]],
    ['"say ""hi""",x', ['say "hi"', "x"]],
    ['"line\nbreak",""', ["line\nbreak", ""]],
    ['x,"",y', ["x", "", "y"]],
  ])("splits %j", (text, fields) => {
    expect(parseCsvFields(text)).toEqual({ ok: true, fields });
  });

  it.each([
    ['"open', 1],
    ['"a"b,c', 1],
    ['a,b"c', 2],
  ])("rejects %j, naming the field", (text, column) => {
    expect(parseCsvFields(text)).toMatchObject({ ok: false, column });
  });
});
