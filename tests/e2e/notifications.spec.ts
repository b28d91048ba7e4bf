import { type Browser, expect, type Page, test } from "@playwright/test";
import { signInCookie } from "../support/sign-in-cookie";
import { DEMO_PASSWORD, E2E_PASSWORD } from "./support/accounts";
import { importedDocument } from "./support/http-roles";
import { waitForMail } from "./support/mailbox";
import { SAMPLE_IN_REVIEW_SLUG, signIn } from "./support/pages";
import { apiToken } from "./support/tokens";

// The e2e server's own accounts (tests/e2e/support/accounts.ts): nobody else reads their inbox or mailbox.
const AUTHOR = "notify-author@e2e.test";
const RECIPIENT = "notify-recipient@e2e.test";

async function signedInPage(browser: Browser, email: string, password = E2E_PASSWORD): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, password);
  await expect(page).toHaveURL("/");
  await expect(page.getByTestId("account-role")).toBeVisible();
  return page;
}

test("a mention in a comment raises the recipient's inbox count and e-mails them a link to the claim", async ({
  browser,
  request,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const editor = {
    role: "editor" as const,
    token: await apiToken("editor@demo.test"),
    cookie: await signInCookie(baseURL!, "editor@demo.test", DEMO_PASSWORD),
  };
  const title = `Mention ${Date.now()}`;
  const document = await importedDocument(
    request,
    editor,
    { title, content: "Mice ran further on the drug.\nPatients felt better after it.\n" },
    baseURL,
  );
  const claimId = document.claimIds[0]!;

  const recipient = await signedInPage(browser, RECIPIENT);
  await expect(recipient.getByTestId("inbox-count")).toHaveCount(0);

  const author = await signedInPage(browser, AUTHOR);
  await author.goto(`/documents/${document.slug}/review?claim=${claimId}`);
  await author.getByRole("tab", { name: /Discussion/ }).click();
  await author.getByRole("textbox", { name: "New comment" }).click();
  await author.keyboard.type("Worth a look, @Nadia");
  await author.getByRole("option", { name: "Nadia Notified" }).click();
  await author.getByRole("button", { name: "Post comment" }).click();
  await expect(author.getByTestId("threads")).toContainText("@Nadia Notified");

  // Focus is one of the badge's triggers (with the 30 s poll and the live stream's event).
  await recipient.evaluate(() => window.dispatchEvent(new Event("focus")));
  await expect(recipient.getByTestId("inbox-count")).toHaveText("1");

  const mail = await waitForMail(RECIPIENT);
  expect(mail.subject).toBe(`Milo Mentioner mentioned you in a comment on “${title}”: “Mice ran further on the drug.”`);
  expect(mail.text).toContain(`${baseURL}/documents/${document.slug}/review?claim=${claimId}`);

  // The inbox leads to the claim in context and marks the item read; the count goes.
  await recipient.getByRole("link", { name: /^Inbox, 1 unread/ }).click();
  await expect(recipient.getByTestId("inbox-unread")).toHaveText("1 unread");
  await recipient.getByRole("link", { name: /Milo Mentioner mentioned you/ }).click();
  await expect(recipient).toHaveURL(`/documents/${document.slug}/review?claim=${claimId}`);
  await expect(recipient.getByTestId("inbox-count")).toHaveCount(0);
});

test("my work shows the demo reviewer the demo document in review, with progress counted on submitted reviews", async ({
  request,
}) => {
  const headers = { Authorization: `Bearer ${await apiToken("reviewer@demo.test")}` };
  const response = await request.get("/api/v1/me/work", { headers });
  expect(response.status()).toBe(200);
  const work = (await response.json()) as {
    assigned: { slug: string; status: string; claims: number; done: number; waiting: { ungraded: number } }[];
    editorial: unknown;
  };
  const sample = work.assigned.find((d) => d.slug === SAMPLE_IN_REVIEW_SLUG);
  expect(sample).toMatchObject({ status: "IN_REVIEW" });
  expect(sample!.claims).toBeGreaterThan(0);
  expect(sample!.done + sample!.waiting.ungraded).toBe(sample!.claims);
  expect(work.editorial).toBeNull();
  const reader = { Authorization: `Bearer ${await apiToken("student@demo.test")}` };
  expect((await request.get("/api/v1/me/work", { headers: reader })).status()).toBe(403);
});
