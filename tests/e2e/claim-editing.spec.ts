import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "./support/accounts";
import { expectNoAxeViolations, SEED_SLUG, signIn } from "./support/pages";
import { apiToken } from "./support/tokens";

const ARTICLE = `Exercise notes
exercise-notes
Running increased neurogenesis in mice, and it improved their memory in maze tests.
A small pilot study found better mood in patients.
`;

test("an editor re-tiers, splits and merges claims from the keyboard", async ({ page, request }) => {
  // An import, the claim editor with an axe scan, and the reading page: 21–25 s with one core kept busy, 33 s once.
  test.slow();
  const token = await apiToken("editor@demo.test");
  const created = await request.post("/api/v1/documents", {
    headers: { Authorization: `Bearer ${token}` },
    data: { format: "txt", content: ARTICLE, title: `Editing ${Date.now()}` },
  });
  const { slug } = await created.json();

  await signIn(page, "editor@demo.test", DEMO_PASSWORD, `/documents/${slug}`);
  await page.getByRole("link", { name: "Edit claims" }).click();
  await expect(page.getByRole("heading", { name: "Edit claims" })).toBeVisible();
  await expectNoAxeViolations(page);

  const list = page.getByRole("navigation", { name: "Claims" });
  await list.getByRole("button", { name: /^1\. Running increased/ }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("claim-suggestion")).toContainText(
    /^Suggested: Preclinical \(confidence \d+ %\) because animal: mice/,
  );
  await expect(page.getByTestId("claim-suggestion")).toContainText("Not reviewed yet.");

  await page.getByLabel("Evidence tier").selectOption("SPECULATIVE");
  await page.getByLabel("Reason (optional)").fill("Single unreplicated study");
  await page.getByRole("button", { name: "Save tier" }).press("Enter");
  await expect(page.getByRole("status")).toHaveText("Tier saved.");
  await expect(page.getByText("Tier set by an editor.")).toBeVisible();

  await page.getByRole("button", { name: "Split", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("Claim split.");
  await expect(list.getByRole("button")).toHaveText([
    "1. Running increased neurogenesis in mice,",
    "2. and it improved their memory in maze tests.",
    "3. A small pilot study found better mood in patients.",
  ]);

  await list.getByRole("button", { name: /^1\./ }).click();
  await page.getByRole("button", { name: "Merge with next claim" }).click();
  await expect(page.getByRole("status")).toHaveText("Claims merged.");
  await expect(list.getByRole("button")).toHaveCount(2);

  await page.goto(`/documents/${slug}`);
  await expect(page.locator('mark.claim[data-tier="SPECULATIVE"]')).toHaveText(
    "Running increased neurogenesis in mice, and it improved their memory in maze tests.",
  );
});

test("an editor creates a claim from a text selection", async ({ page, request }) => {
  const token = await apiToken("editor@demo.test");
  const { slug } = await (
    await request.post("/api/v1/documents", {
      headers: { Authorization: `Bearer ${token}` },
      data: { format: "txt", content: ARTICLE, title: `Selecting ${Date.now()}` },
    })
  ).json();
  await signIn(page, "editor@demo.test", DEMO_PASSWORD, `/documents/${slug}/claims`);
  const list = page.getByRole("navigation", { name: "Claims" });
  await list.getByRole("button", { name: /^2\./ }).click();
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Delete claim" }).click();
  await expect(list.getByRole("button")).toHaveCount(1);

  await page
    .getByTestId("claim-text")
    .getByText("A small pilot study")
    .evaluate((element) => {
      const text = element.firstChild!;
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, "A small pilot study".length);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
    });
  await expect(page.getByText("Selected: 19 characters")).toBeVisible();
  await page.getByRole("button", { name: "Create claim from selection" }).click();
  await expect(page.getByRole("status")).toHaveText("Claim created.");
  await expect(list.getByRole("button")).toHaveText([/^1\. Running/, "2. A small pilot study"]);
});

test("reviewers and readers cannot open the claim editor", async ({ page }) => {
  for (const email of ["reviewer@demo.test", "student@demo.test"]) {
    await signIn(page, email, DEMO_PASSWORD, `/documents/${SEED_SLUG}`);
    await expect(page).toHaveURL(`/documents/${SEED_SLUG}`);
    await expect(page.getByTestId("account-role")).toBeVisible();
    await expect(page.getByRole("link", { name: "Edit claims" })).toHaveCount(0);
    const response = await page.goto(`/documents/${SEED_SLUG}/claims`);
    expect(response?.status()).toBe(404);
    await page.context().clearCookies();
  }
});

test("unreviewed suggestions are no tier for readers until an editor accepts them in bulk", async ({
  page,
  request,
}) => {
  // An import, the claim editor, an axe scan and the reading page: 23–24 s with one core kept busy, 31 s once.
  test.slow();
  const token = await apiToken("editor@demo.test");
  const { slug } = await (
    await request.post("/api/v1/documents", {
      headers: { Authorization: `Bearer ${token}` },
      data: { format: "txt", content: ARTICLE, title: `Accepting ${Date.now()}` },
    })
  ).json();
  await signIn(page, "editor@demo.test", DEMO_PASSWORD, `/documents/${slug}`);
  await expect(page.locator("mark.claim").first()).toBeAttached();
  await expect(
    page.locator('mark.claim[data-tier="PRECLINICAL"], mark.claim[data-tier="EARLY_HUMAN_TRIAL"]'),
  ).toHaveCount(0);

  await page.goto(`/documents/${slug}/claims`);
  const review = page.getByRole("region", { name: /Suggestions to review \(2\)/ });
  const confidences = await review
    .getByTestId("suggestion-list")
    .locator("li")
    .evaluateAll((items) => items.map((item) => Number(item.getAttribute("data-confidence"))));
  expect(confidences).toEqual([...confidences].sort((a, b) => a - b));
  await expect(review).toContainText("Suggested: Preclinical");
  await expect(review).toContainText("Suggested: Early human trial");
  await review.getByLabel("Accept the suggestion for claim 1").check();
  await review.getByLabel("Accept the suggestion for claim 2").check();
  await review.getByRole("button", { name: "Accept 2 selected suggestions" }).click();
  await expect(page.getByRole("status")).toHaveText("2 suggestions accepted.");
  await expect(page.getByRole("region", { name: /Suggestions to review/ })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.goto(`/documents/${slug}`);
  await expect(page.locator('mark.claim[data-tier="PRECLINICAL"]')).toHaveText(/^Running increased neurogenesis/);
  await expect(page.locator('mark.claim[data-tier="EARLY_HUMAN_TRIAL"]')).toHaveText(/^A small pilot study/);
});

test("an administrator sees what the tier suggester learned from, and when", async ({ page }) => {
  await signIn(page, "admin@demo.test", DEMO_PASSWORD, "/editor");
  await expect(page.getByTestId("tier-model-status")).toContainText(
    /learned from [\d,]+ labelled claims on \d{4}-\d\d-\d\d/,
  );
  await page.context().clearCookies();
  await signIn(page, "editor@demo.test", DEMO_PASSWORD, "/editor");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByTestId("tier-model-status")).toHaveCount(0);
});
