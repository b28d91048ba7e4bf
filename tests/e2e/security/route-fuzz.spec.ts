// Fuzz every /api/v1 route over HTTP with fast-check: arbitrary JSON and non-JSON bodies, arbitrary ids and query
// strings, as an editor (who gets furthest into the code) and anonymously. No answer may be a 5xx, and the server
// must still be healthy afterwards.
import { expect, test } from "@playwright/test";
import fc from "fast-check";
import { richText } from "../../support/rich-text";
import { callers, moveDraftTo, rest, restRoutes } from "../support/http-roles";

test.describe.configure({ timeout: 300_000 });

const TEXT = "Mice ran further after the drug. The drug could cure depression.";
test("no route answers 5xx to arbitrary input", async ({ request, baseURL }) => {
  const as = await callers(baseURL!);
  // Real objects, so that some fuzzed requests get past "not found" into validation and the domain.
  const created = await rest(request, as.editor, "POST", "/documents", {
    format: "txt",
    title: `Fuzz ${Date.now()}`,
    content: TEXT,
  });
  const document = created.body as { id: string; slug: string };
  await moveDraftTo(request, { caller: as.editor, document, origin: new URL(baseURL!).origin }, "PUBLISHED");
  const documentId = document.id;
  const claimId = (
    (await rest(request, as.editor, "GET", `/documents/${documentId}/claims`)).body as { items: { id: string }[] }
  ).items[0]!.id;
  const commentId = (
    (await rest(request, as.reviewer, "POST", `/claims/${claimId}/comments`, { body: richText("Hi") })).body as {
      id: string;
    }
  ).id;
  const citationId = (
    (
      await rest(request, as.reviewer, "POST", `/claims/${claimId}/citations`, {
        source: "identifier",
        identifier: "10.1000/fuzz.1",
        stance: "SUPPORTS",
      })
    ).body as { items: { id: string }[] }
  ).items[0]!.id;
  const realId = (url: string) =>
    url.startsWith("/documents")
      ? documentId
      : url.startsWith("/claims")
        ? claimId
        : url.startsWith("/comments")
          ? commentId
          : citationId;

  const body = fc.oneof(
    fc.anything(),
    fc.json().map((j) => JSON.parse(j) as unknown),
    fc.record(
      {
        version: fc.oneof(fc.integer(), fc.double(), fc.string(), fc.constant(1)),
        body: fc.oneof(fc.anything(), fc.constant(richText("x"))),
        certainty: fc.oneof(fc.string(), fc.constantFrom("HIGH", "LOW")),
        source: fc.oneof(fc.string(), fc.constantFrom("identifier", "bibtex", "ris", "csl-json")),
        identifier: fc.string(),
        reference: fc.string(),
        stance: fc.constantFrom("SUPPORTS", "x"),
        format: fc.constantFrom("txt", "md", "html", "pdf"),
        content: fc.string(),
        resolved: fc.anything(),
        rationale: fc.anything(),
      },
      { requiredKeys: [] },
    ),
  );
  const id = fc.oneof(fc.constant("REAL"), fc.string({ maxLength: 80 }), fc.constantFrom("..", "%00", "a".repeat(300)));
  const failures: string[] = [];
  for (const route of restRoutes()) {
    const [method, pattern] = route.split(" ") as [string, string];
    const samples = fc.sample(fc.tuple(id, body, fc.string(), fc.boolean(), fc.boolean()), 25);
    for (const [rawId, data, query, anonymous, raw] of samples) {
      const idValue = rawId === "REAL" ? realId(pattern) : encodeURIComponent(rawId) || "x";
      const url = `/api/v1${pattern.replace("{id}", idValue)}${pattern.endsWith("export") ? `?format=${encodeURIComponent(query)}` : ""}`;
      const response = await request.fetch(url, {
        method,
        headers: {
          ...(anonymous ? {} : { authorization: `Bearer ${as.editor.token}` }),
          "content-type": raw ? "text/plain" : "application/json",
        },
        data: method === "GET" ? undefined : raw ? String(query) : JSON.stringify(data ?? null),
      });
      if (response.status() >= 500)
        failures.push(`${method} ${url} -> ${response.status()} ${(await response.text()).slice(0, 200)}`);
    }
  }
  expect(failures).toEqual([]);
  expect((await request.get("/api/health")).status()).toBe(200);
});
