import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "./support/accounts";
import { expectNoAxeViolations, formError, signIn } from "./support/pages";

test("an editor pastes Markdown, lands in the claim editor, and a bad upload loses nothing", async ({ page }) => {
  await signIn(page, "editor@demo.test", DEMO_PASSWORD);
  await page.getByRole("link", { name: "Import a document" }).click();
  await expect(page.getByRole("heading", { name: "Import a document" })).toBeVisible();
  await expectNoAxeViolations(page);

  const pasted = `# Pasted ${Date.now()}\n\nZebrafish regrew heart tissue in vitro. This could cure heart failure.\n`;
  await page.getByLabel("…or paste the text").fill(pasted);
  await page.getByLabel("Pasted text is").selectOption("md");
  await page
    .getByLabel("File")
    .setInputFiles({ name: "bad.txt", mimeType: "text/plain", buffer: Buffer.from([0xff, 0xfe, 0x00, 0x41]) });
  await page.getByRole("button", { name: "Import" }).click();
  await expect(formError(page)).toHaveText("bad.txt looks like a binary file, not text.");
  await expect(page.getByLabel("…or paste the text")).toHaveValue(pasted);

  await page.getByLabel("File").setInputFiles([]);
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByRole("heading", { name: "Edit claims" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Claims" }).getByRole("button")).toHaveText([
    "1. Zebrafish regrew heart tissue in vitro.",
    "2. This could cure heart failure.",
  ]);
});

test("reviewers do not get the import page", async ({ page }) => {
  await signIn(page, "reviewer@demo.test", DEMO_PASSWORD);
  await expect(page.getByTestId("account-role")).toHaveText("Reviewer");
  await expect(page.getByRole("link", { name: "Import a document" })).toHaveCount(0);
  expect((await page.goto("/documents/new"))?.status()).toBe(404);
});
