import { type APIRequestContext, expect, test } from "@playwright/test";
import { apiToken } from "./support/tokens";

// Inputs crafted to make parsers slow or recurse deeply (issue 11, item 4); none is an article.

let editor: Record<string, string>;

test.beforeAll(async () => {
  editor = { Authorization: `Bearer ${await apiToken("editor@demo.test")}` };
});

const importDocument = (request: APIRequestContext, title: string, format: string, content: string) =>
  request.post("/api/v1/documents", { headers: editor, data: { title, format, content }, timeout: 120_000 });

test("a Markdown import that makes the parser super-linear is stopped with INVALID while the server keeps answering", async ({
  request,
}) => {
  test.setTimeout(180_000);
  const startedAt = Date.now();
  let importEndedAt = 0;
  const pending = importDocument(request, "Emphasis bomb", "md", "_a".repeat(1_000_000)).then((response) => {
    importEndedAt = Date.now();
    return response;
  });

  // Health checks while the import runs: each must come back long before the import does. Parsed on the event loop
  // that serves requests, the first check waited for the whole parse.
  const latencies: number[] = [];
  const answeredDuringImport: boolean[] = [];
  for (let i = 0; i < 5; i++) {
    const sent = Date.now();
    expect((await request.get("/api/health")).status()).toBe(200);
    latencies.push(Date.now() - sent);
    answeredDuringImport.push(importEndedAt === 0);
  }

  const response = await pending;
  expect(response.status()).toBe(400);
  const body = await response.json();
  expect(body.error.code).toBe("INVALID");
  expect(body.error.message).toMatch(/too complex to import/);
  expect(answeredDuringImport).toEqual([true, true, true, true, true]);
  const importMs = importEndedAt - startedAt;
  for (const latency of latencies) expect(latency).toBeLessThan(importMs / 4);
});

test("HTML and Markdown nested beyond any article get INVALID saying so, not a 500", async ({ request }) => {
  test.setTimeout(120_000);
  const inputs: [string, string][] = [
    ["html", `${"<div>".repeat(100_000)}Mice recovered.`],
    ["html", `${"<b>".repeat(100_000)}Mice recovered.`],
    ["html", `${"<blockquote>".repeat(20_000)}Mice recovered.`],
    ["md", `${">".repeat(50_000)} Mice recovered.`],
  ];
  for (const [format, content] of inputs) {
    const response = await importDocument(request, `Nested ${format}`, format, content);
    expect(response.status(), content.slice(0, 20)).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe("INVALID");
    expect(body.error.message).toMatch(/nested more than 200 levels deep/);
  }
});

test("ordinary Markdown and HTML imports still work through the worker", async ({ request }) => {
  const md = await importDocument(
    request,
    "Worker markdown",
    "md",
    "# Exercise\n\n> Running increased neurogenesis in mice. A pilot study of 20 patients found better mood.\n",
  );
  expect(md.status()).toBe(201);
  expect((await md.json()).claimCount).toBe(2);
  const html = await importDocument(
    request,
    "Worker html",
    "html",
    "<article><h1>Exercise</h1><div><div><p>Running increased neurogenesis in <b>mice</b>.</p></div></div></article>",
  );
  expect(html.status()).toBe(201);
  expect((await html.json()).claimCount).toBe(1);
});
