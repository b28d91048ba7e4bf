import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // Domain modules guard against client bundles with `server-only`; tests run them as the server does.
      "server-only": path.join(root, "tests/support/server-only.ts"),
    },
  },
  test: {
    // Vitest's default in a run is one worker fewer than the cores: one, on the two cores CI has.
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"] } },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/integration/global-setup.ts"],
          // Each worker has a database of its own (copied from one migrated template).
          setupFiles: ["tests/integration/worker-database.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
