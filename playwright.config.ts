import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import type { E2EServer } from "./tests/e2e/start-servers";
import { OIDC_CLIENT, OIDC_NAME } from "./tests/support/oidc-test-accounts";

// Set once in the main process; workers inherit the same values.
process.env.E2E_DATABASE ??= `claimwise_e2e_${process.pid}`;
process.env.E2E_OUTAGE_DATABASE ??= `claimwise_e2e_outage_${process.pid}`;
process.env.E2E_OUTAGE_CONTROL_PORT ??= String(Number(process.env.E2E_PORT_BASE ?? 3100) + 3);
process.env.E2E_STARTUP_PORT ??= String(Number(process.env.E2E_PORT_BASE ?? 3100) + 51);
process.env.E2E_DEMO_DATA_DIR ??= path.join(os.tmpdir(), `claimwise-e2e-demo-${process.pid}`);

// E2E_PORT_BASE lets two checkouts run their suites side by side on one machine.
const PORT_BASE = Number(process.env.E2E_PORT_BASE ?? 3100);
const POSTGRES_PORT = PORT_BASE;
const DEMO_PORT = PORT_BASE + 1;
const OUTAGE_PORT = PORT_BASE + 2;
// The SMTP server the e2e app sends mail to, and the HTTP mailbox tests read (tests/e2e/support/mailbox.ts).
const SMTP_PORT = PORT_BASE + 10;
process.env.E2E_MAILBOX_PORT ??= String(PORT_BASE + 11);
const SECRET = "e2e-secret-e2e-secret-e2e-secret-e2e-secret";
// The OpenID provider the postgres app signs in with (tests/support/oidc-test-provider.ts). next-auth's callback is
// `${NEXTAUTH_URL}/api/auth/callback/oidc`; NEXTAUTH_URL is http://localhost:<port> (tests/support/app-server.ts).
const OIDC_PORT = PORT_BASE + 12;
const OIDC_REDIRECT_URI = `http://localhost:${POSTGRES_PORT}/api/auth/callback/oidc`;
const SERVERS_READY_PORT = PORT_BASE + 13;

/** Machines that cannot download Playwright's browser (like ours) point this at Debian's Chromium. */
const executablePath = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE || undefined;

// What the suite needs running; all run the production build (`npm run test:e2e` builds first).
const servers: E2EServer[] = [
  {
    name: "smtp",
    command: `tsx tests/support/smtp-sink.ts ${SMTP_PORT} ${process.env.E2E_MAILBOX_PORT}`,
    url: `http://127.0.0.1:${process.env.E2E_MAILBOX_PORT}/messages`,
    timeoutMs: 30_000,
  },
  {
    name: "oidc",
    command: `tsx tests/support/oidc-test-provider.ts ${OIDC_PORT} ${OIDC_REDIRECT_URI}`,
    url: `http://127.0.0.1:${OIDC_PORT}/.well-known/openid-configuration`,
    timeoutMs: 30_000,
  },
  {
    name: "postgres",
    command: "tsx --conditions=react-server tests/e2e/serve-postgres.ts",
    url: `http://localhost:${POSTGRES_PORT}/api/health`,
    timeoutMs: 180_000,
    env: {
      PORT: String(POSTGRES_PORT),
      NEXTAUTH_SECRET: SECRET,
      NEXT_TELEMETRY_DISABLED: "1",
      SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
      OIDC_ISSUER: `http://127.0.0.1:${OIDC_PORT}`,
      OIDC_CLIENT_ID: OIDC_CLIENT.id,
      OIDC_CLIENT_SECRET: OIDC_CLIENT.secret,
      OIDC_NAME,
      // Backups written before a deletion: out of the checkout.
      CLAIMWISE_BACKUP_DIR: path.join(os.tmpdir(), `claimwise-e2e-backups-${process.pid}`),
    },
  },
  {
    // Postgres behind a relay the outage suite can cut (tests/e2e/serve-outage.ts).
    name: "outage",
    command: "tsx --conditions=react-server tests/e2e/serve-outage.ts",
    url: `http://localhost:${OUTAGE_PORT}/api/health`,
    timeoutMs: 180_000,
    env: {
      PORT: String(OUTAGE_PORT),
      OUTAGE_CONTROL_PORT: process.env.E2E_OUTAGE_CONTROL_PORT,
      NEXTAUTH_SECRET: SECRET,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
  {
    // Exactly the README's quick start, on the embedded database, minus the build already done.
    name: "demo",
    command: "tsx lib/cli/demo.ts",
    url: `http://localhost:${DEMO_PORT}/api/health`,
    // Seeding the reviewed demo on embedded PGlite takes about 50 s on a quiet machine and over 120 s on a busy one.
    timeoutMs: 300_000,
    env: {
      PORT: String(DEMO_PORT),
      CLAIMWISE_SKIP_BUILD: "1",
      CLAIMWISE_DATA_DIR: process.env.E2E_DEMO_DATA_DIR,
      DATABASE_URL: "",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
];

export default defineConfig({
  testDir: "tests/e2e",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  globalTeardown: "./tests/e2e/global-teardown.ts",
  use: {
    ...devices["Desktop Chrome"],
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
    },
  },
  projects: [
    {
      name: "postgres",
      testIgnore: /(demo|outage)\.spec\.ts/,
      use: { baseURL: `http://localhost:${POSTGRES_PORT}` },
    },
    { name: "outage", testMatch: /outage\.spec\.ts/, use: { baseURL: `http://localhost:${OUTAGE_PORT}` } },
    { name: "demo", testMatch: /demo\.spec\.ts/, use: { baseURL: `http://localhost:${DEMO_PORT}` } },
  ],
  // Every server starts at once (tests/e2e/start-servers.ts), and the tests when all are up.
  webServer: {
    command: "tsx tests/e2e/start-servers.ts",
    url: `http://127.0.0.1:${SERVERS_READY_PORT}/`,
    // The slowest is the demo's seeding.
    timeout: Math.max(...servers.map((server) => server.timeoutMs)) + 10_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: { E2E_SERVERS: JSON.stringify(servers), E2E_SERVERS_READY_PORT: String(SERVERS_READY_PORT) },
  },
});
