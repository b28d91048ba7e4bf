import { spawn } from "node:child_process";
import { expect, test } from "@playwright/test";
import { SERVE_COMMAND } from "../support/serve-command";

const STARTUP_PORT = Number(process.env.E2E_STARTUP_PORT);

/** Starts the production build with `env` and collects what it prints; `exited` settles with its exit code. */
function start(port: number, env: Record<string, string | undefined>) {
  const child = spawn(...SERVE_COMMAND, {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PORT: String(port), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

test("production refuses to start without a real NEXTAUTH_SECRET, and says why", async () => {
  for (const secret of [undefined, "changeme", "too-short"]) {
    const server = start(STARTUP_PORT - 1, {
      NEXTAUTH_SECRET: secret,
      DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/postgres",
    });
    try {
      // It must exit by itself (the test's own timeout bounds the wait).
      expect(await server.exited, server.output()).toBe(1);
      expect(server.output()).toMatch(/Claimwise will not start: NEXTAUTH_SECRET/);
    } finally {
      server.child.kill();
    }
  }
});

test("without a reachable database the app keeps serving and explains the outage", async ({ page }) => {
  const server = start(STARTUP_PORT, {
    NEXTAUTH_SECRET: "startup-secret-startup-secret-startup-00",
    DATABASE_URL: "postgresql://postgres@127.0.0.1:1/none",
  });
  try {
    // Serving, not exited: it answers its health check (with the outage) once it is up.
    const health = `http://localhost:${STARTUP_PORT}/api/health`;
    await expect
      .poll(async () => (await fetch(health).catch(() => null))?.status ?? "not answering", { timeout: 60_000 })
      .toBe(503);
    expect(server.child.exitCode).toBeNull();
    expect(server.output()).toMatch(/cannot reach the database/);
    expect((await (await fetch(health)).json()).database).toBe("down");
    await page.goto(`http://localhost:${STARTUP_PORT}/`);
    await expect(page.getByRole("alert").filter({ hasText: "database" })).toContainText(
      "The database is not available right now",
    );
  } finally {
    server.child.kill();
  }
});
