import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitJsonArray } from "./jsonArrayElements.js";

describe("splitJsonArray", () => {
  it.each([
    ["[]", []],
    [' [ 1 , {"a":[2,3]} ,"x,]" ] ', ["1", '{"a":[2,3]}', '"x,]"']],
    ['["\\"]"]', ['"\\"]"']],
    ["\uFEFF[1]", ["1"]],
    ["[1,,2]", ["1", "", "2"]],
    ["[1,]", ["1", ""]],
  ])("splits %j", (text, elements) => {
    expect(splitJsonArray(text)).toEqual({ elements });
  });

  it.each([
    ['{"a":1}', []],
    ["[1,2", ["1", "2"]],
    ["[1] x", ["1"]],
    ["", []],
  ])("reports a problem with %j and keeps the elements before it", (text, elements) => {
    expect(splitJsonArray(text)).toEqual({ elements, problem: expect.objectContaining({ kind: expect.any(String) }) });
  });

  it("yields elements that re-join into the array JSON.parse reads", () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue()), (values) => {
        // Compared with what JSON.parse reads, not with `values`: JSON text turns -0 into 0.
        const text = JSON.stringify(values, null, 1);
        const { elements, problem } = splitJsonArray(text);
        expect(problem).toBeUndefined();
        expect(elements.map((element) => JSON.parse(element))).toEqual(JSON.parse(text));
      }),
    );
  });
});
