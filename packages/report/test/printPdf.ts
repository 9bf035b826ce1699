// Test helpers that print HTML to PDF in Debian's headless chromium and read the PDF back with
// poppler's pdftotext, an independent reader: page count, each page's text in drawing order, and
// how far down each page its text reaches.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, chromium } from "playwright-core";

const CHROMIUM = "/usr/bin/chromium";

/** Chromium flags for a sandboxed CI machine with no network. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: the report globalSetup should have installed it (apt-get install chromium)`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** Prints a page to PDF the way a user's "Save as PDF" does, with the page's own @page size. */
export async function printPdf(browser: Browser, html: string): Promise<Uint8Array> {
  const page = await browser.newPage();
  try {
    await page.setContent(html, { waitUntil: "load" });
    return await page.pdf({ preferCSSPageSize: true, printBackground: true });
  } finally {
    await page.close();
  }
}

/** One printed page as pdftotext reads it. */
export interface PdfPage {
  /** The text in drawing order (`-raw`), whitespace collapsed: a table cell's text stays together. */
  readonly text: string;
  /** The page height, in points. */
  readonly height: number;
  /** The lowest bottom edge of any word, in points from the top (0 for an empty page). */
  readonly textBottom: number;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Reads a PDF with pdftotext. */
export function readPdf(pdf: Uint8Array): PdfPage[] {
  const dir = mkdtempSync(join(tmpdir(), "nrmkit-pdf-"));
  try {
    const file = join(dir, "doc.pdf");
    writeFileSync(file, pdf);
    const raw = execFileSync("pdftotext", ["-raw", "-enc", "UTF-8", file, "-"], { encoding: "utf8" });
    const bbox = execFileSync("pdftotext", ["-bbox", "-enc", "UTF-8", file, "-"], { encoding: "utf8" });
    const texts = raw.split("\f");
    const pages = [...bbox.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)];
    return pages.map((match, index) => {
      const bottoms = [...(match[3] ?? "").matchAll(/yMax="([\d.]+)"/g)].map((word) => Number(word[1]));
      return {
        text: collapse(texts[index] ?? ""),
        height: Number(match[2]),
        textBottom: Math.max(0, ...bottoms),
      };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Collapses whitespace, as {@link PdfPage.text} does. */
export function normalise(text: string): string {
  return collapse(text);
}
