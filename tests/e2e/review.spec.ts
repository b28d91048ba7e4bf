import { type APIRequestContext, type Browser, expect, type Page, test } from "@playwright/test";
import { signInCookie } from "../support/sign-in-cookie";
import { DEMO_PASSWORD } from "./support/accounts";
import { importedDocument } from "./support/http-roles";
import { expectNoAxeViolations, signIn } from "./support/pages";
import { apiToken } from "./support/tokens";

// Whole journeys through the workspace: many steps, each waiting for the server.
test.describe.configure({ mode: "serial", timeout: 120_000 });

const CLAIM_START = "Mesenchymal stem cells (MSCs) have been shown";
const BIBTEX = `@article{lee2021, author = {Lee, Kim and Park, Min}, title = {Intranasal stem cells in depression: a pilot trial},
journal = {Journal of Affective Disorders}, year = {2021}, volume = {280}, pages = {1--8}, doi = {10.1016/j.jad.2020.11.001}}`;

// A published article of the test's own: the demo's seed article is already fully reviewed by both demo reviewers.
const ARTICLE = `Stem cells and mood
stem-cells-and-mood
${CLAIM_START}, stem cell transplantation has shown promising results.
Patients reported feeling better after treatment.
`;

let claimId: string;
let slug: string;
let reviewUrl: string;

async function publishedArticle(request: APIRequestContext, baseURL: string): Promise<void> {
  const editor = {
    role: "editor" as const,
    token: await apiToken("editor@demo.test"),
    cookie: await signInCookie(baseURL, "editor@demo.test", DEMO_PASSWORD),
  };
  const document = await importedDocument(
    request,
    editor,
    { title: `Review journey ${Date.now()}`, content: ARTICLE },
    baseURL,
  );
  slug = document.slug;
  const claims = (await (await request.get(`/api/v1/documents/${document.id}/claims`)).json()).items;
  claimId = claims.find((c: { text: string }) => c.text.startsWith(CLAIM_START)).id;
}

async function signedInPage(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, DEMO_PASSWORD);
  await expect(page).toHaveURL("/");
  await expect(page.getByTestId("account-role")).toBeVisible();
  return page;
}

async function typeInEditor(page: Page, name: string, text: string) {
  await page.getByRole("textbox", { name }).click();
  await page.keyboard.type(text);
}

test.beforeAll(async ({ request, baseURL }) => {
  await publishedArticle(request, baseURL!);
  reviewUrl = `/documents/${slug}/review?claim=${claimId}`;
});

test("reviewer A grades a claim with domains and a rationale, cites by DOI and BibTeX, and comments with a link and a list", async ({
  browser,
}) => {
  const page = await signedInPage(browser, "reviewer@demo.test");
  await page.goto(`/documents/${slug}`);
  await page.getByRole("link", { name: "Review claims" }).click();
  await expect(page.getByRole("heading", { name: "Review", exact: true })).toBeVisible();
  await page.goto(reviewUrl);
  await expect(page.getByRole("region", { name: /Claim \d+ of \d+/ })).toContainText(CLAIM_START);
  await expectNoAxeViolations(page);

  await page.getByRole("radio", { name: /Low$/ }).first().check();
  await page.getByLabel("Risk of bias").selectOption("SERIOUS");
  await page.getByLabel("Indirectness").selectOption("VERY_SERIOUS");
  await page.getByLabel("Your view of the evidence tier").selectOption("PRECLINICAL");
  await typeInEditor(page, "Rationale", "Only rodent studies; no human data.");
  await expect(page.getByTestId("save-state")).toHaveText("Draft saved.");
  await page.reload();
  await expect(page.getByLabel("Indirectness")).toHaveValue("VERY_SERIOUS");
  await expect(page.getByRole("textbox", { name: "Rationale" })).toHaveText("Only rodent studies; no human data.");
  await page.getByRole("button", { name: "Submit review" }).click();
  await expect(page.getByTestId("save-state")).toHaveText("Submitted. Reopen the review to change it.");

  await page.keyboard.press("c");
  await page.getByLabel("DOI, PMID, PMCID, arXiv id, ISBN or URL").fill("not-a-doi");
  await page.getByRole("radio", { name: "supports the claim" }).check();
  await page.getByRole("button", { name: "Add citation" }).click();
  await expect(page.getByRole("form", { name: "Add a citation" }).getByRole("alert")).toContainText(
    "is not a DOI, PMID, PMCID, arXiv id, ISBN or URL",
  );
  await page.getByLabel("DOI, PMID, PMCID, arXiv id, ISBN or URL").fill("https://doi.org/10.1038/S41380-019-0001-1");
  await page.getByLabel("Title (optional)").fill("MSCs in a rat model of depression");
  await page.getByLabel("Study design").selectOption("ANIMAL");
  await page.getByRole("button", { name: "Add citation" }).click();
  await expect(page.getByTestId("citations")).toContainText("MSCs in a rat model of depression");
  await page.getByRole("radio", { name: "BibTeX" }).check();
  await page.getByLabel("Paste BibTeX").fill(BIBTEX);
  await page.getByRole("radio", { name: "mentions the claim" }).check();
  await page.getByRole("button", { name: "Add citation" }).click();
  await expect(page.getByTestId("citations")).toContainText(
    "Lee, K., & Park, M. (2021). Intranasal stem cells in depression: a pilot trial.",
  );
  await expect(page.getByTestId("citations")).toContainText("Mentions the claim");

  await page.getByRole("tab", { name: /Discussion/ }).click();
  // Write the text first, then make the link: nothing is typed while the linked words are still selected.
  const toolbar = page.getByRole("toolbar", { name: "New comment formatting" });
  await typeInEditor(page, "New comment", "See the study");
  await page.keyboard.press("Enter");
  await toolbar.getByRole("button", { name: "Bullets" }).click();
  await page.keyboard.type("small samples");
  await page.keyboard.press("Enter");
  await page.keyboard.type("no controls");
  const editorBox = page.getByRole("textbox", { name: "New comment" });
  await editorBox.getByText("See the study").evaluate((p) => {
    const text = p.firstChild!;
    const range = document.createRange();
    range.setStart(text, "See ".length);
    range.setEnd(text, "See the study".length);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
  });
  page.once("dialog", (dialog) => void dialog.accept("https://example.org/study"));
  await toolbar.getByRole("button", { name: "Link" }).click();
  await expect(editorBox.locator('a[href="https://example.org/study"]')).toHaveText("the study");
  await page.getByRole("button", { name: "Post comment" }).click();
  const thread = page.getByTestId("threads").getByRole("listitem").first();
  await expect(thread.getByRole("link", { name: "the study" })).toHaveAttribute("href", "https://example.org/study");
  await expect(thread.locator("ul li")).toHaveText(["small samples", "no controls"]);
});

