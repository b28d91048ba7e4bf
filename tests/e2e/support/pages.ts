import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export async function signIn(page: Page, email: string, password: string, callbackUrl?: string) {
  await page.goto(callbackUrl ? `/signin?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

/** The sign-in form's error (Next's route announcer is an alert too). */
export const formError = (page: Page) => page.locator("form").getByRole("alert");

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/**
 * Waits until the reading page's margin has taken over the claim marks (it makes the first claim the tab stop),
 * so a click or tap lands on a handler; on a busy machine a tap right after load can come before hydration.
 */
export async function readingPageInteractive(page: Page) {
  await expect(page.locator('article mark.claim[tabindex="0"]').first()).toBeAttached();
}

export const SEED_SLUG = "understanding-neuroplasticity-and-its-role-in-mental-health";
/** The demo's invented sample article in review, assigned to both demo reviewers (lib/db/demo/sample-documents.ts). */
export const SAMPLE_IN_REVIEW_SLUG = "cold-water-swimming-and-mood-sample-article";
