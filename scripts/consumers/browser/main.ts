// Browser consumer: bundled by esbuild for the browser, run in headless Chromium.
import { scenario } from "./scenario.js";

const target = globalThis as { consumerResult?: string };
try {
  target.consumerResult = ["browser ok", ...scenario()].join("\n  ");
} catch (error) {
  target.consumerResult = `browser failed: ${error instanceof Error ? error.message : String(error)}`;
}
