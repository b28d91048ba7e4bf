import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "./support/accounts";
import { SEED_SLUG, signIn } from "./support/pages";
import { apiToken } from "./support/tokens";

let editor: Record<string, string>;
let reviewer: Record<string, string>;

test.beforeAll(async () => {
  editor = { Authorization: `Bearer ${await apiToken("editor@demo.test")}` };
  reviewer = { Authorization: `Bearer ${await apiToken("reviewer@demo.test")}` };
});

const ARTICLE = `# Exercise and the brain

Running increased hippocampal neurogenesis in mice. A pilot study of 20 patients found better mood scores, e.g. on the
HAM-D scale. Exercise could revolutionize depression care.
`;

test("anonymous visitors list published documents; responses are never stored by shared caches", async ({
  request,
}) => {
  const response = await request.get("/api/v1/documents");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("private, no-store");
  const { items } = await response.json();
  expect(items.map((d: { slug: string }) => d.slug)).toContain(SEED_SLUG);
});

test("an editor imports JSON with a bearer token, reads the claims in order, and adds a revision", async ({
  request,
}) => {
  const created = await request.post("/api/v1/documents", {
    headers: editor,
    data: { title: "Exercise API", format: "md", content: ARTICLE },
  });
  expect(created.status()).toBe(201);
  const { id, slug, claimCount } = await created.json();
  expect(slug).toBe("exercise-api");
  expect(claimCount).toBe(3);

  const claims = (await (await request.get(`/api/v1/documents/${id}/claims`, { headers: editor })).json()).items;
  expect(claims.map((c: { text: string; suggestedTier: string }) => [c.text, c.suggestedTier])).toEqual([
    ["Running increased hippocampal neurogenesis in mice.", "PRECLINICAL"],
    ["A pilot study of 20 patients found better mood scores, e.g. on the HAM-D scale.", "EARLY_HUMAN_TRIAL"],
    ["Exercise could revolutionize depression care.", "SPECULATIVE"],
  ]);
  expect(claims[0].cues).toContain("animal: mice");
  for (const claim of claims) {
    expect(claim.tier).toBeNull();
    expect(claim.confidence).toBeGreaterThan(0.5);
  }
  expect(claims[0].selectors).toEqual([
    { type: "TextQuoteSelector", exact: claims[0].text, prefix: "", suffix: expect.any(String) },
    { type: "TextPositionSelector", start: 0, end: claims[0].text.length },
  ]);
  expect(claims.every((c: { anchorStatus: string }) => c.anchorStatus === "ANCHORED")).toBe(true);

  const revised = ARTICLE.replace("Exercise could revolutionize depression care.", "").replace(
    "20 patients",
    "24 patients",
  );
  const revision = await request.post(`/api/v1/documents/${id}/revisions`, {
    headers: editor,
    multipart: { file: { name: "exercise.md", mimeType: "text/markdown", buffer: Buffer.from(revised) } },
  });
  expect(revision.status()).toBe(201);
  expect(await revision.json()).toMatchObject({ number: 2, anchored: 1, fuzzy: 1, orphaned: 1, added: 0 });
});

test("an editor uploads a file with multipart/form-data using the session cookie", async ({ page }) => {
  await signIn(page, "editor@demo.test", DEMO_PASSWORD);
  await expect(page.getByTestId("account-role")).toHaveText("Editor");
  // From a page of ours, as a browser sends it: a cookie write must show its origin (CSRF).
  const response = await page.request.post("/api/v1/documents", {
    headers: { origin: new URL(page.url()).origin },
    multipart: {
      file: {
        name: "notes.txt",
        mimeType: "text/plain",
        buffer: Buffer.from("Notes\nnotes\nMice may benefit from it."),
      },
    },
  });
  expect(response.status()).toBe(201);
  expect(await response.json()).toMatchObject({ slug: "notes", claimCount: 1 });
});

test("readers, reviewers and strangers cannot import", async ({ request }) => {
  const body = { title: "Nope", format: "txt", content: "A sentence that is long enough." };
  expect((await request.post("/api/v1/documents", { data: body })).status()).toBe(401);
  expect((await request.post("/api/v1/documents", { headers: reviewer, data: body })).status()).toBe(403);
  const forged = await request.post("/api/v1/documents", {
    headers: { Authorization: "Bearer cw_forged-token-000000000000" },
    data: body,
  });
  expect(forged.status()).toBe(401);
  expect((await forged.json()).error.code).toBe("UNAUTHENTICATED");
  expect((await request.get("/api/v1/documents/nope/claims")).status()).toBe(404);
});

