// Live updates (issue 15): what one person does appears on the others' open pages without a reload, on the same
// app server (two browsers) and across two production servers (lib/cli/serve.ts) on one Postgres.
import { type ChildProcess, spawn } from "node:child_process";
import { type Browser, expect, type Page, test } from "@playwright/test";
import { FRONT_CACHE_HEADER } from "@/lib/cache/front-page-cache";
import { databaseUrl } from "../support/postgres";
import { richText } from "../support/rich-text";
import { SERVE_COMMAND } from "../support/serve-command";
import { signInCookie } from "../support/sign-in-cookie";
import { DEMO_PASSWORD } from "./support/accounts";
import { type Caller, importedDocument, rest, runServerAction, serverActions } from "./support/http-roles";
import { signIn } from "./support/pages";
import { apiToken } from "./support/tokens";

test.describe.configure({ mode: "serial", timeout: 120_000 });

const ARTICLE = `Live article
live-article
Mice given the compound ran further on the wheel. The compound could one day cure depression in people.
`;

async function caller(baseURL: string, role: Caller["role"], email: string): Promise<Caller> {
  return { role, token: await apiToken(email), cookie: await signInCookie(baseURL, email, DEMO_PASSWORD) };
}

async function signedInPage(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, DEMO_PASSWORD);
  await expect(page).toHaveURL("/");
  return page;
}

/** Waits until the page's event stream is open, so what follows is a change it must hear. */
const streamOpen = (page: Page, documentId: string) =>
  page.waitForResponse((r) => r.url().endsWith(`/api/v1/documents/${documentId}/events`) && r.status() === 200);

test("a comment and a claim change by others appear on a reviewer's open review page, with who is there", async ({
  browser,
  request,
  baseURL,
}) => {
  const editor = await caller(baseURL!, "editor", "editor@demo.test");
  const reviewer2 = await caller(baseURL!, "otherReviewer", "reviewer2@demo.test");
  const document = await importedDocument(request, editor, { title: `Live ${Date.now()}`, content: ARTICLE }, baseURL);
  const [claimId] = document.claimIds;
  const reviewUrl = `/documents/${document.slug}/review?claim=${claimId}`;

  const reviewer = await signedInPage(browser, "reviewer@demo.test");
  const opened = streamOpen(reviewer, document.id);
  await reviewer.goto(reviewUrl);
  await opened;
  await reviewer.getByRole("tab", { name: /Discussion/ }).click();

  // reviewer2 opens the same claim in another browser: the reviewer sees who.
  const other = await signedInPage(browser, "reviewer2@demo.test");
  await other.goto(reviewUrl);
  await expect(reviewer.getByTestId("presence")).toContainText("Rafael Reviewer", { timeout: 5_000 });

  const text = `Is there a human trial? ${Date.now()}`;
  const posted = await rest(request, reviewer2, "POST", `/claims/${claimId}/comments`, { body: richText(text) });
  expect(posted.status).toBe(201);
  await expect(reviewer.getByText(text)).toBeVisible({ timeout: 2_000 });

  // The editor changes the claim's tier: the reviewer is told before typing, and loads it when asked.
  const claims = (await rest(request, editor, "GET", `/documents/${document.id}/claims`)).body as {
    items: { id: string; version: number; tier: string | null }[];
  };
  const claim = claims.items.find((c) => c.id === claimId)!;
  const tier = claim.tier === "SPECULATIVE" ? "PRECLINICAL" : "SPECULATIVE";
  const changed = await runServerAction(request, {
    caller: editor,
    action: serverActions().find((a) => a.name === "setClaimTierAction")!,
    slug: document.slug,
    input: { claimId, version: claim.version, tier },
    origin: new URL(baseURL!).origin,
  });
  expect(changed.code).toBe("OK");
  await expect(reviewer.getByTestId("stale-banner")).toBeVisible({ timeout: 2_000 });
  await reviewer.getByRole("button", { name: "Load latest" }).click();
  await expect(reviewer.getByTestId("stale-banner")).toBeHidden();
});

test.describe("two app servers on one database", () => {
  let serverB: ChildProcess;
  const portB = Number(process.env.E2E_PORT_BASE ?? 3100) + 21;
  const originB = `http://localhost:${portB}`;

  test.beforeAll(async () => {
    serverB = spawn(...SERVE_COMMAND, {
      stdio: "ignore",
      env: {
        ...process.env,
        PORT: String(portB),
        DATABASE_URL: databaseUrl(process.env.E2E_DATABASE!),
        NEXTAUTH_URL: originB,
        NEXTAUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e-secret",
        NEXT_TELEMETRY_DISABLED: "1",
      },
    });
    await expect
      .poll(async () => (await fetch(`${originB}/api/health`).catch(() => null))?.status, { timeout: 60_000 })
      .toBe(200);
  });
  test.afterAll(() => {
    serverB.kill("SIGTERM");
  });

  test("a decision published through server A reaches server B's cached reading page and its open reader", async ({
    browser,
    request,
    baseURL,
  }) => {
    const editor = await caller(baseURL!, "editor", "editor@demo.test");
    const document = await importedDocument(
      request,
      editor,
      { title: `Two servers ${Date.now()}`, content: ARTICLE },
      baseURL,
    );
    const [claimId] = document.claimIds;
    const pageB = `${originB}/documents/${document.slug}`;
    const mark = (html: string) => html.match(new RegExp(`<mark[^>]*data-claim-id="${claimId}"[^>]*>`))?.[0] ?? "";

    // Server B has the page in its cache, undecided: in Next's and in the production server's front cache, which
    // the change must drop too. (The import's own events may still be dropping them as the first answer is sent.)
    await expect
      .poll(async () => (await fetch(pageB)).headers.get(FRONT_CACHE_HEADER), { timeout: 10_000 })
      .toBe("HIT");
    const cached = await fetch(pageB);
    expect(cached.headers.get("x-nextjs-cache")).toBe("HIT");
    expect(mark(await cached.text())).not.toContain('data-decided="true"');

    // A reader has it open on server B.
    const reader = await (await browser.newContext()).newPage();
    const opened = streamOpen(reader, document.id);
    await reader.goto(pageB);
    await opened;

    const decided = await runServerAction(request, {
      caller: editor,
      action: serverActions().find((a) => a.name === "saveDecisionAction")!,
      slug: document.slug,
      input: { claimId, version: 0, tier: "PRECLINICAL", certainty: "VERY_LOW" },
      origin: new URL(baseURL!).origin,
    });
    expect(decided.code).toBe("OK");
    const savedAt = Date.now();

    // The target is 1 s (issue 15); a test on a busy machine only checks that it happens without a reload, and
    // records how long it took (speed targets live in `npm run bench`).
    await expect
      .poll(async () => mark(await (await fetch(pageB)).text()), { timeout: 10_000, intervals: [50] })
      .toContain('data-decided="true"');
    test.info().annotations.push({ type: "server B's page shows it after", description: `${Date.now() - savedAt} ms` });
    await expect(reader.locator(`mark[data-claim-id="${claimId}"]`).first()).toHaveAttribute("data-decided", "true", {
      timeout: 10_000,
    });
  });
});
