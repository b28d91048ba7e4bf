import { expect, test } from "@playwright/test";
import { signInCookie } from "../support/sign-in-cookie";
import { DEMO_PASSWORD } from "./support/accounts";
import { moveDraftTo } from "./support/http-roles";
import { expectNoAxeViolations, SEED_SLUG, signIn } from "./support/pages";
import { apiToken } from "./support/tokens";

test("an anonymous visitor filters to speculative claims, opens one and reads its critique, and follows a deep link", async ({
  page,
}) => {
  await page.goto(`/documents/${SEED_SLUG}`);
  const count = page.getByTestId("filter-count");
  await expect(count).toHaveText(/^Showing (\d+) of \1 claims$/);
  await page.getByRole("checkbox", { name: "Speculative" }).check();
  await expect(count).toHaveText(/^Showing \d+ of \d+ claims$/);
  const speculative = page.locator('details.critique[data-tier="SPECULATIVE"]');
  const shown = await speculative.count();
  expect(shown).toBeGreaterThan(3);
  await expect(count).toContainText(`Showing ${shown} of`);
  await expect(page.locator("details.critique:not([hidden])")).toHaveCount(shown);
  await expect(page.locator('mark.claim.claim-dimmed[data-tier="PRECLINICAL"]').first()).toBeAttached();

  const mark = page.locator('mark.claim[data-tier="SPECULATIVE"]', { hasText: "revolutionary approach" });
  await expect(mark).toHaveAttribute("role", "button");
  await mark.click();
  const claimId = await mark.getAttribute("data-claim-id");
  const card = page.locator(`#claim-${claimId}`);
  await expect(card).toHaveAttribute("open", "");
  await expect(card).toContainText("Stem cell therapies represent a revolutionary approach");
  await expect(card).toContainText("Speculative");
  await expect(page).toHaveURL(new RegExp(`#claim-${claimId}$`));

  await page.goto("/");
  await page.goto(`/documents/${SEED_SLUG}#claim-${claimId}`);
  await expect(page.locator(`#claim-${claimId}`)).toHaveAttribute("open", "");
});

test("claims open from the keyboard", async ({ page }) => {
  await page.goto(`/documents/${SEED_SLUG}`);
  const mark = page.locator("mark.claim[data-claim-id]").first();
  // Claims become buttons once the page's script has run.
  await expect(mark).toHaveAttribute("role", "button");
  await mark.focus();
  await page.keyboard.press("Enter");
  const id = await mark.getAttribute("data-claim-id");
  await expect(page.locator(`#claim-${id}`)).toHaveAttribute("open", "");
  await expect(page.locator(`#claim-${id} summary`)).toBeFocused();
});

for (const [name, viewport] of [
  ["desktop", { width: 1280, height: 900 }],
  ["phone", { width: 375, height: 740 }],
] as const) {
  test(`the reading page has no axe violations at ${name} width`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto(`/documents/${SEED_SLUG}`);
    await page
      .locator("details.critique")
      .first()
      .evaluate((d) => {
        (d as HTMLDetailsElement).open = true;
      });
    await expectNoAxeViolations(page);
  });
}

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

test("searching for hippocampus from the header lands on a claim", async ({ page }) => {
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
  await expect(first).toHaveText(/hippocamp/i);
  await expect(page.locator("main mark").first()).toHaveText(/hippocamp/i);
  await expectNoAxeViolations(page);
  await first.click();
  await expect(page).toHaveURL(new RegExp(`/documents/${SEED_SLUG}#claim-`));
  const id = new URL(page.url()).hash.slice("#claim-".length);
  await expect(page.locator(`#claim-${id}`)).toHaveAttribute("open", "");
  await expect(page.locator(`#claim-${id} blockquote`)).toContainText(/hippocamp/i);
});

test("the public reading page is served from the cache and refreshed when a critique changes", async ({
  page,
  request,
}) => {
  const first = await request.get(`/documents/${SEED_SLUG}`);
  const second = await request.get(`/documents/${SEED_SLUG}`);
  expect(second.headers()["x-nextjs-cache"]).toBe("HIT");
  expect(first.headers()["cache-control"]).toMatch(/s-maxage=300/);

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
  // The page itself counts the comments (and is re-rendered); opening the critique loads the discussion.
  const count = `Discussion (${countBefore + 1} comment${countBefore === 0 ? "" : "s"})`;
  await expect(async () => {
    await page.goto(`/documents/${SEED_SLUG}#claim-${claims[1].id}`);
    await expect(page.locator(`#claim-${claims[1].id}`)).toContainText(count, { timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await expect(page.locator(`#claim-${claims[1].id}`)).toContainText(marker);
});

test("the evidence map's cells lead to their claims, and its table says the same", async ({ page }) => {
  await page.goto(`/documents/${SEED_SLUG}`);
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

test("printing shows the article with numbered claims and every critique, without the page's controls", async ({
  page,
}) => {
  await page.goto(`/documents/${SEED_SLUG}`);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("form", { name: "Filter claims" })).toBeHidden();
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const number = await page
    .locator("mark.claim[data-claim-id]")
    .first()
    .evaluate((mark) => getComputedStyle(mark, "::after").getPropertyValue("content"));
  expect(number).toMatch(/counter\(claim-note\)|"1"/);
  const aside = await page.locator("#reading aside").evaluate((el) => getComputedStyle(el).position);
  expect(aside).toBe("static");
  await page.screenshot({ path: test.info().outputPath("print.png"), fullPage: false });
});
