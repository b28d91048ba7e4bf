import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./support/accounts";
import { expectNoAxeViolations, signIn } from "./support/pages";

/** What each role's account page must and must not offer (from the policy table). */
const CAPABILITIES: Record<string, { has: string[]; lacks: string[] }> = {
  Admin: { has: ["Manage users and roles", "Import documents and new revisions"], lacks: [] },
  Editor: {
    has: ["Import documents and new revisions", "Record editorial decisions and publish", "Assign reviewers"],
    lacks: ["Manage users and roles"],
  },
  Reviewer: {
    has: ["Grade claims (GRADE certainty and domains)", "Attach citations to claims", "Comment on claims"],
    lacks: ["Import documents and new revisions", "Manage users and roles", "Record editorial decisions and publish"],
  },
  Reader: {
    has: ["Read published documents and their critiques"],
    lacks: ["Grade claims (GRADE certainty and domains)", "Comment on claims", "Import documents and new revisions"],
  },
};

for (const account of DEMO_ACCOUNTS) {
  test(`${account.email} signs in, sees the ${account.role} role and its permissions, and signs out`, async ({
    page,
  }) => {
    test.slow(); // Sign-in, two pages, an axe scan and sign-out: over 30 s on a busy machine.
    await signIn(page, account.email, DEMO_PASSWORD);
    await expect(page).toHaveURL("/");
    const menu = page.getByRole("button", { name: new RegExp(account.role) });
    await expect(page.getByTestId("account-role")).toHaveText(account.role);

    await menu.click();
    await expect(page.getByText(`Signed in as ${account.email}`)).toBeVisible();
    await page.getByRole("link", { name: "Your account" }).click();
    await expect(page.getByTestId("account-page-role")).toHaveText(account.role);
    const list = page.getByTestId("capabilities");
    for (const text of CAPABILITIES[account.role]!.has) await expect(list).toContainText(text);
    for (const text of CAPABILITIES[account.role]!.lacks) await expect(list).not.toContainText(text);
    await expectNoAxeViolations(page);

    await page.getByRole("button", { name: new RegExp(account.role) }).click();
    await page.getByRole("link", { name: "Sign out" }).click();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
    await page.goto("/account");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Faccount/);
  });
}
