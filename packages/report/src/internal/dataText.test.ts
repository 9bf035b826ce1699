import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanText, decodeEntities, isolateBidi, neutralizeBidi, safeImageSrc, urlScheme } from "./dataText.js";

// An independent oracle: no code point of these classes may survive cleanText.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for exactly these.
const FORBIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\ufffe\uffff]|\p{Cs}/u;

describe("cleanText", () => {
  it.each([
    ["NUL\u0000 BEL\u0007 BS\u0008", "NUL BEL BS"],
    ["\u001b[31mred\u001b[0m", "red"],
    ["\u001b[1;31;42mbold\u001b[m", "bold"],
    ["\u009b31mC1 CSI", "C1 CSI"],
    ["\u001b]0;owned\u0007title", "title"],
    ["\u001b]8;;http://evil.example/\u001b\\click\u001b]8;;\u001b\\", "click"],
    ["\u001b]0;unterminated", "0;unterminated"],
    ["\u001bcreset", "reset"],
    ["\u001b(Bcharset", "charset"],
    ["C1 \u0085NEL \u008dRI \u009cST", "C1  NEL RI ST"],
    ["DEL\u007f", "DEL"],
    ["tab\there", "tab here"],
    ["line\r\nbreak\rand\u2028more", "line break and more"],
    ["lone \ud800 high", "lone \ufffd high"],
    ["lone \udc00 low", "lone \ufffd low"],
    ["pair \ud83d\ude00 ok", "pair \ud83d\ude00 ok"],
    ["non\uffffchar", "non\ufffdchar"],
    ["evil\u202eexe.txt", "evilexe.txt"],
    ["Гомель, 12 Lenin St.", "Гомель, 12 Lenin St."],
  ])("cleans %j", (input, expected) => {
    expect(cleanText(input)).toBe(expected);
  });

  it("keeps tabs and line breaks when the format allows them", () => {
    expect(cleanText("a\tb\r\nc\u0000", { newlines: true, tabs: true })).toBe("a\tb\nc");
  });

  it("leaves no control, override or broken surrogate for any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 80 }), (text) => {
        expect(cleanText(text)).not.toMatch(FORBIDDEN);
        expect(cleanText(text)).not.toMatch(/[\n\t]/);
      }),
    );
  });

  it("keeps every printable character when the text has no escape sequence", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 80 }), (text) => {
        // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters that start escape sequences.
        fc.pre(!/[\u001b\u0090\u0098\u009b\u009d-\u009f]/.test(text));
        const printable = [...text].filter((char) => /[\p{L}\p{N}\p{P}\p{S}]/u.test(char));
        const kept = [...cleanText(text)];
        let at = 0;
        for (const char of kept) if (char === printable[at]) at += 1;
        expect(at).toBe(printable.length);
      }),
    );
  });
});

describe("neutralizeBidi", () => {
  it.each([
    ["a\u2066b", "a\u2066b\u2069"],
    ["a\u2069b", "ab"],
    ["\u2067x\u2069\u2069y", "\u2067x\u2069y"],
    ["\u202bx\u202c", "x"],
  ])("balances %j", (input, expected) => {
    expect(neutralizeBidi(input)).toBe(expected);
  });
});

describe("isolateBidi", () => {
  it.each([
    ["Natalia Zhak", "Natalia Zhak"],
    ["Гомель", "Гомель"],
    ["שלום", "\u2068שלום\u2069"],
    ["Ali مرحبا", "\u2068Ali مرحبا\u2069"],
    ["\u2068שלום\u2069", "\u2068שלום\u2069"],
    ["a\u200fb", "\u2068a\u200fb\u2069"],
  ])("isolates %j only when it holds right-to-left text", (input, expected) => {
    expect(isolateBidi(input)).toBe(expected);
  });
});

describe("decodeEntities", () => {
  it.each([
    ["&#106;", "j"],
    ["&#x6A;", "j"],
    ["&#X6a", "j"],
    ["&#0000106;", "j"],
    ["&colon;", ":"],
    ["&Colon", ":"],
    ["&colonx", ":x"],
    ["&amp;#58;", ":"],
    ["&#0;", "\ufffd"],
    ["&#xd800;", "\ufffd"],
    ["&unknown;", "&unknown;"],
  ])("decodes %j", (input, expected) => {
    expect(decodeEntities(input)).toBe(expected);
  });
});

describe("urlScheme", () => {
  it.each([
    ["https://x", "https"],
    ["JAVA\tSCRIPT:x", "javascript"],
    ["a/b:c", undefined],
    ["?a:b", undefined],
    ["#a:b", undefined],
    ["java&foo;script:x", "java&foo;script"],
  ])("reads the scheme of %j", (input, expected) => {
    expect(urlScheme(input)).toBe(expected);
  });
});

describe("safeImageSrc", () => {
  it.each([
    ["chart-1.svg", "chart-1.svg"],
    ["charts/a b.svg", "charts/a b.svg"],
    ["/charts/a.svg", "/charts/a.svg"],
    ["http://evil.example/a.png", undefined],
    ["//evil.example/a.png", undefined],
    ["\\\\evil.example\\a.png", undefined],
    ["/\\evil.example/a.png", undefined],
    ["\t//evil.example/a.png", undefined],
    ["data:image/png;base64,AAAA", undefined],
    ["&#47;/evil.example/a.png", undefined],
    ["", undefined],
  ])("maps %j to %j", (input, expected) => {
    expect(safeImageSrc(input)).toBe(expected);
  });
});
