import { expect, test } from "@playwright/test";
import { signInCookie } from "../support/sign-in-cookie";
import { DEMO_PASSWORD } from "./support/accounts";
import { importedDocument } from "./support/http-roles";
import { apiToken } from "./support/tokens";

// A long article: the reading page carries its first part and loads the rest (components/reading/article-rest.tsx).
const SENTENCES = 150;
const article = Array.from({ length: SENTENCES / 5 }, (_, p) =>
  Array.from({ length: 5 }, (_, s) => {
    const n = p * 5 + s + 1;
    return `Stem cell grafts raised hippocampal neurogenesis by ${(n % 37) + 5} percent in study number ${n} of this series.`;
  }).join(" "),
).join("\n\n");

let document: { id: string; slug: string; claimIds: string[] };

test.beforeAll(async ({ request, baseURL }) => {
  // Importing and segmenting 150 sentences takes a few seconds, longer on a busy machine.
  test.setTimeout(120_000);
  const editor = {
    role: "editor" as const,
    token: await apiToken("editor@demo.test"),
    cookie: await signInCookie(baseURL!, "editor@demo.test", DEMO_PASSWORD),
  };
  document = await importedDocument(
    request,
    editor,
    { title: `A long article ${Date.now()}`, content: article },
    baseURL!,
  );
});

test.use({ viewport: { width: 1280, height: 900 } });

const marks = "#article-body mark.claim[data-claim-id]";
const claimsIn = (page: import("@playwright/test").Page) =>
  page.locator(marks).evaluateAll((all) => new Set(all.map((m) => (m as HTMLElement).dataset.claimId)).size);

test("a long article's page carries its first part; scrolling brings the rest, marked, with its critiques", async ({
  page,
}) => {
  expect(document.claimIds.length).toBeGreaterThan(100);
  await page.goto(`/documents/${document.slug}`);
  await expect(page.getByTestId("article-rest")).toBeAttached();
  const first = await claimsIn(page);
  expect(first).toBeGreaterThan(0);
  expect(first).toBeLessThan(document.claimIds.length);

  await page.getByTestId("article-rest").scrollIntoViewIfNeeded();
  await expect(page.getByTestId("article-rest")).toHaveCount(0);
  await expect.poll(() => claimsIn(page)).toBe(document.claimIds.length);
  await expect(page.locator(".critique-card")).toHaveCount(document.claimIds.length);
  await expect(page.getByTestId("filter-count")).toHaveText(
    `Showing ${document.claimIds.length} of ${document.claimIds.length} claims`,
  );
});

test("a deep link to a claim beyond the first part scrolls to it and opens its critique", async ({ page }) => {
  const last = document.claimIds.at(-1)!;
  await page.goto(`/documents/${document.slug}#claim-${last}`);
  const mark = page.locator(`#claim-${last}`);
  await expect(mark).toBeInViewport();
  await expect(mark).toHaveAttribute("aria-expanded", "true");
  await expect(page.locator(`#critique-${last}`)).toHaveAttribute("data-open", "true");
});
