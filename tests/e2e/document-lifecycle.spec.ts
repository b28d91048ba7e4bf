import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "./support/accounts";
import { callers, moveDraftTo } from "./support/http-roles";
import { expectNoAxeViolations, signIn } from "./support/pages";
import { apiToken } from "./support/tokens";

test.describe.configure({ timeout: 120_000 });

test("an editor archives a published document, restores it, uploads a revision and deletes it after a backup", async ({
  page,
  browser,
  request,
  baseURL,
}) => {
  const word = `axolotlish${Date.now()}`;
  const title = `Lifecycle ${word}`;
  const created = await request.post("/api/v1/documents", {
    headers: { Authorization: `Bearer ${await apiToken("editor@demo.test")}` },
    data: {
      title,
      format: "txt",
      content: `Mice given ${word} lived longer. The trial enrolled twelve patients. Ageing may be cured soon.`,
    },
  });
  expect(created.status()).toBe(201);
  const document = (await created.json()) as { id: string; slug: string };
  const as = await callers(baseURL!);
  await moveDraftTo(request, { caller: as.editor, document, origin: new URL(baseURL!).origin }, "PUBLISHED");

  const visitor = await (await browser.newContext()).newPage();
  const reader = await (await browser.newContext()).newPage();
  await signIn(reader, "student@demo.test", DEMO_PASSWORD);
  const found = async () => {
    await visitor.goto(`/search?q=${word}`);
    return visitor.getByRole("link", { name: new RegExp(word) }).count();
  };
  expect((await visitor.goto(`/documents/${document.slug}`))?.status()).toBe(200);
  expect(await found()).toBeGreaterThan(0);

  await signIn(page, "editor@demo.test", DEMO_PASSWORD, `/documents/${document.slug}/manage`);
  await expect(page.getByRole("heading", { name: "Manage document" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Archive" }).click();
  await expect(page.getByRole("button", { name: "Restore" })).toBeVisible();

  // Gone for readers (the cached public page too), for members and from search; listed for editors.
  expect((await visitor.goto(`/documents/${document.slug}`))?.status()).toBe(404);
  expect((await reader.goto(`/documents/${document.slug}/private`))?.status()).toBe(404);
  expect(await found()).toBe(0);
  await page.goto("/");
  await expect(page.getByRole("region", { name: "Archived" }).getByRole("link", { name: title })).toBeVisible();
  await page.getByRole("region", { name: "Archived" }).getByRole("link", { name: title }).click();
  await page.getByRole("button", { name: "Restore" }).click();
  await expect(page.getByRole("button", { name: "Archive" })).toBeVisible();
  expect((await visitor.goto(`/documents/${document.slug}`))?.status()).toBe(200);
  expect(await found()).toBeGreaterThan(0);

  // A new revision: one sentence kept, one reworded, one gone; the summary links to the claims.
  await page
    .getByLabel("…or paste the text")
    .fill(`Mice given ${word} lived longer. The trial enrolled thirteen patients. Cats purr loudly.`);
  await page.getByRole("button", { name: "Upload revision" }).click();
  const summary = page.getByRole("status").filter({ hasText: "Revision 2 uploaded" });
  await expect(summary).toBeVisible();
  await expect(summary.getByRole("list", { name: "What happened to the claims" })).toContainText("1 kept");
  await expect(summary.getByRole("list", { name: "What happened to the claims" })).toContainText("1 changed");
  await expect(summary.getByRole("list", { name: "What happened to the claims" })).toContainText("1 orphaned");
  await expect(summary.getByRole("link", { name: "The trial enrolled thirteen patients." })).toHaveAttribute(
    "href",
    new RegExp(`^/documents/${document.slug}/claims#claim-`),
  );
  await expect(summary.getByRole("link", { name: "Ageing may be cured soon." })).toBeVisible();

  // Deleting names the document and waits for its title; the backup's file name is shown.
  await page.getByRole("button", { name: "Delete…" }).click();
  await expect(page.getByText(`Delete ${title}? Type its title to confirm.`)).toBeVisible();
  const confirm = page.getByRole("button", { name: "Delete for good" });
  await expect(confirm).toBeDisabled();
  await page.getByLabel("Title of the document").fill(title);
  await confirm.click();
  await expect(page.getByRole("status").filter({ hasText: "Document deleted" })).toContainText(
    new RegExp(`${document.slug}\\..+\\.backup\\.json`),
  );
  expect((await visitor.goto(`/documents/${document.slug}`))?.status()).toBe(404);
});
