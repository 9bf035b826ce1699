import { describe, expect, it } from "vitest";
import { CHROMIUM_PATH, ensureChromium } from "../test/chromiumSetup.js";

// The browser test's globalSetup: it must install chromium unattended, and fail loudly (never
// skip) when it cannot.
describe("ensureChromium", () => {
  it("does nothing when chromium is already installed", () => {
    expect(() => ensureChromium({ path: CHROMIUM_PATH, steps: [["false"]] })).not.toThrow();
  });

  it("fails with the command and the remedy when an install step fails", () => {
    expect(() => ensureChromium({ path: "/nonexistent/chromium", steps: [["false"]] })).toThrow(
      /`false` ended with exit code 1\. Install it by hand with `apt-get update && apt-get install -y chromium`/,
    );
  });

  it("fails when the steps succeed but chromium is still missing", () => {
    expect(() => ensureChromium({ path: "/nonexistent/chromium", steps: [["true"]] })).toThrow(
      /\/nonexistent\/chromium is still missing/,
    );
  });
});
