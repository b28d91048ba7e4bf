import { spawn } from "node:child_process";
import { expect, test } from "@playwright/test";

/** Starts the production build with `env` and collects what it prints until it exits or `ms` pass. */
const STARTUP_PORT = Number(process.env.E2E_STARTUP_PORT);

function start(port: number, env: Record<string, string | undefined>, ms: number) {
  const child = spawn("node_modules/.bin/next", ["start", "-p", String(port)], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const timeout = new Promise<"running">((resolve) => setTimeout(() => resolve("running"), ms));
  return { child, output: () => output, outcome: Promise.race([exited, timeout]) };
}

test("production refuses to start without a real NEXTAUTH_SECRET, and says why", async () => {
  for (const secret of [undefined, "changeme", "too-short"]) {
    const server = start(
      STARTUP_PORT - 1,
      { NEXTAUTH_SECRET: secret, DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/postgres" },
      20_000,
    );
    const outcome = await server.outcome;
    server.child.kill();
    expect(outcome, server.output()).toBe(1);
    expect(server.output()).toMatch(/Claimwise will not start: NEXTAUTH_SECRET/);
  }
});

test("without a reachable database the app keeps serving and explains the outage", async ({ page }) => {
  const server = start(
    STARTUP_PORT,
    {
      NEXTAUTH_SECRET: "startup-secret-startup-secret-startup-00",
      DATABASE_URL: "postgresql://postgres@127.0.0.1:1/none",
    },
    8_000,
  );
  try {
    expect(await server.outcome).toBe("running");
    expect(server.output()).toMatch(/cannot reach the database/);
    const health = await page.request.get(`http://localhost:${STARTUP_PORT}/api/health`);
    expect(health.status()).toBe(503);
    expect((await health.json()).database).toBe("down");
    await page.goto(`http://localhost:${STARTUP_PORT}/`);
    await expect(page.getByRole("alert").filter({ hasText: "database" })).toContainText(
      "The database is not available right now",
    );
  } finally {
    server.child.kill();
  }
});
