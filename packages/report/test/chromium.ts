// One headless Chromium per test file, and hostile-page probes: every page records dialogs,
// every request it tries (all are aborted; a page set with setContent needs none), console
// errors from scripts, and whether anything ran after every element was hovered, clicked and
// focused.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { CHROMIUM_PATH } from "./chromiumSetup.js";

const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** A running Chromium with a fresh profile; `close` ends it and removes the profile. */
export interface Chromium {
  readonly context: BrowserContext;
  /** One page reused by {@link probePage}: opening a page costs a second on a busy machine. */
  readonly page: Page;
  /** What the page did since the last probe. */
  readonly log: { dialogs: string[]; requests: string[] };
  readonly close: () => Promise<void>;
}

/** Launches Debian's chromium (installed by the report project's globalSetup) with a fresh user-data-dir. */
export async function launchChromium(): Promise<Chromium> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `${CHROMIUM_PATH} is missing: the report globalSetup should have installed it (apt-get install chromium)`,
    );
  }
  const profile = mkdtempSync(join(tmpdir(), "nrmkit-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: FLAGS,
    javaScriptEnabled: true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const log = { dialogs: [] as string[], requests: [] as string[] };
  page.on("dialog", (dialog) => {
    log.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  page.on("popup", (popup) => {
    log.requests.push(`popup ${popup.url()}`);
    void popup.close().catch(() => undefined);
  });
  await context.route("**/*", (route) => {
    log.requests.push(route.request().url());
    void route.abort().catch(() => undefined);
  });
  page.on("websocket", (socket) => log.requests.push(socket.url()));
  return {
    context,
    page,
    log,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** What a page did while it was loaded and poked. */
export interface PageReport {
  /** Messages of alert, confirm, prompt and beforeunload dialogs. */
  readonly dialogs: readonly string[];
  /** URLs the page tried to fetch or navigate to (all aborted). */
  readonly requests: readonly string[];
  /** `<script>` elements, elements with `on…` attributes, `javascript:` targets, frames and objects found. */
  readonly live: readonly string[];
  /** Whether a planted marker (`window.__xss`) was set. */
  readonly ran: boolean;
}

/**
 * Loads `html` into a new page, hovers, focuses and clicks every element (links only when their
 * target stays on the page or runs code), and reports what happened. Pages start at about:blank
 * and get their content with setContent, so no request at all is legitimate.
 */
export async function probePage(chromium: Chromium, html: string): Promise<PageReport> {
  const { page, log } = chromium;
  // A fresh window (globals, listeners) for every document; about:blank makes no request.
  await page.goto("about:blank");
  log.dialogs = [];
  log.requests = [];
  await page.setContent(html, { waitUntil: "load" });
  const live = await page.evaluate(() => {
    const found: string[] = [];
    for (const element of Array.from(document.querySelectorAll("*"))) {
      const name = element.tagName.toLowerCase();
      if (["script", "iframe", "frame", "object", "embed", "base", "form", "link", "input", "button"].includes(name)) {
        found.push(`<${name}>`);
      }
      if (name === "meta" && /refresh/i.test(element.getAttribute("http-equiv") ?? "")) found.push("<meta refresh>");
      for (const attribute of Array.from(element.attributes)) {
        if (attribute.name.startsWith("on")) found.push(`${name}[${attribute.name}]`);
        if (
          ["href", "src", "action", "formaction", "xlink:href", "srcset", "poster", "data"].includes(attribute.name)
        ) {
          // biome-ignore lint/suspicious/noControlCharactersInRegex: the browser drops these, so must we.
          const compact = attribute.value.replace(/[\u0000-\u0020\u007f-\u009f]/g, "").toLowerCase();
          if (/^(?:javascript|vbscript|data|file|blob):/.test(compact))
            found.push(`${name}[${attribute.name}=${attribute.value}]`);
        }
      }
    }
    return found;
  });
  // Poke every element the way a reader would.
  await page.evaluate(() => {
    const events = [
      "mouseover",
      "mouseenter",
      "mousedown",
      "mouseup",
      "focus",
      "focusin",
      "keydown",
      "input",
      "animationstart",
      "toggle",
      "load",
      "error",
    ];
    for (const element of Array.from(document.querySelectorAll("*"))) {
      for (const type of events) element.dispatchEvent(new Event(type, { bubbles: true }));
      if (element instanceof HTMLElement) element.focus();
      const href = element.getAttribute("href");
      // Following a real http(s) or mailto link is a reader's choice, not something the page does.
      const leaves = href !== null && !/^\s*(?:#|javascript:)/i.test(href);
      if (element instanceof HTMLElement && !leaves) element.click();
    }
  });
  // And with the real (trusted) mouse over links and cells.
  const points = await page.evaluate(() =>
    Array.from(document.querySelectorAll("a, img, td, li, p, h1, h2, bdi"))
      .slice(0, 40)
      .map((element) => {
        const box = element.getBoundingClientRect();
        return [box.x + box.width / 2, box.y + box.height / 2] as const;
      }),
  );
  for (const [x, y] of points) await page.mouse.move(x, y);
  await page.waitForTimeout(20);
  const ran = await page.evaluate(() => (window as Window & { __xss?: unknown }).__xss !== undefined);
  return { dialogs: [...log.dialogs], requests: [...log.requests], live, ran };
}
