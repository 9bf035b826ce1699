import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { html, safeHref } from "./html.js";

describe("html", () => {
  it.each([
    ["text", "<b>", "<p>&lt;b&gt;</p>"],
    ["a number", 42, "<p>42</p>"],
    ["null", null, "<p></p>"],
    ["false", false, "<p></p>"],
    ["a list", ["a", "<", 1], "<p>a&lt;1</p>"],
  ] as const)("escapes or drops %s", (_, value, expected) => {
    expect(html`<p>${value}</p>`.html).toBe(expected);
  });

  it("keeps markup built by html when nested", () => {
    expect(html`<ul>${["a", "b"].map((item) => html`<li>${item}</li>`)}</ul>`.html).toBe(
      "<ul><li>a</li><li>b</li></ul>",
    );
  });

  it("escapes a look-alike object when it was not built by html", () => {
    const forged = { kind: "safe_html", html: "<script>alert(1)</script>" } as unknown as ReturnType<typeof html>;
    expect(html`<p>${forged}</p>`.html).toBe("<p>[object Object]</p>");
  });

  it("escapes quotes when a value sits in an attribute", () => {
    expect(html`<a title="${'" onclick="x'}">`.html).toBe('<a title="&quot; onclick=&quot;x">');
  });

  it("never lets data add a tag or close an attribute, for any string", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (text, attribute) => {
        const out = html`<p title="${attribute}">${text}</p>`.html;
        const inner = out.slice('<p title="'.length, -"</p>".length);
        expect(inner.replace('">', "")).not.toMatch(/[<>"]/);
      }),
    );
  });
});

describe("safeHref", () => {
  it.each([
    ["https://belarus.iom.int/news", "https://belarus.iom.int/news"],
    ["http://example.org", "http://example.org"],
    ["mailto:info@example.org", "mailto:info@example.org"],
    ["vitebsk/report.en.html", "vitebsk/report.en.html"],
    ["#decisions", "#decisions"],
    ["javascript:alert(1)", "#"],
    ["JaVaScRiPt:alert(1)", "#"],
    [" java\tscript:alert(1)", "#"],
    ["\u0001javascript:alert(1)", "#"],
    ["data:text/html,<script>alert(1)</script>", "#"],
    ["vbscript:x", "#"],
    ["javascript&#58;alert(3)", "#"],
    ["&#106;avascript:alert(1)", "#"],
    ["&#x6a;avascript:alert(1)", "#"],
    ["&#X6A;avascript:alert(1)", "#"],
    ["&#106avascript:alert(1)", "#"],
    ["&#0000106;avascript:alert(1)", "#"],
    ["javascript&colon;alert(1)", "#"],
    ["javascript&colon alert(1)", "#"],
    ["java&Tab;script:alert(1)", "#"],
    ["java&NewLine;script:alert(1)", "#"],
    ["&amp;#106;avascript:alert(1)", "#"],
    ["java\u00a0script:alert(1)", "#"],
    ["java\u200bscript:alert(1)", "#"],
    ["\ufeffjavascript:alert(1)", "#"],
    ["\u0085javascript:alert(1)", "#"],
    ["java\u2028script:alert(1)", "#"],
    ["java&foo;script:alert(1)", "#"],
    ["file:///etc/passwd", "#"],
    ["ftp://example.org/", "#"],
    ["tel:+375291234567", "#"],
    ["HTTPS://example.org/", "HTTPS://example.org/"],
    ["https&#58;//example.org/", "https&#58;//example.org/"],
    ["  https://example.org/\n", "https://example.org/"],
    ["?page=2", "?page=2"],
    ["../a:b", "../a:b"],
    ["a/b?c=d:e", "a/b?c=d:e"],
  ])("maps %j to %j", (input, expected) => {
    expect(safeHref(input)).toBe(expected);
  });
});
