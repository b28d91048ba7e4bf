// Headers and leaks (issue 11, items 8 and 9): a script policy on every page (a per-request nonce on dynamic pages,
// while the public reading page stays cacheable), no anonymous log writing, rich-text attributes and imports held to
// what the app itself produces. HSTS is in tests/unit/security-headers.test.ts (this server is plain http).
import { expect, test } from "@playwright/test";
import { richText } from "../../support/rich-text";
import { callers, importedDocument, rest } from "../support/http-roles";
import { SEED_SLUG } from "../support/pages";

const TEXT = "Mice ran further after the drug. The drug could cure depression.";

test("dynamic pages carry a nonce policy that every script of theirs has, and run without violations", async ({
  page,
  request,
}) => {
  const response = await request.get("/signin");
  const policy = response.headers()["content-security-policy"] ?? "";
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  expect(nonce).toBeTruthy();
  expect(policy).toContain("'strict-dynamic'");
  expect(/script-src [^;]*/.exec(policy)?.[0]).not.toContain("'unsafe-inline'");
  for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'"]) {
    expect(policy).toContain(directive);
  }
  const scripts = [...(await response.text()).matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((tag) => !tag.includes(`nonce="${nonce}"`))).toEqual([]);
  // A second request gets another nonce.
  expect((await request.get("/signin")).headers()["content-security-policy"]).not.toContain(nonce!);

  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto("/signin");
  await page.getByLabel("Email").fill("student@demo.test");
  await expect(page.getByLabel("Email")).toHaveValue("student@demo.test");
  await page.goto(`/documents/${SEED_SLUG}`);
  await page.getByRole("checkbox", { name: "Speculative" }).check();
  await expect(page.getByTestId("filter-count")).toHaveText(/^Showing \d+ of \d+ claims$/);
  expect(violations).toEqual([]);
});

test("the public reading page has a static policy and stays cacheable by shared caches", async ({ request }) => {
  const first = await request.get(`/documents/${SEED_SLUG}`);
  expect(first.status()).toBe(200);
  const headers = first.headers();
  expect(headers["content-security-policy"]).toContain("object-src 'none'");
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"]).not.toContain("'nonce-");
  expect(headers["cache-control"]).toMatch(/s-maxage=\d+/);
  expect(headers["set-cookie"]).toBeUndefined();
  // Served from the cache: byte for byte the same page, policy included.
  const second = await request.get(`/documents/${SEED_SLUG}`);
  expect(second.headers()["x-nextjs-cache"]).toMatch(/HIT|STALE/);
  expect(await second.text()).toBe(await first.text());
  expect(second.headers()["strict-transport-security"]).toBeUndefined();
});

test("anonymous POSTs to next-auth's _log are refused", async ({ request }) => {
  const response = await request.post("/api/auth/_log", {
    form: { code: "FORGED_LINE", level: "error", message: "written by anyone\n[next-auth] fake entry" },
  });
  expect(response.status()).toBe(404);
});

test("rich text with attribute values the editor never writes is refused over the API", async ({
  request,
  baseURL,
}) => {
  const as = await callers(baseURL!);
  const claimId = (await importedDocument(request, as.editor, { title: `Attrs ${Date.now()}`, content: TEXT }))
    .claimIds[0]!;
  const link = (attrs: Record<string, unknown>) => ({
    type: "doc",
    content: [
      {
        type: "paragraph",
        content: [
          { type: "text", text: "see", marks: [{ type: "link", attrs: { href: "https://example.org", ...attrs } }] },
        ],
      },
    ],
  });
  const list = (start: unknown) => ({
    type: "doc",
    content: [
      { type: "orderedList", attrs: { start }, content: [{ type: "listItem", content: richText("x").content }] },
    ],
  });
  for (const body of [
    link({ class: "overlay" }),
    link({ target: "_top" }),
    list('1" onmouseover="alert(1)'),
    { type: "doc", content: [{ type: "heading", attrs: { level: "2" }, content: [{ type: "text", text: "h" }] }] },
  ]) {
    const refused = await rest(request, as.editor, "POST", `/claims/${claimId}/comments`, { body });
    expect(refused.status, JSON.stringify(body)).toBe(400);
  }
  const accepted = await rest(request, as.editor, "POST", `/claims/${claimId}/comments`, {
    body: link({ target: null, rel: "noopener noreferrer nofollow ugc", class: null }),
  });
  expect(accepted.status).toBe(201);
});

test("an import asking to be PUBLISHED is refused; imports are drafts readers cannot see", async ({
  request,
  baseURL,
}) => {
  const as = await callers(baseURL!);
  const title = `Publish by import ${Date.now()}`;
  const refused = await rest(request, as.editor, "POST", "/documents", {
    format: "txt",
    title,
    content: TEXT,
    status: "PUBLISHED",
  });
  expect(refused.status).toBe(400);
  expect(JSON.stringify(refused.body)).toContain("always a draft");
  const imported = await rest(request, as.editor, "POST", "/documents", { format: "txt", title, content: TEXT });
  expect(imported.status).toBe(201);
  const { slug } = imported.body as { slug: string };
  const listed = (await rest(request, as.editor, "GET", "/documents")).body as {
    items: { slug: string; status: string }[];
  };
  expect(listed.items.filter((d) => d.slug === slug).map((d) => d.status)).toEqual(["DRAFT"]);
  expect((await request.get(`/documents/${slug}`)).status()).toBe(404);
  const anonymous = (await rest(request, as.anonymous, "GET", "/documents")).body as { items: { slug: string }[] };
  expect(anonymous.items.map((d) => d.slug)).not.toContain(slug);
});
