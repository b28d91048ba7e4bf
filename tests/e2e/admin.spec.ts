// Running the platform without the command line (issue 16): an admin invites a reviewer by e-mail, the reviewer
// joins and finds their work, the admin disables them; and each role's navigation shows exactly its places.
import { type Browser, expect, type Page, test } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./support/accounts";
import { callers, importedDocument, rest, runServerAction, serverActions } from "./support/http-roles";
import { waitForMail } from "./support/mailbox";
import { expectNoAxeViolations, signIn } from "./support/pages";

async function signedInPage(browser: Browser, email: string, password = DEMO_PASSWORD): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, password);
  // Sign-in hashes a password (argon2id): give it room when the machine is busy.
  await expect(page).toHaveURL("/", { timeout: 30_000 });
  return page;
}

test("an admin invites a reviewer by e-mail; they join, see their assigned work, and are signed out when disabled", async ({
  browser,
  request,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const email = `invited-${Date.now()}@admin-e2e.test`;
  const admin = await signedInPage(browser, "admin@demo.test");
  await admin.goto("/admin/users");
  await expectNoAxeViolations(admin);
  await admin.getByLabel("E-mail", { exact: true }).fill(email);
  await admin.getByLabel("Role", { exact: true }).selectOption("REVIEWER");
  await admin.getByRole("button", { name: "Send invitation" }).click();
  await expect(admin.getByText(`Invitation e-mailed to ${email}.`)).toBeVisible();
  await expect(admin.getByTestId("invitations")).toContainText(email);

  // The SMTP test server got the link; the invitee opens it in a browser of their own.
  const mail = await waitForMail(email);
  const path = /\/invite\/[\w-]{43}/.exec(mail.text)![0];
  const invitee = await (await browser.newContext()).newPage();
  await invitee.goto(path);
  await expect(invitee.getByTestId("invitation-summary")).toContainText(`invited ${email} to join as reviewer`);
  await expectNoAxeViolations(invitee);
  await invitee.getByLabel("Your name").fill("Rita Newcomer");
  await invitee.getByLabel(/^Password/).fill("velvet tractor seldom orbit");
  await invitee.getByLabel("The password again").fill("velvet tractor seldom orbit");
  await invitee.getByRole("button", { name: "Create account and sign in" }).click();
  await expect(invitee).toHaveURL("/");
  await expect(invitee.getByTestId("account-role")).toHaveText("Reviewer");

  // An editor assigns them a draft, through the assignment action the dashboard uses.
  const as = await callers(baseURL!);
  const title = `Assigned to a newcomer ${Date.now()}`;
  const document = await importedDocument(request, as.editor, {
    title,
    content: "Mice ran further after the drug. The drug could cure depression.",
  });
  const users = await rest(request, as.admin, "GET", `/users?q=${encodeURIComponent(email)}`);
  const userId = (users.body as { items: { id: string }[] }).items[0]!.id;
  const assigned = await runServerAction(request, {
    caller: as.editor,
    action: serverActions().find((a) => a.name === "assignReviewerAction")!,
    slug: "",
    input: { documentId: document.id, reviewerId: userId },
    origin: new URL(baseURL!).origin,
  });
  expect(assigned.code).toBe("OK");

  // Where reviewers find their work: "My work" on the home page, and their assignments behind "Review".
  await invitee.goto("/");
  await expect(invitee.getByTestId("my-assigned").getByRole("link", { name: title })).toBeVisible();
  await invitee.getByTestId("site-nav").getByRole("link", { name: "Review" }).click();
  await expect(invitee.getByTestId("site-nav").getByRole("link", { name: "Review" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await invitee.getByTestId("my-assigned").getByRole("link", { name: title }).click();
  await expect(invitee.getByRole("heading", { name: "Review", exact: true })).toBeVisible();
  await expect(invitee.getByRole("navigation", { name: "Breadcrumb" })).toContainText(title);

  // The admin sees their sign-in, and disables them: their open session ends on its next request.
  await admin.goto(`/admin/users?q=${encodeURIComponent(email)}`);
  const row = admin.getByTestId(`user-${email}`);
  await expect(row).toContainText("Reviewer");
  await expect(row).not.toContainText("never");
  await row.getByRole("button", { name: "Disable" }).click();
  await expect(admin.getByTestId(`user-message-${email}`)).toHaveText("Disabled: their sessions have ended.");
  await expect(row).toContainText("Disabled");
  await invitee.goto("/review");
  await expect(invitee).toHaveURL(/\/signin\?callbackUrl=%2Freview/);

  // And the audit log has each step, filtered by the new user.
  await admin.goto(`/admin/audit?user=${encodeURIComponent(email)}`);
  await expect(admin.getByTestId("audit-events")).toContainText("invitations.accept");
  await expectNoAxeViolations(admin);
});

const SECTIONS: Record<string, string[]> = {
  Admin: ["Read", "Review", "Editorial", "Admin"],
  Editor: ["Read", "Review", "Editorial"],
  Reviewer: ["Read", "Review"],
  Reader: ["Read"],
};
const MENU: Record<string, string[]> = {
  Admin: [
    "Your account",
    "Your review assignments",
    "Editorial dashboard",
    "Users and invitations",
    "Audit log",
    "Sign out",
  ],
  Editor: ["Your account", "Your review assignments", "Editorial dashboard", "Sign out"],
  Reviewer: ["Your account", "Your review assignments", "Sign out"],
  Reader: ["Your account", "Sign out"],
};

test("anonymous visitors see only Read", async ({ page }) => {
  await page.goto("/search");
  await expect(page.getByTestId("site-nav").getByRole("link")).toHaveText(["Read"]);
});

for (const account of DEMO_ACCOUNTS.filter((a) => a.email !== "reviewer2@demo.test")) {
  test(`${account.role} sees exactly their sections and menu links, the current one marked`, async ({ browser }) => {
    test.setTimeout(90_000);
    const page = await signedInPage(browser, account.email);
    const nav = page.getByTestId("site-nav");
    await expect(nav.getByRole("link")).toHaveText(SECTIONS[account.role]!);
    await expect(nav.getByRole("link", { name: "Read" })).toHaveAttribute("aria-current", "page");
    await page.getByRole("button", { name: new RegExp(account.role) }).click();
    await expect(page.getByRole("navigation", { name: "Account" }).getByRole("link")).toHaveText(MENU[account.role]!);
    for (const path of ["/admin/users", "/admin/audit"]) {
      const response = await page.goto(path);
      expect(response!.status(), `${account.role} ${path}`).toBe(account.role === "Admin" ? 200 : 404);
    }
    await page.context().close();
  });
}
