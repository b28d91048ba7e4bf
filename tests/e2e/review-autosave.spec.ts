import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { signInCookie } from "../support/sign-in-cookie";
import { DEMO_PASSWORD } from "./support/accounts";
import { importedDocument } from "./support/http-roles";
import { signIn } from "./support/pages";
import { apiToken } from "./support/tokens";

// A reviewer's work must never be lost (issue 11, items 10 and 11). Each test grades its own claim of a published
// article of the suite's own (the demo's seed article is already fully reviewed by both demo reviewers).
test.describe.configure({ timeout: 120_000 });

type Review = {
  certainty: string | null;
  riskOfBias: string | null;
  imprecision: string | null;
  rationaleHtml: string | null;
};

let auth: Record<string, string>;
let claimIds: string[];
let slug: string;

const ARTICLE = `Autosave article
autosave-article
Mice given the compound explored the maze for longer.
A pilot study of twelve adults found better sleep after a month.
This therapy could one day replace antidepressants.
`;

test.beforeAll(async ({ request, baseURL }) => {
  auth = { Authorization: `Bearer ${await apiToken("reviewer@demo.test")}` };
  const editor = {
    role: "editor" as const,
    token: await apiToken("editor@demo.test"),
    cookie: await signInCookie(baseURL!, "editor@demo.test", DEMO_PASSWORD),
  };
  const document = await importedDocument(
    request,
    editor,
    { title: `Autosave ${process.pid} ${Date.now()}`, content: ARTICLE },
    baseURL,
  );
  ({ slug, claimIds } = document);
  expect(claimIds.length).toBeGreaterThanOrEqual(3);
});

/** The reviewer's own review of a claim as the server has it (null: none). */
async function savedReview(request: APIRequestContext, claimId: string): Promise<Review | null> {
  const { items } = await (await request.get(`/api/v1/claims/${claimId}/reviews`, { headers: auth })).json();
  return items.find((r: { reviewer: { name: string } }) => r.reviewer.name === "Rita Reviewer") ?? null;
}

async function reviewPage(page: Page, claimId: string) {
  await page.goto(`/documents/${slug}/review?claim=${claimId}`);
  await expect(page.getByRole("heading", { name: /Claim \d+ of \d+/ })).toBeVisible();
  // The editor is ready once it is editable.
  await expect(page.getByRole("textbox", { name: "Rationale" })).toHaveAttribute("contenteditable", "true");
}

test("two tabs on one grade: fields changed in one tab only are merged, collisions are named, and 'Use the saved version' shows what is saved", async ({
  browser,
  request,
}) => {
  const claimId = claimIds.at(-1)!;
  const context = await browser.newContext();
  const a = await context.newPage();
  await signIn(a, "reviewer@demo.test", DEMO_PASSWORD);
  await expect(a).toHaveURL("/");
  const b = await context.newPage();
  await reviewPage(a, claimId);
  await reviewPage(b, claimId);

  // Tab A saves Moderate with a rationale.
  await a.getByRole("radio", { name: /Moderate$/ }).check();
  await a.getByRole("textbox", { name: "Rationale" }).click();
  await a.keyboard.type("Tab A: two small trials.");
  await expect(a.getByTestId("save-state")).toHaveText("Draft saved.");

  // Tab B, opened before, sets Very low: only the certainty collides; A's rationale comes into B's form.
  await b.getByRole("radio", { name: /Very low$/ }).check();
  const conflict = b.getByTestId("conflict");
  await expect(conflict).toBeVisible();
  await expect(b.getByTestId("collisions").getByRole("listitem")).toHaveText([
    "Certainty: saved there Moderate; yours Very low.",
  ]);
  await expect(b.getByRole("textbox", { name: "Rationale" })).toHaveText("Tab A: two small trials.");
  await b.getByRole("button", { name: "Keep mine (overwrites certainty)" }).click();
  await expect(b.getByTestId("save-state")).toHaveText("Draft saved.");
  await expect
    .poll(async () => {
      const saved = await savedReview(request, claimId);
      return [saved?.certainty, saved?.rationaleHtml];
    })
    .toEqual(["VERY_LOW", "<p>Tab A: two small trials.</p>"]);

  // Tab A changes the certainty again and edits the rationale: the certainty collides with B's.
  await a.getByRole("radio", { name: "Low", exact: true }).check();
  await a.getByRole("textbox", { name: "Rationale" }).click();
  await a.keyboard.press("End");
  await a.keyboard.type(" Unsaved words.");
  await expect(a.getByTestId("collisions").getByRole("listitem")).toHaveText([
    "Certainty: saved there Very low; yours Low.",
  ]);
  await a.getByRole("button", { name: "Use the saved version" }).click();
  await expect(a.getByRole("radio", { name: /Very low$/ })).toBeChecked();
  await expect(a.getByRole("textbox", { name: "Rationale" })).toHaveText("Tab A: two small trials.");
  await expect(a.getByTestId("save-state")).toHaveText("Draft: changes are saved as you go.");
  const saved = await savedReview(request, claimId);
  expect([saved?.certainty, saved?.rationaleHtml]).toEqual(["VERY_LOW", "<p>Tab A: two small trials.</p>"]);

  // And a reload shows the same: nothing of the dropped edit is restored from the browser.
  await reviewPage(a, claimId);
  await expect(a.getByRole("radio", { name: /Very low$/ })).toBeChecked();
  await expect(a.getByRole("textbox", { name: "Rationale" })).toHaveText("Tab A: two small trials.");
  await context.close();
});

test("pressing j right after grading saves the grade (the page is then reloaded and the server asked)", async ({
  page,
  request,
}) => {
  const claimId = claimIds.at(-2)!;
  await signIn(page, "reviewer@demo.test", DEMO_PASSWORD);
  await expect(page).toHaveURL("/");
  await reviewPage(page, claimId);

  await page.getByRole("radio", { name: "Low", exact: true }).check();
  await page.getByLabel("Risk of bias").selectOption("SERIOUS");
  await expect(page.locator('label[for="domain-riskOfBias"]').getByTestId("field-save-state")).toHaveText(
    /Unsaved changes|Saving|Saved/,
  );
  await page.getByRole("textbox", { name: "Rationale" }).click();
  await page.keyboard.type("Moved on quickly.");
  await expect(page.getByTestId("field-save-state")).toBeVisible();
  // Leave the editor (j types a letter there) and move to the next claim at once.
  await page.getByRole("region", { name: "Document text" }).focus();
  await page.keyboard.press("j");
  await expect(page).not.toHaveURL(new RegExp(`claim=${claimId}`));
  await page.reload();
  await expect
    .poll(async () => {
      const saved = await savedReview(request, claimId);
      return [saved?.certainty, saved?.riskOfBias, saved?.rationaleHtml];
    })
    .toEqual(["LOW", "SERIOUS", "<p>Moved on quickly.</p>"]);
});

test("leaving the page right after grading saves the grade with a keepalive request", async ({ page, request }) => {
  const claimId = claimIds.at(-3)!;
  await signIn(page, "reviewer@demo.test", DEMO_PASSWORD);
  await expect(page).toHaveURL("/");
  await reviewPage(page, claimId);

  await page.getByRole("radio", { name: /High$/ }).check();
  await page.getByLabel("Imprecision").selectOption("VERY_SERIOUS");
  await page.goto("/");
  await expect
    .poll(async () => {
      const saved = await savedReview(request, claimId);
      return [saved?.certainty, saved?.imprecision];
    })
    .toEqual(["HIGH", "VERY_SERIOUS"]);
});