test("bad input gets a clear message and imports nothing", async ({ request }) => {
  // Every attempt carries this marker in its title; other tests import documents at the same time.
  const marker = `bad-input-${Date.now()}`;
  const cases: [Parameters<typeof request.post>[1], RegExp][] = [
    [{ data: { title: `${marker} Empty`, format: "txt", content: "" } }, /empty/],
    [{ data: { title: `${marker} X`, format: "pdf", content: "Some text here." } }, /Format must be/],
    [
      { data: { title: `${marker} Scripts`, format: "html", content: "<script>alert(1)</script><p onclick=x></p>" } },
      /no text/,
    ],
    [{ data: { title: `${marker} Lead-in`, format: "txt", content: "Lead\nlead\n• a\n• b" } }, /No sentences/],
    [{ data: { title: `${marker} Wall`, format: "txt", content: "word ".repeat(10_001) } }, /One paragraph is/],
    [
      { multipart: { title: marker, file: { name: "a.txt", mimeType: "text/plain", buffer: Buffer.alloc(0) } } },
      /a\.txt is empty/,
    ],
    [
      { multipart: { title: marker, file: { name: "b.txt", mimeType: "text/plain", buffer: Buffer.from([1, 0, 2]) } } },
      /binary/,
    ],
    [
      {
        multipart: {
          title: marker,
          file: { name: "c.txt", mimeType: "text/plain", buffer: Buffer.from([0xc3, 0x28, 0x41]) },
        },
      },
      /UTF-8/,
    ],
    [
      { multipart: { title: marker, file: { name: "d.pdf", mimeType: "application/pdf", buffer: Buffer.from("x") } } },
      /\.txt, \.md or \.html/,
    ],
    [
      {
        multipart: {
          title: marker,
          file: { name: "e.txt", mimeType: "text/plain", buffer: Buffer.alloc(2 * 1024 * 1024 + 10, 65) },
        },
      },
      /2 MB/,
    ],
    [{ data: "not json", headers: { "content-type": "application/json" } }, /JSON object/],
  ];
  for (const [options, message] of cases) {
    const response = await request.post("/api/v1/documents", {
      ...options,
      headers: { ...editor, ...options?.headers },
    });
    expect(response.status(), String(message)).toBe(400);
    const { error } = await response.json();
    expect(error.code).toBe("INVALID");
    expect(error.message).toMatch(message);
  }
  const titles = (await (await request.get("/api/v1/documents", { headers: editor })).json()).items.map(
    (d: { title: string }) => d.title,
  );
  expect(titles.filter((t: string) => t.includes(marker))).toEqual([]);
});

test("the OpenAPI description lists the routes", async ({ request }) => {
  const doc = await (await request.get("/api/v1/openapi.json")).json();
  expect(Object.keys(doc.paths)).toEqual(
    expect.arrayContaining([
      "/documents",
      "/documents/{id}/revisions",
      "/documents/{id}/claims",
      "/claims/{id}/review",
      "/claims/{id}/citations",
      "/claims/{id}/comments",
    ]),
  );
  expect(doc.paths["/documents"].post.requestBody.content["application/json"].schema.properties.format.enum).toEqual([
    "txt",
    "md",
    "html",
  ]);
});

test("exports download through the API in every format, reading formats for anyone who may read", async ({
  request,
}) => {
  const documents = (await (await request.get("/api/v1/documents")).json()).items;
  const seed = documents.find((d: { slug: string }) => d.slug === SEED_SLUG);
  const pdf = await request.get(`/api/v1/documents/${seed.id}/export?format=pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect(pdf.headers()["content-disposition"]).toBe(`attachment; filename="${SEED_SLUG}.pdf"`);
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
  expect((await request.get(`/api/v1/documents/${seed.id}/export?format=csv`)).status()).toBe(401);
  for (const format of ["html", "md", "docx", "csv", "w3c", "claimreview", "jats", "json"]) {
    const response = await request.get(`/api/v1/documents/${seed.id}/export?format=${format}`, { headers: editor });
    expect(response.status(), format).toBe(200);
    expect((await response.body()).length, format).toBeGreaterThan(0);
  }
  // The seed's review cites real works: its reference lists carry them.
  for (const format of ["bibtex", "ris"]) {
    const response = await request.get(`/api/v1/documents/${seed.id}/export?format=${format}`, { headers: editor });
    expect(response.status(), format).toBe(200);
    expect(await response.text(), format).toContain("10.1038/nature25975");
  }
  // A document that cites nothing: a reference list is a clear 404 with a message, not an empty download.
  const uncited = await request.post("/api/v1/documents", {
    headers: editor,
    data: { format: "txt", title: `Uncited ${Date.now()}`, content: "Mice given the drug slept longer." },
  });
  expect(uncited.status()).toBe(201);
  const { id: uncitedId } = await uncited.json();
  for (const format of ["bibtex", "ris"]) {
    const response = await request.get(`/api/v1/documents/${uncitedId}/export?format=${format}`, { headers: editor });
    expect(response.status(), format).toBe(404);
    expect((await response.json()).error.message).toMatch(/cites no sources/);
  }
  const bad = await request.get(`/api/v1/documents/${seed.id}/export?format=exe`, { headers: editor });
  expect(bad.status()).toBe(400);
});
