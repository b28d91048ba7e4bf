import { expect, test } from "@playwright/test";
import postgres from "postgres";
import { databaseUrl } from "../support/postgres";
import { DEMO_PASSWORD } from "./support/accounts";
import { signIn } from "./support/pages";
import { apiToken } from "./support/tokens";

test.describe.configure({ timeout: 90_000 });

/** Marks a document published, as publishing it would (setup only: publishing itself is tested in editorial.spec). */
async function markPublished(id: string) {
  const sql = postgres(databaseUrl(process.env.E2E_DATABASE!), { max: 1 });
  try {
    await sql`UPDATE "Document" SET status = 'PUBLISHED', "publishedAt" = now(), version = version + 1 WHERE id = ${id}`;
  } finally {
    await sql.end();
  }
}

test("starting a new review round of a published document asks first and keeps it readable at its address", async ({
  page,
  browser,
  request,
}) => {
  const title = `Round ${Date.now()}`;
  const created = await request.post("/api/v1/documents", {
    headers: { Authorization: `Bearer ${await apiToken("editor@demo.test")}` },
    data: { title, format: "txt", content: "Rats given the drug lived longer. It could double human lifespan." },
  });
  expect(created.status()).toBe(201);
  const { id, slug } = await created.json();
  await markPublished(id);

  await signIn(page, "editor@demo.test", DEMO_PASSWORD, "/editor");
  const card = page.getByTestId(`dashboard-${slug}`);
  const messages: string[] = [];

  // Dismissed: nothing happens.
  page.once("dialog", (dialog) => {
    messages.push(dialog.message());
    void dialog.dismiss();
  });
  await card.getByRole("button", { name: "Start review" }).click();
  await expect.poll(() => messages.length).toBe(1);
  expect(messages[0]).toContain(`Start a new review round of "${title}"?`);
  expect(messages[0]).toContain(
    'Readers keep reading it at its address, marked "In review", until you publish it again',
  );
  await expect(card.getByRole("button", { name: "Start review" })).toBeVisible();

  // Accepted: the document is in review, and readers still read it.
  page.once("dialog", (dialog) => void dialog.accept());
  await card.getByRole("button", { name: "Start review" }).click();
  await expect(page.getByTestId(`dashboard-${slug}`).getByRole("button", { name: "Start review" })).toHaveCount(0);

  const reader = await (await browser.newContext()).newPage();
  const response = await reader.goto(`/documents/${slug}`);
  expect(response?.status()).toBe(200);
  await expect(reader.getByRole("heading", { name: title })).toBeVisible();
  await expect(reader.getByText("In review", { exact: true })).toBeVisible();
});
