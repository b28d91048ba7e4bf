import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "./support/accounts";
import { expectNoAxeViolations, signIn } from "./support/pages";
import { apiToken } from "./support/tokens";

test.describe.configure({ timeout: 90_000 });

test("an editor assigns a reviewer, decides claims and publishes; readers then see the decision", async ({
  page,
  browser,
  request,
}) => {
  const token = await apiToken("editor@demo.test");
  const title = `Editorial ${Date.now()}`;
  const { slug } = await (
    await request.post("/api/v1/documents", {
      headers: { Authorization: `Bearer ${token}` },
      data: { title, format: "txt", content: "Rats given the drug lived longer. It could double human lifespan." },
    })
  ).json();

  await signIn(page, "editor@demo.test", DEMO_PASSWORD, "/editor");
  await expect(page.getByRole("heading", { name: "Editorial dashboard" })).toBeVisible();
  await expectNoAxeViolations(page);
  const card = page.getByTestId(`dashboard-${slug}`);
  await card.getByLabel("Assign reviewer").selectOption({ label: "Rafael Reviewer" });
  await card.getByRole("button", { name: "Assign" }).click();
  await expect(card.getByRole("progressbar", { name: "Rafael Reviewer: 0 of 2 claims graded" })).toBeVisible();
  await card.getByRole("button", { name: "Start review" }).click();
  await expect(page.getByTestId(`dashboard-${slug}`)).toBeVisible();

  const reviewer = await (await browser.newContext()).newPage();
  await signIn(reviewer, "reviewer2@demo.test", DEMO_PASSWORD);
  await expect(reviewer.getByTestId("my-assigned").getByRole("link", { name: title })).toBeVisible();

  await page.getByRole("link", { name: title }).first().click();
  await expect(page.getByRole("heading", { name: `Decide and publish: ${title}` })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("region", { name: "Publish" }).getByRole("alert")).toContainText(
    "2 claims have no decision yet",
  );

  const first = page.getByRole("form", { name: "Decision on claim 1" });
  await first.getByLabel("Decided tier").selectOption("PRECLINICAL");
  await first.getByLabel("Decided certainty").selectOption("VERY_LOW");
  // The note keeps its formatting: typed with a bold part, saved, and shown bold again after a reload.
  const note = first.getByRole("textbox", { name: "Published note" });
  await note.click();
  await note.pressSequentially("One rat study; ");
  await page.keyboard.press("Control+b");
  await note.pressSequentially("nothing in people.");
  await page.keyboard.press("Control+b");
  await first.getByRole("button", { name: "Save decision" }).click();
  await expect(first.getByRole("status")).toHaveText("Decision saved.");
  await page.reload();
  await expect(first.getByRole("textbox", { name: "Published note" }).locator("strong")).toHaveText(
    "nothing in people.",
  );
  const second = page.getByRole("form", { name: "Decision on claim 2" });
  await second.getByLabel("Decided tier").selectOption("SPECULATIVE");
  await second.getByRole("button", { name: "Save decision" }).click();
  await expect(second.getByRole("status")).toHaveText("Decision saved.");
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published" })).toBeVisible();

  const anonymous = await (await browser.newContext()).newPage();
  await anonymous.goto(`/documents/${slug}`);
  await anonymous.locator("mark.claim[data-claim-id]").first().click();
  const critique = anonymous.locator(".critique-card[data-open]");
  await expect(critique).toContainText("Editor's decision");
  await expect(critique).toContainText("One rat study; nothing in people.");
  await expect(critique).toContainText("Very low certainty");
});

test("reviewers and readers cannot open the dashboard or the decisions page", async ({ page }) => {
  await signIn(page, "reviewer@demo.test", DEMO_PASSWORD);
  await expect(page).toHaveURL("/");
  expect((await page.goto("/editor"))?.status()).toBe(404);
});
