// Fuzz every /api/v1 route over HTTP with fast-check: arbitrary JSON and non-JSON bodies, arbitrary ids and query
// strings, as an editor (who gets furthest into the code) and anonymously. No answer may be a 5xx, and the server
// must still be healthy afterwards.
import { type APIRequestContext, expect, test } from "@playwright/test";
import fc from "fast-check";
import { richText } from "../../support/rich-text";
import { callers, importedDocument, rest, restRoutes } from "../support/http-roles";

test.describe.configure({ timeout: 300_000 });

const TEXT = "Mice ran further after the drug. The drug could cure depression.";

/** The callers, and a real published document, so that requests get past "not found" into validation and the domain. */
async function target(request: APIRequestContext, baseURL: string) {
  const as = await callers(baseURL);
  const document = await importedDocument(request, as.editor, { title: `Fuzz ${Date.now()}`, content: TEXT }, baseURL);
  return { as, document, claimId: document.claimIds[0]! };
}

test("no route answers 5xx to arbitrary input", async ({ request, baseURL }) => {
  const { as, document, claimId } = await target(request, baseURL!);
  const documentId = document.id;
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
  // Path parameters as a client can really send them: encoded strings, and raw escapes that are NUL, invalid or
  // overlong UTF-8, or a real id with garbage after it.
  const id = fc.oneof(
    fc.constant("REAL"),
    fc.string({ maxLength: 80 }).map((s) => encodeURIComponent(s) || "x"),
    fc.constantFrom("..", "%00", "a%00b", "%ff", "%c0%af", "%e2%82", "%2500", "a".repeat(300), "x".repeat(5000)),
    fc.constantFrom("%00", "%ff", "'", "%20").map((suffix) => `REAL${suffix}`),
  );
  // JSON texts a client can send that no JSON.stringify of a sampled value produces: NUL escapes (in values, keys
  // and JSON inside strings, as CSL-JSON is) and nesting thousands of levels deep.
  const deep = (n: number, open = "[", close = "]") => `${open.repeat(n)}${close.repeat(n)}`;
  const hostileJson = fc.constantFrom(
    `{"version":1,"body":${deep(10_000)}}`,
    `{"version":1,"body":${'{"a":'.repeat(5_000)}1${"}".repeat(5_000)}}`,
    deep(10_000),
    '{"\\u0000":1,"version":1}',
    '{"version":0,"certainty":"LOW\\u0000","body":"\\u0000"}',
    JSON.stringify({ source: "csl-json", stance: "SUPPORTS", reference: '{"title":"A\\u0000B","type":"book"}' }),
    JSON.stringify({ source: "csl-json", stance: "SUPPORTS", reference: deep(10_000) }),
    JSON.stringify({ format: "txt", title: "T\u0000", content: "a\u0000b" }),
  );
  const failures: string[] = [];
  for (const route of restRoutes()) {
    const [method, pattern] = route.split(" ") as [string, string];
    const kind = fc.constantFrom("json", "text", "hostile");
    const samples = fc.sample(fc.tuple(id, body, fc.string(), fc.boolean(), kind, hostileJson), 30);
    for (const [rawId, data, query, anonymous, bodyKind, hostile] of samples) {
      const idValue = rawId.startsWith("REAL") ? realId(pattern) + rawId.slice(4) : rawId;
      const url = `/api/v1${pattern.replace("{id}", idValue)}${pattern.endsWith("export") ? `?format=${encodeURIComponent(query)}` : ""}`;
      const text = { json: JSON.stringify(data ?? null), text: String(query), hostile }[bodyKind];
      // An event stream that was accepted never ends: its headers came (no 5xx), so a time-out there is a pass.
      const stream = pattern.endsWith("/events");
      const response = await request
        .fetch(url, {
          method,
          headers: {
            ...(anonymous ? {} : { authorization: `Bearer ${as.editor.token}` }),
            "content-type": bodyKind === "text" ? "text/plain" : "application/json",
          },
          data: method === "GET" ? undefined : text,
          ...(stream ? { timeout: 3_000 } : {}),
        })
        .catch((error: unknown) => {
          if (stream && /timeout/i.test(String(error))) return null;
          throw error;
        });
      if (response && response.status() >= 500)
        failures.push(
          `${method} ${url.slice(0, 120)} -> ${response.status()} ${(await response.text()).slice(0, 200)}`,
        );
    }
  }
  expect(failures).toEqual([]);
  expect((await request.get("/api/health")).status()).toBe(200);
});

test("the findings' requests get a clear 4xx: NUL and invalid UTF-8 in paths, escaped NULs, deep nesting", async ({
  request,
  baseURL,
}) => {
  const { as, claimId } = await target(request, baseURL!);
  const status = async (path: string, init: { method?: string; data?: string } = {}) => {
    const response = await request.fetch(path, {
      method: init.method ?? "GET",
      headers: { authorization: `Bearer ${as.reviewer.token}`, "content-type": "application/json" },
      data: init.data,
    });
    const text = await response.text();
    return `${response.status()} ${/"code":"(\w+)"/.exec(text)?.[1] ?? ""}`.trim();
  };
  expect(await status("/api/v1/documents/%00/claims")).toBe("404 NOT_FOUND");
  for (const tail of ["comments", "citations", "reviews", "history"]) {
    expect(await status(`/api/v1/claims/%00/${tail}`), tail).toBe("404 NOT_FOUND");
  }
  expect(await status(`/api/v1/claims/${claimId}%00/comments`)).toBe("404 NOT_FOUND");
  expect(await status("/api/v1/claims/%ff/comments")).toBe("400 INVALID");
  expect(await status("/documents/%ff")).toBe("400 INVALID");
  expect(await status("/documents/%c0%af/private")).toBe("400 INVALID");
  const csl = JSON.stringify({
    source: "csl-json",
    stance: "SUPPORTS",
    reference: '{"title":"A\\u0000B","type":"book"}',
  });
  expect(await status(`/api/v1/claims/${claimId}/citations`, { method: "POST", data: csl })).toBe("400 INVALID");
  const nested = `{"body":${"[".repeat(10_000)}${"]".repeat(10_000)}}`;
  expect(await status(`/api/v1/claims/${claimId}/comments`, { method: "POST", data: nested })).toBe("400 INVALID");
  expect(await status(`/api/v1/claims/${claimId}/comments`, { method: "POST", data: '{"body":{"\\u0000":1}}' })).toBe(
    "400 INVALID",
  );
  expect((await request.get("/api/health")).status()).toBe(200);
});
