// Vitest globalSetup of the report project: makes sure Debian's `chromium` is installed, because the
// browser test renders the HTML report in it. CI machines are fresh, so this must work unattended.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

/** Where the browser test expects Debian's chromium. */
export const CHROMIUM_PATH = "/usr/bin/chromium";

// apt-get update + install of chromium and its libraries can take several minutes on a cold mirror.
const INSTALL_TIMEOUT_MS = 20 * 60 * 1000;

/** What {@link ensureChromium} checks and runs; the defaults install Debian's package as root. */
export interface EnsureChromiumOptions {
  readonly path?: string;
  readonly steps?: readonly (readonly string[])[];
}

function run([command = "", ...args]: readonly string[]): void {
  const result = spawnSync(command, args, {
    encoding: "utf8",
    timeout: INSTALL_TIMEOUT_MS,
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error !== undefined || result.status !== 0) {
    const output = `${result.stdout ?? ""}\n${result.stderr ?? ""}`.trim().split("\n").slice(-30).join("\n");
    const why = result.error?.message ?? `exit code ${String(result.status)}`;
    throw new Error(
      `Installing chromium for the report browser test failed: \`${[command, ...args].join(" ")}\` ended with ${why}. ` +
        `Install it by hand with \`apt-get update && apt-get install -y chromium\` (as root).\n${output}`,
    );
  }
}

/**
 * Installs chromium with apt-get when it is missing.
 *
 * @throws Error when the install fails, so the browser test fails with a clear message instead of being skipped.
 */
export function ensureChromium(options: EnsureChromiumOptions = {}): void {
  const path = options.path ?? CHROMIUM_PATH;
  if (existsSync(path)) return;
  const steps = options.steps ?? [
    ["apt-get", "update"],
    ["apt-get", "install", "-y", "--no-install-recommends", "chromium"],
  ];
  for (const step of steps) run(step);
  if (!existsSync(path)) {
    throw new Error(`Installing chromium for the report browser test failed: ${path} is still missing.`);
  }
}

/** Vitest runs this once before the report project's tests. */
export default function setup(): void {
  ensureChromium();
}
