import { expect, test } from "@playwright/test";
import postgres from "postgres";
import { databaseUrl } from "../support/postgres";
import { DEMO_PASSWORD, E2E_PASSWORD } from "./support/accounts";
import { formError, signIn } from "./support/pages";

const GENERIC = "The email or password is incorrect.";

test.describe("sign-in failures", () => {
  test("a wrong password, an unknown email and a disabled user get the same generic message", async ({ page }) => {
    for (const [email, password] of [
      ["reviewer@demo.test", "not-the-password"],
      ["nobody@demo.test", DEMO_PASSWORD],
      ["disabled@e2e.test", E2E_PASSWORD],
    ] as const) {
      await signIn(page, email, password);
      await expect(formError(page)).toHaveText(GENERIC);
      await expect(page).toHaveURL(/\/signin/);
    }
  });

  test("the 11th rapid failed login is refused, even with the right password", async ({ page }) => {
    // Eleven sign-ins through the form, each hashing a password: 6–8 s apiece on a busy machine.
    test.slow();
    for (let i = 1; i <= 10; i++) {
      await signIn(page, "locked@e2e.test", `wrong-${i}`);
      await expect(formError(page)).toHaveText(GENERIC);
    }
    await signIn(page, "locked@e2e.test", E2E_PASSWORD);
    await expect(formError(page)).toContainText("Too many failed sign-in attempts. Try again in 15 minutes.");
    await page.goto("/account");
    await expect(page).toHaveURL(/\/signin/);
  });
});

test.describe("callbackUrl", () => {
  test("a callbackUrl on this site is followed", async ({ page }) => {
    await signIn(page, "student@demo.test", DEMO_PASSWORD, "/account");
    await expect(page).toHaveURL("/account");
  });

  for (const evil of ["https://evil.example/phish", "//evil.example/phish", "/\\evil.example", "javascript:alert(1)"]) {
    test(`a callbackUrl of ${evil} never leaves the site`, async ({ page, baseURL }) => {
      let dialog = false;
      page.on("dialog", (d) => {
        dialog = true;
        void d.dismiss();
      });
      await signIn(page, "student@demo.test", DEMO_PASSWORD, evil);
      await expect(page).toHaveURL("/");
      expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
      expect(dialog).toBe(false);
    });
  }

  test("next-auth's own endpoint answers with a same-site URL for a foreign callbackUrl", async ({
    request,
    baseURL,
  }) => {
    const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
    const response = await request.post("/api/auth/callback/credentials", {
      form: {
        csrfToken,
        email: "student@demo.test",
        password: DEMO_PASSWORD,
        callbackUrl: "https://evil.example/",
        json: "true",
      },
    });
    const { url } = await response.json();
    expect(new URL(url).origin).toBe(new URL(baseURL!).origin);
  });
});

test("a revoked session is refused on the next request", async ({ page }) => {
  await signIn(page, "revoke@e2e.test", E2E_PASSWORD, "/account");
  await expect(page.getByTestId("account-page-role")).toHaveText("Reviewer");

  const sql = postgres(databaseUrl(process.env.E2E_DATABASE!), { max: 1 });
  try {
    await sql`UPDATE "User" SET "sessionVersion" = "sessionVersion" + 1 WHERE email = 'revoke@e2e.test'`;
  } finally {
    await sql.end();
  }
  await page.reload();
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Faccount/);
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
});
