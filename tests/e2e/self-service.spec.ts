// Self-service in Chromium: a forgotten password reset through the SMTP test server, sign-in through a real OpenID
// provider (tests/support/oidc-test-provider.ts, started by playwright.config.ts), and personal API tokens.
import { expect, type Page, test } from "@playwright/test";
import { OIDC_NAME, OIDC_PEOPLE } from "../support/oidc-test-accounts";
import { DEMO_PASSWORD, E2E_PASSWORD } from "./support/accounts";
import { waitForMail } from "./support/mailbox";
import { signIn } from "./support/pages";

const NEW_PASSWORD = "lantern meadow quietly argue";

async function signInWithOrganisation(page: Page, person: keyof typeof OIDC_PEOPLE) {
  await page.goto("/signin");
  await page.getByRole("button", { name: `Sign in with ${OIDC_NAME}` }).click();
  await signInAtProvider(page, person);
}

/** The provider's own (development) login form, on its own origin. */
async function signInAtProvider(page: Page, person: keyof typeof OIDC_PEOPLE) {
  await page.locator('input[name="login"]').fill(OIDC_PEOPLE[person].sub);
  await page.locator('input[name="password"]').fill("any password");
  await page.getByRole("button", { name: "Sign-in" }).click();
}

test("a forgotten password is reset by an e-mailed one-time link", async ({ page }) => {
  // Eight page loads and three argon2 hashes: more than the default budget on a busy machine.
  test.setTimeout(90_000);
  const email = "forgetful@e2e.test";
  await page.goto("/signin");
  await page.getByRole("link", { name: "Forgot password?" }).click();
  await expect(page.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Send me a link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "If an account uses that address" })).toBeVisible();

  const mail = await waitForMail(email);
  const link = /https?:\/\/\S+\/reset-password\?token=[\w-]+/.exec(mail.text)?.[0];
  expect(link, mail.text).toBeTruthy();
  await page.goto(link!);
  await page.getByLabel("New password (at least 12 characters)").fill(NEW_PASSWORD);
  await page.getByLabel("New password again").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Set password" }).click();
  await expect(page).toHaveURL(/\/signin\?reset=1/);

  await signIn(page, email, E2E_PASSWORD);
  await expect(page.locator("form").getByRole("alert")).toHaveText("The email or password is incorrect.");
  await signIn(page, email, NEW_PASSWORD, "/account");
  await expect(page).toHaveURL("/account");
  await expect(page.getByText(email)).toBeVisible();

  await page.goto(link!);
  await expect(page.getByTestId("reset-link-state")).toContainText("already been used");
});

test("an organisation's verified e-mail signs in to the existing account", async ({ page }) => {
  await signInWithOrganisation(page, "verified");
  await expect(page).toHaveURL("/");
  await page.goto("/account");
  await expect(page.getByText("oidc-verified@e2e.test")).toBeVisible();
  await expect(page.getByTestId("account-page-role")).toHaveText(/Reviewer/);
});

test("an unverified e-mail is refused with a clear message and no session", async ({ page }) => {
  await signInWithOrganisation(page, "unverified");
  await expect(page).toHaveURL(/\/signin\?error=OidcNoAccount/);
  await expect(page.getByRole("alert").filter({ hasText: "no Claimwise account is linked" })).toBeVisible();
  await page.goto("/account");
  await expect(page).toHaveURL(/\/signin/);
});

test("an invitation is accepted by signing in with the organisation, without a verified e-mail", async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  const email = `oidc-invited-${Date.now()}@self-e2e.test`;
  await signIn(page, "admin@demo.test", DEMO_PASSWORD, "/admin/users");
  await expect(page).toHaveURL("/admin/users", { timeout: 30_000 });
  await page.getByLabel("E-mail", { exact: true }).fill(email);
  await page.getByLabel("Role", { exact: true }).selectOption("EDITOR");
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText(`Invitation e-mailed to ${email}.`)).toBeVisible();

  const path = /\/invite\/[\w-]{43}/.exec((await waitForMail(email)).text)![0];
  const invitee = await (await browser.newContext()).newPage();
  await invitee.goto(path);
  await invitee.getByRole("button", { name: `Accept with ${OIDC_NAME}` }).click();
  await signInAtProvider(invitee, "invitee");
  await expect(invitee).toHaveURL("/");
  await expect(invitee.getByTestId("account-role")).toHaveText("Editor");
  await invitee.goto("/account");
  await expect(invitee.getByText(email)).toBeVisible();
  await expect(invitee.getByRole("definition").filter({ hasText: OIDC_PEOPLE.invitee.name })).toBeVisible();

  // The link is spent: opening it again says so.
  await invitee.goto(path);
  await expect(invitee.getByTestId("invitation-state")).toHaveAttribute("data-state", "used");
});

test("a token created on the account page works as a bearer token until it is revoked", async ({ page, request }) => {
  await signIn(page, "tokens@e2e.test", E2E_PASSWORD, "/account");
  await expect(page).toHaveURL("/account");
  await page.getByLabel("Name (what uses it)").fill("grading script");
  await page.getByLabel("Expires after").selectOption("7");
  await page.getByRole("button", { name: "Create token" }).click();
  const secret = (await page.getByTestId("new-token").textContent())!;
  expect(secret).toMatch(/^cw_/);
  await expect(page.getByTestId("api-tokens")).toContainText("grading script");
  await expect(page.getByTestId("api-tokens")).toContainText(secret.slice(0, 9));

  const headers = { authorization: `Bearer ${secret}` };
  const listed = await request.get("/api/v1/me/tokens", { headers });
  expect(listed.status()).toBe(200);
  const { items } = (await listed.json()) as { items: { name: string; expiresAt: string }[] };
  expect(items.map((t) => t.name)).toEqual(["grading script"]);
  expect(JSON.stringify(items)).not.toContain(secret);

  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Revoke grading script" }).click();
  await expect(page.getByText("You have no API tokens.")).toBeVisible();
  expect((await request.get("/api/v1/me/tokens", { headers })).status()).toBe(401);
});
