// Independent grading and GRADE's arithmetic in the review workspace (issue 15): a reviewer does not see reviewer2's
// grade on a claim until they have submitted their own; the grade form starts from the cited study design, shows
// the rating arithmetic, and refuses a certainty that disagrees with it unless the reviewer says why.
import { type Browser, expect, type Page, test } from "@playwright/test";
import { richText } from "../support/rich-text";
import { DEMO_PASSWORD } from "./support/accounts";
import {
  type Caller,
  callers,
  importedDocument,
  moveDraftTo,
  rest,
  runServerAction,
  serverActions,
} from "./support/http-roles";
import { signIn } from "./support/pages";

test.describe.configure({ mode: "serial", timeout: 120_000 });

const ARTICLE = `A twelve-week walking programme enlarged the memory centre of older adults. Brain scans of runners showed thicker cortex.`;
const SECRET = `independentgrade${Date.now()}`;

let slug: string;
let blindClaim: string;
let trialClaim: string;

async function signedInPage(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, DEMO_PASSWORD);
  await expect(page).toHaveURL("/");
  return page;
}

test.beforeAll(async ({ request, baseURL }) => {
  // Two imports, assignments, a review and a citation, on a shared machine: more than the default 30 s.
  test.setTimeout(120_000);
  const as = await callers(baseURL!);
  const origin = new URL(baseURL!).origin;
  // The reviewers' ids, from their own drafts on a published document of the test's own.
  const published = await importedDocument(
    request,
    as.editor,
    { title: `Ids ${Date.now()}`, content: ARTICLE },
    origin,
  );
  const idOf = async (caller: Caller) =>
    (
      (await rest(request, caller, "PUT", `/claims/${published.claimIds[0]}/review`, { version: 0 })).body as {
        reviewer: { id: string };
      }
    ).reviewer.id;
  const document = await importedDocument(request, as.editor, { title: `Blind ${Date.now()}`, content: ARTICLE });
  const version = await moveDraftTo(request, { caller: as.editor, document, origin }, "IN_REVIEW");
  expect(version).toBeGreaterThan(1);
  const assign = serverActions().find((a) => a.name === "assignReviewerAction")!;
  for (const caller of [as.reviewer, as.otherReviewer]) {
    const input = { documentId: document.id, reviewerId: await idOf(caller) };
    const result = await runServerAction(request, {
      caller: as.editor,
      action: assign,
      slug: document.slug,
      origin,
      input,
    });
    expect(result.code).toBe("OK");
  }
  slug = document.slug;
  [blindClaim, trialClaim] = document.claimIds as [string, string];

  // reviewer2 grades the first claim and submits.
  const theirs = await rest(request, as.otherReviewer, "PUT", `/claims/${blindClaim}/review`, {
    version: 0,
    certainty: "VERY_LOW",
    rationale: richText(`Only ${SECRET}.`),
  });
  const submitted = await rest(request, as.otherReviewer, "POST", `/claims/${blindClaim}/review/submit`, {
    version: (theirs.body as { version: number }).version,
  });
  expect(submitted.status).toBe(200);
  // The second claim cites a randomised trial (Crossref's test prefix 10.5555 resolves to no real work).
  const cited = await rest(request, as.reviewer, "POST", `/claims/${trialClaim}/citations`, {
    source: "identifier",
    identifier: `10.5555/walking.${Date.now()}`,
    title: "A walking trial",
    stance: "SUPPORTS",
    studyDesign: "RCT",
  });
  expect(cited.status, JSON.stringify(cited.body)).toBe(201);
});

test("a reviewer's review page hides reviewer2's grade until they submit their own, then shows it", async ({
  browser,
}) => {
  const page = await signedInPage(browser, "reviewer@demo.test");
  await page.goto(`/documents/${slug}/review?claim=${blindClaim}`);
  await expect(page.getByTestId("others-hidden")).toBeVisible();
  await expect(page.getByTestId("other-reviews")).toHaveCount(0);
  expect(await page.content()).not.toContain(SECRET);

  await page.getByRole("radio", { name: /Moderate$/ }).check();
  await expect(page.getByTestId("save-state")).toHaveText("Draft saved.");
  await page.getByRole("button", { name: "Submit review" }).click();
  await expect(page.getByTestId("save-state")).toHaveText("Submitted. Reopen the review to change it.");
  await expect(page.getByTestId("other-reviews")).toContainText(SECRET);
  await expect(page.getByTestId("others-hidden")).toHaveCount(0);
});

test("the grade form starts from the cited design, shows the arithmetic and refuses a differing certainty without a reason", async ({
  browser,
}) => {
  const page = await signedInPage(browser, "reviewer@demo.test");
  await page.goto(`/documents/${slug}/review?claim=${trialClaim}`);
  const computed = page.getByTestId("computed-certainty");
  await expect(computed).toContainText("Starting at High (randomised trials) → High");
  await page.getByLabel("Risk of bias").selectOption("SERIOUS");
  await page.getByLabel("Imprecision").selectOption("VERY_SERIOUS");
  await expect(computed).toContainText(
    "Starting at High (randomised trials) · −1 risk of bias · −2 imprecision → Very low",
  );

  await page.getByRole("radio", { name: /Moderate$/ }).check();
  await expect(page.getByTestId("save-state")).toHaveText("Draft saved.");
  await page.getByRole("button", { name: "Submit review" }).click();
  await expect(page.getByTestId("certainty-reason-error")).toContainText("say why");
  await expect(page.getByTestId("save-state")).not.toHaveText(/Submitted/);

  await page.getByLabel("Reason for a different certainty").fill("The trial's bias runs against the effect.");
  await expect(page.getByTestId("save-state")).toHaveText("Draft saved.");
  await page.getByRole("button", { name: "Submit review" }).click();
  await expect(page.getByTestId("save-state")).toHaveText("Submitted. Reopen the review to change it.");
});
