import { execFileSync } from "node:child_process";
import { expect, type Locator, type Page, test } from "@playwright/test";
import { databaseUrl } from "../support/postgres";
import { signInCookie } from "../support/sign-in-cookie";
import { DEMO_PASSWORD } from "./support/accounts";
import { moveDraftTo } from "./support/http-roles";
import { expectNoAxeViolations, readingPageInteractive, SEED_SLUG, signIn } from "./support/pages";
import { apiToken } from "./support/tokens";

interface Fixture {
  slug: string;
  claims: number;
  critiqued: string;
  rationale: string;
  citation: string;
}

const WIDE = { width: 1280, height: 900 };
const PHONE = { width: 375, height: 740 };
const SCREENSHOTS = "tests/e2e/__screenshots__";

let fixture: Fixture;

// A published document with a decision, two submitted reviews with rationales, citations and a comment on one
// claim, made through the domain functions (tests/e2e/support/reading-fixture.ts).
test.beforeAll(() => {
  const output = execFileSync(
    "node_modules/.bin/tsx",
    ["--conditions=react-server", "tests/e2e/support/reading-fixture.ts"],
    { env: { ...process.env, DATABASE_URL: databaseUrl(process.env.E2E_DATABASE!) }, encoding: "utf8" },
  );
  fixture = JSON.parse(output.trim().split("\n").at(-1)!) as Fixture;
});

const markOf = (page: Page, id: string) => page.locator(`mark.claim[data-claim-id="${id}"]`).first();
const cardOf = (page: Page, id: string) => page.locator(`#critique-${id}`);

async function top(locator: Locator): Promise<number> {
  return (await locator.boundingBox())!.y;
}

/** The critique in the margin is open, level with its sentence, and says what the fixture's reviewers wrote. */
async function expectCritiqueBeside(page: Page) {
  const mark = markOf(page, fixture.critiqued);
  const card = cardOf(page, fixture.critiqued);
  await expect(card).toHaveAttribute("data-open", "true");
  await expect(mark).toBeInViewport();
  await expect(mark).toHaveAttribute("aria-expanded", "true");
  await expect(mark).toHaveClass(/claim-active/);
  await expect(card).toContainText(fixture.rationale);
  await expect(card).toContainText(fixture.citation);
  // Beside the sentence: to its right, and level with it.
  const [markBox, cardBox] = [(await mark.boundingBox())!, (await card.boundingBox())!];
  expect(cardBox.x).toBeGreaterThan(markBox.x + markBox.width / 2);
  expect(Math.abs(cardBox.y - markBox.y)).toBeLessThanOrEqual(12);
}

