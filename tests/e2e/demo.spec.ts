import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "./support/accounts";
import { SEED_SLUG, signIn } from "./support/pages";

// Runs against `npm run demo` on the embedded database (no Postgres server involved).
test("the demo serves the seed article and lets the demo reviewer sign in", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Understanding Neuroplasticity and Its Role in Mental Health" }).click();
  await expect(page).toHaveURL(`/documents/${SEED_SLUG}`);
  await expect(page.getByRole("heading", { level: 2, name: "Human Clinical Trials" })).toBeVisible();

  await signIn(page, "reviewer@demo.test", DEMO_PASSWORD, `/documents/${SEED_SLUG}`);
  await expect(page).toHaveURL(`/documents/${SEED_SLUG}`);
  await expect(page.getByTestId("account-role")).toHaveText("Reviewer");
});
