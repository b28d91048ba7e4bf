// Reliability: Postgres goes away in the middle of a reviewer's session (tests/e2e/serve-outage.ts cuts the app's
// every connection and refuses new ones) and comes back. Saves fail with a clear message and write nothing; the
// reviewer's text stays in the browser, across a reload too; the app recovers by itself and saves it.
import { expect, type Page, test } from "@playwright/test";
import postgres from "postgres";
import { databaseUrl } from "../support/postgres";
import { DEMO_PASSWORD } from "./support/accounts";
import { SAMPLE_IN_REVIEW_SLUG, SEED_SLUG, signIn } from "./support/pages";

// One database, one relay: the tests take it down in turn.
test.describe.configure({ timeout: 120_000, mode: "serial" });

const database = (what: "down" | "up") =>
  fetch(`http://127.0.0.1:${process.env.E2E_OUTAGE_CONTROL_PORT}/${what}`, { method: "POST" });

/** The rationale the database holds for the demo reviewer's review (read around the relay, straight from Postgres). */
async function storedRationale(): Promise<string> {
  const sql = postgres(databaseUrl(process.env.E2E_OUTAGE_DATABASE!), { max: 1 });
  try {
    const rows = await sql`SELECT r.rationale::text AS rationale FROM "Review" r JOIN "User" u ON u.id = r."reviewerId"
                           WHERE u.email = 'reviewer@demo.test'`;
    return rows.map((r) => String(r.rationale)).join("\n");
  } finally {
    await sql.end();
  }
}

async function type(page: Page, text: string) {
  await page.getByRole("textbox", { name: "Rationale" }).click();
  await page.keyboard.press("End");
  await page.keyboard.type(text);
}

/** Holds the page's next background refresh (router.refresh: a GET of the page's server components) until released. */
function holdNextRefresh(page: Page) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let caught!: () => void;
  let taken = false;
  const held = new Promise<void>((resolve) => {
    caught = resolve;
  });
  void page.route(
    (url) => url.pathname.endsWith("/review"),
    async (route) => {
      const request = route.request();
      if (taken || request.method() !== "GET" || request.headers().rsc !== "1") return route.fallback();
      taken = true;
      caught();
      await released;
      await route.fallback();
    },
  );
  return { held, release };
}

test.afterEach(() => database("up"));

test("a reviewer's text survives a database outage, nothing is half-saved, and the app recovers by itself", async ({
  page,
  request,
}) => {
  const saveState = page.getByTestId("save-state");
  await signIn(page, "reviewer@demo.test", DEMO_PASSWORD);
  await expect(page).toHaveURL("/");
  // The sample in review: its first claim is one the demo reviewer has not graded yet (the seed article is all done).
  await page.goto(`/documents/${SAMPLE_IN_REVIEW_SLUG}/review`);
  await page.getByRole("radio", { name: /Low$/ }).first().check();
  await type(page, "Before the outage.");
  await expect(saveState).toHaveText("Draft saved.");

  // Down while the page is open: the autosave fails with a clear message and keeps trying.
  await database("down");
  await type(page, " During the outage.");
  await expect(saveState).toContainText("The database is not available right now. Nothing was saved.");
  await expect(saveState).toContainText("kept in this browser");
  expect((await request.get("/api/health")).status()).toBe(503);
  const whileDown = await storedRationale();
  expect(whileDown).toContain("Before the outage.");
  expect(whileDown).not.toContain("During the outage.");

  // Back: the pending save goes through on its own, without a restart or a keystroke. The server's event listener
  // reconnects and tells the page to refresh (`resync`): that refresh is held until the database is down again, the
  // race a reviewer meets when an outage starts while the page is being refreshed.
  const refresh = holdNextRefresh(page);
  await database("up");
  await expect(saveState).toHaveText("Draft saved.", { timeout: 20_000 });
  expect(await storedRationale()).toContain("During the outage.");

  // Down again while that refresh is rendered: the form stays, with a notice that the page is not up to date.
  await refresh.held;
  await database("down");
  refresh.release();
  await expect(page.getByText("This page could not be brought up to date")).toBeVisible();
  await type(page, " Second outage.");
  await expect(saveState).toContainText("not available");
  await page.reload();
  await expect(page.getByText("The database is not available right now")).toBeVisible();
  expect(await storedRationale()).not.toContain("Second outage.");

  await database("up");
  await expect.poll(async () => (await request.get("/api/health")).status(), { timeout: 20_000 }).toBe(200);
  await page.reload();
  await expect(saveState).toContainText("Restored unsaved changes from this browser");
  await expect(page.getByRole("textbox", { name: "Rationale" })).toContainText("Second outage.");
  await type(page, " Back.");
  await expect(saveState).toHaveText("Draft saved.");
  expect(await storedRationale()).toContain("Second outage. Back.");
});

test("while the database is down, anonymous health says nothing about it and the API answers 503", async ({
  request,
}) => {
  const where = new URL(databaseUrl(process.env.E2E_OUTAGE_DATABASE!));
  await database("down");
  const health = await request.get("/api/health");
  expect(health.status()).toBe(503);
  const text = await health.text();
  for (const secret of [where.hostname, "127.0.0.1", where.username, where.pathname.slice(1), "postgres"]) {
    expect(text, `health leaks "${secret}"`).not.toContain(secret);
  }
  expect(JSON.parse(text)).toMatchObject({ status: "degraded", database: "down" });
  for (const path of ["/api/v1/documents", `/api/v1/documents/${"x".repeat(24)}/claims`]) {
    const api = await request.get(path);
    expect(api.status(), path).toBe(503);
    expect(await api.json()).toMatchObject({ error: { code: "UNAVAILABLE" } });
    expect(api.headers()["retry-after"]).toBeTruthy();
  }
  await database("up");
  await expect.poll(async () => (await request.get("/api/health")).status(), { timeout: 20_000 }).toBe(200);
});

test("a reading page first asked for during an outage is not cached as the outage: it shows as soon as the database is back", async ({
  page,
}) => {
  await database("down");
  const during = await page.goto(`/documents/${SEED_SLUG}`);
  // Next answers a render that threw with 500 (it cannot send 503 from a page), and marks it not to be stored.
  expect(during?.status()).toBe(500);
  expect(during?.headers()["cache-control"]).toContain("no-store");
  await expect(page.getByText("The database is not available right now")).toBeVisible();
  await database("up");
  await expect.poll(async () => (await page.request.get("/api/health")).status(), { timeout: 20_000 }).toBe(200);
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Understanding Neuroplasticity/);
});
