import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "./support/accounts";
import { SEED_SLUG, signIn } from "./support/pages";

// The test server has no route to doi.org: a citation added by DOI alone cannot get its metadata here, which is the
// state this spec is about (fetching it is tested against a local registry in tests/integration/citation-metadata).
test("a citation whose metadata could not be fetched reads as its identifier, says so, and offers a retry", async ({
  page,
  request,
}) => {
  const documents = (await (await request.get("/api/v1/documents")).json()).items;
  const seed = documents.find((d: { slug: string }) => d.slug === SEED_SLUG);
  const claims = (await (await request.get(`/api/v1/documents/${seed.id}/claims`)).json()).items;
  const claim = claims.at(-1) as { id: string };

  await signIn(page, "reviewer2@demo.test", DEMO_PASSWORD);
  await expect(page).toHaveURL("/");
  await page.goto(`/documents/${SEED_SLUG}/review?claim=${claim.id}`);
  await page.keyboard.press("c");
  const doi = `10.5555/claimwise.e2e.${Date.now()}`;
  await page.getByLabel("DOI, PMID, PMCID, arXiv id, ISBN or URL").fill(doi);
  await page.getByRole("radio", { name: "mentions the claim" }).check();
  await page.getByRole("button", { name: "Add citation" }).click();

  const citations = page.getByTestId("citations");
  await expect(citations).toContainText(`doi:${doi}`);
  await expect(citations).not.toContainText("(n.d.)");
  const state = citations.getByTestId("metadata-not-fetched");
  await expect(state).toContainText("Metadata not fetched");
  await state.getByRole("button", { name: "Fetch metadata again" }).click();
  await expect(page.getByRole("form", { name: "Add a citation" }).getByRole("alert")).toContainText(
    "The metadata could not be fetched",
  );
  await expect(state).toBeVisible();
});