test.describe("wide screens", () => {
  test.use({ viewport: WIDE });

  test("a student sees every claim marked and reads a critique beside its sentence", async ({ page }) => {
    test.slow(); // Sign-in, every claim's style, an axe scan and a screenshot: over 30 s on a busy machine.
    await signIn(page, "student@demo.test", DEMO_PASSWORD, `/documents/${fixture.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Exercise and the brain/);
    const marks = page.locator("mark.claim[data-claim-id]");
    const ids = new Set(await marks.evaluateAll((all) => all.map((m) => (m as HTMLElement).dataset.claimId)));
    expect(ids.size).toBe(fixture.claims);
    // Every claim is visibly marked, decided or not: an underline at least.
    const unmarked = await marks.evaluateAll(
      (all) => all.filter((m) => !getComputedStyle(m).textDecorationLine.includes("underline")).length,
    );
    expect(unmarked).toBe(0);
    await expect(page.locator(".critique-card")).toHaveCount(fixture.claims);

    await readingPageInteractive(page);
    await markOf(page, fixture.critiqued).click();
    await expectCritiqueBeside(page);
    await expect(page).toHaveURL(new RegExp(`#claim-${fixture.critiqued}$`));
    const card = cardOf(page, fixture.critiqued);
    await expect(card).toContainText("Editor's decision");
    await expect(card).toContainText("Low certainty");
    await expect(card).toContainText("Supports");
    await expect(card).toContainText("Randomised controlled trial");
    // GRADE's domains as footnote marks under each rationale.
    await expect(card.locator(".critique-footnotes").first()).toContainText("Indirectness: serious (−1)");
    await expect(card).toContainText("Was memory measured at all, or only volume?");
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `${SCREENSHOTS}/reading-desktop.png` });

    // Hovering another claim lights its card.
    const other = page.locator("mark.claim[data-claim-id]").first();
    await other.hover();
    const otherId = await other.getAttribute("data-claim-id");
    await expect(cardOf(page, otherId!)).toHaveAttribute("data-active", "true");
  });

  test("the keyboard reaches the filters first, moves between claims with n / p, and Esc returns to the sentence", async ({
    page,
  }) => {
    await page.goto(`/documents/${fixture.slug}`);
    const skip = page.getByRole("link", { name: "Skip to the claim filters" });
    await skip.focus();
    await page.keyboard.press("Enter");
    await expect(page.locator("#claim-filters")).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(page.getByRole("checkbox", { name: "Preclinical" })).toBeFocused();

    // One tab stop for all the claims: the first claim, then n moves on.
    const first = page.locator("mark.claim[tabindex='0']");
    await expect(first).toHaveCount(1);
    await first.focus();
    const order = await page
      .locator("mark.claim[id]")
      .evaluateAll((all) => all.map((m) => (m as HTMLElement).dataset.claimId));
    const steps = order.indexOf(fixture.critiqued);
    for (let i = 0; i < steps; i++) await page.keyboard.press("n");
    await expect(page.locator(`#claim-${fixture.critiqued}`)).toBeFocused();
    await page.keyboard.press("p");
    await expect(page.locator(`#claim-${order[steps - 1]}`)).toBeFocused();
    await page.keyboard.press("j");
    await page.keyboard.press("Enter");
    await expectCritiqueBeside(page);
    await expect(cardOf(page, fixture.critiqued).getByRole("region")).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(cardOf(page, fixture.critiqued)).not.toHaveAttribute("data-open");
    await expect(page.locator(`#claim-${fixture.critiqued}`)).toBeFocused();
  });

  test("a deep link scrolls to the sentence, lights it and opens its critique beside it", async ({ page }) => {
    await page.goto(`/documents/${fixture.slug}#claim-${fixture.critiqued}`);
    await expectCritiqueBeside(page);
  });
});

test.describe("phones", () => {
  test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

  test("a tapped claim opens its critique in a bottom sheet that Esc closes, back on the sentence, without jumps", async ({
    page,
  }) => {
    await signIn(page, "student@demo.test", DEMO_PASSWORD, `/documents/${fixture.slug}`);
    const mark = markOf(page, fixture.critiqued);
    await expect(mark).toHaveAttribute("role", "button");
    await expect(page.locator(".critique-card")).toHaveCount(0);
    await readingPageInteractive(page);
    await mark.scrollIntoViewIfNeeded();
    // "No jumps": the sentence stays where it is on the screen. (scrollY itself may shift while off-screen blocks
    // are laid out; the browser's scroll anchoring keeps what is on the screen still.)
    const before = await top(mark);
    await mark.tap();
    const sheet = page.getByRole("dialog", { name: /Critique of claim/ });
    await expect(sheet).toBeVisible();
    await expect(sheet).toContainText(fixture.rationale);
    await expect(sheet).toContainText(fixture.citation);
    await expect(sheet).toContainText("Low certainty");
    // The sheet covers the lower part of the screen, over the text; the page under it has not moved.
    expect(await top(sheet)).toBeGreaterThan(0);
    expect(Math.abs((await top(mark)) - before)).toBeLessThanOrEqual(2);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `${SCREENSHOTS}/reading-phone.png` });

    await page.keyboard.press("Escape");
    await expect(sheet).toBeHidden();
    await expect(page.locator(`#claim-${fixture.critiqued}`)).toBeFocused();
    expect(Math.abs((await top(mark)) - before)).toBeLessThanOrEqual(2);
  });

  test("the phone's back button closes the sheet and stays on the page", async ({ page }) => {
    await page.goto(`/documents/${fixture.slug}`);
    await readingPageInteractive(page);
    await markOf(page, fixture.critiqued).tap();
    const sheet = page.getByRole("dialog", { name: /Critique of claim/ });
    await expect(sheet).toContainText(fixture.rationale);
    await page.goBack();
    await expect(sheet).toBeHidden();
    await expect(page).toHaveURL(new RegExp(`/documents/${fixture.slug}$`));
  });

  test("a deep link opens the sheet over its sentence", async ({ page }) => {
    await page.goto(`/documents/${fixture.slug}#claim-${fixture.critiqued}`);
    await expect(page.getByRole("dialog", { name: /Critique of claim/ })).toContainText(fixture.rationale);
  });
});

