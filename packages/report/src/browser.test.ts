import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Chromium, launchChromium } from "../test/chromium.js";
import { hostileDataset, protectedTable } from "../test/fixtures.js";
import { buildMeetingReport } from "./meetingReport.js";
import { renderHtml } from "./renderHtml.js";
import { buildStatisticsReport } from "./statisticsReport.js";

// Renders the HTML reports in headless Debian chromium (installed by test/chromiumSetup.ts, the
// report project's globalSetup) and checks the page as a browser builds it.

let chromium: Chromium;

beforeAll(async () => {
  chromium = await launchChromium();
}, 60_000);

afterAll(async () => {
  await chromium?.close();
});

async function open(html: string): Promise<Page> {
  const page = await chromium.context.newPage();
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.setContent(html, { waitUntil: "load" });
  (page as Page & { dialogs?: string[] }).dialogs = dialogs;
  return page;
}

describe("renderHtml in chromium", () => {
  it("renders the Vitebsk report with its title, sections and ten decisions", async () => {
    const page = await open(renderHtml(buildMeetingReport(belarusTaskForces2014, "meeting-vitebsk-2014-05-14")));
    expect(await page.title()).toBe("Meeting of the Multi-Disciplinary Task Force, Vitebsk");
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect(await page.locator("h1").textContent()).toBe("Meeting of the Multi-Disciplinary Task Force, Vitebsk");
    expect(await page.locator("h2").allTextContents()).toEqual([
      "Participants",
      "Discussion",
      "Decisions",
      "Publication",
    ]);
    expect(await page.locator("ol > li").count()).toBe(10);
    expect(await page.locator("ol > li").last().textContent()).toContain("to widen the list of the MoU participants");
    expect(await page.evaluate(() => document.body.textContent)).toContain("On the 14th of May, 2014");
    await page.close();
  }, 30_000);

  it("renders the Russian report with lang ru and visible fallback markers", async () => {
    const page = await open(
      renderHtml(buildMeetingReport(belarusTaskForces2014, "meeting-vitebsk-2014-05-14", { locale: "ru" })),
    );
    expect(await page.locator("html").getAttribute("lang")).toBe("ru");
    expect(await page.locator("ol > li").count()).toBe(10);
    const fallback = page.locator('.fallback[lang="en"]').last();
    expect(await fallback.textContent()).toBe("[en] Meeting of the Multi-Disciplinary Task Force, Brest");
    expect(await fallback.locator(".fallback-marker").isVisible()).toBe(true);
    await page.close();
  }, 30_000);

  it("runs no script when names and links in the data are hostile", async () => {
    const page = await open(renderHtml(buildMeetingReport(hostileDataset, "meeting-x")));
    expect(await page.evaluate(() => (window as Window & { __xss?: unknown }).__xss)).toBeUndefined();
    expect(await page.evaluate(() => document.scripts.length)).toBe(0);
    expect(await page.locator("img, iframe, svg").count()).toBe(0);
    expect(await page.title()).toBe("<script>window.__xss=1</script>");
    expect(await page.evaluate(() => document.body.textContent)).toContain("<script>alert(1)</script>");
    expect(await page.locator("a").first().getAttribute("href")).toBe("#");
    await page.locator("a").first().click();
    expect(await page.evaluate(() => (window as Window & { __xss?: unknown }).__xss)).toBeUndefined();
    expect((page as Page & { dialogs?: string[] }).dialogs).toEqual([]);
    await page.close();
  }, 30_000);

  it("shows charts as accessible SVG and keeps tables whole when printed", async () => {
    const doc = buildStatisticsReport([protectedTable], { title: { en: "Case statistics" } });
    const page = await open(renderHtml(doc));
    const svg = page.locator("figure svg");
    expect(await svg.getAttribute("role")).toBe("img");
    expect(await svg.locator("title").textContent()).toBe("Registered victims by region and sex");
    const box = await svg.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(100);
    expect(await page.locator("td.suppressed").count()).toBe(4);
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".table-wrap").evaluate((element) => getComputedStyle(element).overflow)).toBe("visible");
    await page.close();
  }, 30_000);
});
