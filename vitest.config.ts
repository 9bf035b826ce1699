import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const packages = ["core", "validation", "stats", "report"] as const;
// Resolve workspace packages to their TypeScript sources so no test needs a build.
const conditions = ["@nrmkit/source", "module", "node", "import", "default"];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: ["@nrmkit/source"] } },
  test: {
    // Property tests run thousands of cases; CI machines have 2 shared cores, so 5 s is too tight.
    testTimeout: 30_000,
    projects: packages.map((name) => ({
      extends: true,
      test: {
        name,
        root: `packages/${name}`,
        include: ["src/**/*.test.ts"],
        setupFiles: [
          fileURLToPath(new URL("./test/failOnConsole.ts", import.meta.url)),
          // Tables published in one test must not be the implicit ledger of the next.
          ...(name === "stats" || name === "report"
            ? [fileURLToPath(new URL("./packages/stats/test/forgetPublications.ts", import.meta.url))]
            : []),
        ],
        // The report's browser test renders HTML in Debian's chromium; this installs it when missing.
        ...(name === "report"
          ? { globalSetup: [fileURLToPath(new URL("./packages/report/test/chromiumSetup.ts", import.meta.url))] }
          : {}),
        typecheck: { enabled: true, include: ["src/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
      },
    })),
  },
});