for (const [name, viewport] of [
  ["desktop", WIDE],
  ["phone", PHONE],
] as const) {
  test(`the seed's reading page has no axe violations at ${name} width`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto(`/documents/${SEED_SLUG}`);
    await expect(page.locator("mark.claim[role='button']").first()).toBeAttached();
    await expectNoAxeViolations(page);
  });
}

test("the filters keep the claims that match and hide the others' critiques", async ({ page }) => {
  await page.setViewportSize(WIDE);
  await page.goto(`/documents/${fixture.slug}`);
  const count = page.getByTestId("filter-count");
  await expect(count).toHaveText(`Showing ${fixture.claims} of ${fixture.claims} claims`);
  await page.getByRole("checkbox", { name: "Early human trial" }).check();
  await expect(count).toHaveText(`Showing 1 of ${fixture.claims} claims`);
  await expect(page.locator(".critique-card:not([hidden])")).toHaveCount(1);
  await expect(cardOf(page, fixture.critiqued)).toBeVisible();
  await expect(page.locator("mark.claim.claim-dimmed").first()).toBeAttached();
  await expect(markOf(page, fixture.critiqued)).not.toHaveClass(/claim-dimmed/);
});

test("the evidence map's cells lead to their claims, and its table says the same", async ({ page }) => {
  await page.goto(`/documents/${fixture.slug}`);
  await page.getByText("Evidence map").click();
  await page.getByText("The map as a table").click();
  const row = page.getByRole("row", { name: /^Speculative/ });
  const cell = row.getByRole("link").first();
  const n = Number(await cell.textContent());
  expect(n).toBeGreaterThan(0);
  await cell.click();
  await expect(page.getByTestId("filter-count")).toHaveText(new RegExp(`^Showing ${n} of \\d+ claims$`));
  await expect(page.getByRole("checkbox", { name: "Speculative" })).toBeChecked();
  await expect(page.locator("svg a")).not.toHaveCount(0);
});