test("reviewer B sees the comment and replies, sees A's submitted grade but cannot edit it", async ({ browser }) => {
  const page = await signedInPage(browser, "reviewer2@demo.test");
  await page.goto(reviewUrl);
  await expect(page.getByTestId("other-reviews")).toContainText("Rita Reviewer: ⊕⊕◯◯ Low · Preclinical");
  await expect(page.getByTestId("other-reviews")).toContainText("Indirectness: Very serious (−2)");
  await expect(page.getByTestId("save-state")).toHaveText("Not graded yet: changes are saved as you go.");

  await page.getByRole("tab", { name: /Discussion/ }).click();
  const thread = page.getByTestId("threads").getByRole("listitem").first();
  await expect(thread).toContainText("See the study");
  await thread.getByRole("button", { name: "Reply" }).click();
  await typeInEditor(page, "Reply", "Agreed: rodent data only.");
  await page.getByRole("button", { name: "Send reply" }).click();
  await expect(thread).toContainText("Agreed: rodent data only.");
  await expect(thread.getByRole("button", { name: "Edit" })).toHaveCount(1);

  const token = await apiToken("reviewer2@demo.test");
  const headers = { Authorization: `Bearer ${token}` };
  const citations = (await (await page.request.get(`/api/v1/claims/${claimId}/citations`, { headers })).json()).items;
  const edit = await page.request.patch(`/api/v1/citations/${citations[0].id}`, {
    headers,
    data: { version: citations[0].version, stance: "CONTRADICTS" },
  });
  expect(edit.status()).toBe(403);
  const draft = await page.request.put(`/api/v1/claims/${claimId}/review`, {
    headers,
    data: { version: 0, certainty: "HIGH" },
  });
  expect(draft.status()).toBe(200);
  const reviews = (await (await page.request.get(`/api/v1/claims/${claimId}/reviews`, { headers })).json()).items;
  expect(
    reviews
      .map((r: { reviewer: { name: string }; certainty: string; status: string }) => [
        r.reviewer.name,
        r.certainty,
        r.status,
      ])
      .sort(),
  ).toEqual([
    ["Rafael Reviewer", "HIGH", "DRAFT"],
    ["Rita Reviewer", "LOW", "SUBMITTED"],
  ]);
});

test("a reader sees nothing of drafts and cannot write", async ({ browser, request }) => {
  const page = await signedInPage(browser, "student@demo.test");
  expect((await page.goto(reviewUrl))?.status()).toBe(404);
  const reviews = (await (await page.request.get(`/api/v1/claims/${claimId}/reviews`)).json()).items;
  expect(reviews.map((r: { status: string }) => r.status)).toEqual(["SUBMITTED"]);
  const comment = await page.request.post(`/api/v1/claims/${claimId}/comments`, {
    data: { body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "hi" }] }] } },
  });
  expect(comment.status()).toBe(403);
  expect((await request.put(`/api/v1/claims/${claimId}/review`, { data: { version: 0 } })).status()).toBe(401);
});

test("script in a comment is stored and shown as inert text, or rejected; it never runs", async ({ browser }) => {
  const page = await signedInPage(browser, "reviewer@demo.test");
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const token = await apiToken("reviewer@demo.test");
  const headers = { Authorization: `Bearer ${token}` };
  const rejected = await page.request.post(`/api/v1/claims/${claimId}/comments`, {
    headers,
    data: {
      body: {
        type: "doc",
        content: [
          {
            type: "paragraph",
            content: [
              { type: "text", text: "click", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] },
            ],
          },
        ],
      },
    },
  });
  expect(rejected.status()).toBe(400);
  expect((await rejected.json()).error.message).toMatch(/Links must start with/);
  const raw = await page.request.post(`/api/v1/claims/${claimId}/comments`, {
    headers,
    data: { body: "<p onclick=alert(1)>raw</p>" },
  });
  expect(raw.status()).toBe(400);

  await page.goto(reviewUrl);
  await page.getByRole("tab", { name: /Discussion/ }).click();
  await typeInEditor(page, "New comment", "<img src=x onerror=alert(1)> <script>alert(2)</script>");
  await page.getByRole("button", { name: "Post comment" }).click();
  const threads = page.getByTestId("threads");
  await expect(threads).toContainText("<img src=x onerror=alert(1)> <script>alert(2)</script>");
  await expect(threads.locator("img, script")).toHaveCount(0);
  await page.reload();
  await page.getByRole("tab", { name: /Discussion/ }).click();
  await expect(threads).toContainText("<img src=x onerror=alert(1)>");
  expect(dialogs).toEqual([]);
});