test("a members-only document is refused to anonymous visitors and shown to members", async ({
  page,
  request,
  baseURL,
}) => {
  const editor = {
    role: "editor" as const,
    token: await apiToken("editor@demo.test"),
    cookie: await signInCookie(baseURL!, "editor@demo.test", DEMO_PASSWORD),
  };
  const created = await request.post("/api/v1/documents", {
    headers: { Authorization: `Bearer ${editor.token}` },
    data: {
      title: `Members ${Date.now()}`,
      format: "txt",
      content: "Members read that mice improved.",
      visibility: "MEMBERS",
    },
  });
  const document = (await created.json()) as { id: string; slug: string };
  await moveDraftTo(request, { caller: editor, document, origin: new URL(baseURL!).origin }, "PUBLISHED");
  const { slug } = document;
  expect((await page.goto(`/documents/${slug}`))?.status()).toBe(404);
  await signIn(page, "student@demo.test", DEMO_PASSWORD, `/documents/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Members /);
});

test("searching for hippocampus from the header lands on the sentence with its critique open", async ({ page }) => {
  await page.setViewportSize(WIDE);
  await page.goto("/");
  await page.getByRole("searchbox", { name: "Search claims" }).fill("hippocampus");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: /results? for “hippocampus”/ })).toBeVisible();
  // Each result is titled by what matched (here the claim's own text), its kind and document named below it.
  const result = page
    .getByRole("listitem")
    .filter({ hasText: /Claim in Understanding Neuroplasticity/ })
    .first();
  const first = result.getByRole("link");
  // A long claim's title is shortened, so the match is asserted where it is shown: the result's own snippet.
  await expect(first).toHaveText(/\S/);
  await expect(result.locator("mark").first()).toHaveText(/hippocamp/i);
  await expect(page.locator("main mark").first()).toHaveText(/hippocamp/i);
  await expectNoAxeViolations(page);
  await first.click();
  await expect(page).toHaveURL(new RegExp(`/documents/${SEED_SLUG}#claim-`));
  const id = new URL(page.url()).hash.slice("#claim-".length);
  await expect(markOf(page, id)).toContainText(/hippocamp/i);
  await expect(markOf(page, id)).toBeInViewport();
  await expect(cardOf(page, id)).toHaveAttribute("data-open", "true");
});

test("the public reading page is served from the cache and refreshed when a critique changes", async ({
  page,
  request,
}) => {
  const first = await request.get(`/documents/${SEED_SLUG}`);
  expect(first.headers()["cache-control"]).toMatch(/s-maxage=300/);
  // Other tests' fixtures (new documents) may be regenerating the page in the background: it settles to a hit.
  await expect.poll(async () => (await request.get(`/documents/${SEED_SLUG}`)).headers()["x-nextjs-cache"]).toBe("HIT");

  const marker = `cache-check-${Date.now()}`;
  const token = await apiToken("reviewer@demo.test");
  const documents = (await (await request.get("/api/v1/documents")).json()).items;
  const seed = documents.find((d: { slug: string }) => d.slug === SEED_SLUG);
  const claims = (await (await request.get(`/api/v1/documents/${seed.id}/claims`)).json()).items;
  const countBefore = (await (await request.get(`/api/v1/claims/${claims[1].id}/comments`)).json()).items.flatMap(
    (t: { replies: unknown[] }) => [t, ...t.replies],
  ).length;
  const posted = await request.post(`/api/v1/claims/${claims[1].id}/comments`, {
    headers: { Authorization: `Bearer ${token}` },
    data: { body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: marker }] }] } },
  });
  expect(posted.status()).toBe(201);
  // The page itself carries the count on the claim's mark (and is re-rendered); opening the critique loads the
  // discussion.
  await page.setViewportSize(WIDE);
  await expect(async () => {
    await page.goto(`/documents/${SEED_SLUG}#claim-${claims[1].id}`);
    await expect(markOf(page, claims[1].id)).toHaveAttribute("data-comments", String(countBefore + 1), {
      timeout: 1000,
    });
  }).toPass({ timeout: 15_000 });
  await expect(cardOf(page, claims[1].id)).toContainText(marker);
});

test("printing shows the article with numbered claims, without the page's controls or the margin", async ({ page }) => {
  await page.goto(`/documents/${SEED_SLUG}`);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("form", { name: "Filter claims" })).toBeHidden();
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("complementary", { name: "Critiques" })).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const number = await page
    .locator("mark.claim[data-claim-id]")
    .first()
    .evaluate((mark) => getComputedStyle(mark, "::after").getPropertyValue("content"));
  expect(number).toMatch(/counter\(claim-note\)|"1"/);
});

test("a reader's page view opens the live stream only once loaded, and prefetches none of the header's pages", async ({
  page,
}) => {
  // The document's state when the page creates its EventSource (a stream never completes, so resource timing has
  // no entry for it).
  await page.addInitScript(() => {
    const Native = window.EventSource;
    window.EventSource = class extends Native {
      constructor(url: string | URL, init?: EventSourceInit) {
        super(url, init);
        document.documentElement.dataset.streamOpenedWhen = document.readyState;
      }
    };
  });
  const requested: string[] = [];
  page.on("request", (request) => requested.push(request.url().replace(/^https?:\/\/[^/]+/, "")));
  const stream = page.waitForRequest((request) => new URL(request.url()).pathname.endsWith("/events"));
  await page.goto(`/documents/${SEED_SLUG}`);
  await stream;
  await expect(page.locator("html")).toHaveAttribute("data-stream-opened-when", "complete");
  // Next prefetches visible links from idle callbacks after hydration: wait until the page has been idle twice more,
  // so a prefetch scheduled after the stream opened is among the requests checked.
  await page.evaluate(() => new Promise((done) => requestIdleCallback(() => requestIdleCallback(() => done(null)))));
  // The header's targets (home, search, sign-in) are dynamic pages the server would render for every view.
  expect(requested.filter((path) => /^\/(search|signin)?\?/.test(path) || /[?&]_rsc=/.test(path))).toEqual([]);
});
