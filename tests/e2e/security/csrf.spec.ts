// Same-site CSRF on the REST API (issue 11, item 1), replayed as found: a page on another port of the same host
// (same site, other origin) makes a signed-in editor's Chromium send writes with its session cookie. Every one is
// refused with 403 and writes nothing; the same writes from our own origin, and with an API token, still work.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { type BrowserContext, expect, test } from "@playwright/test";
import postgres from "postgres";
import { databaseUrl } from "../../support/postgres";
import { signInCookie } from "../../support/sign-in-cookie";
import { DEMO_PASSWORD } from "../support/accounts";
import { callers, importedDocument } from "../support/http-roles";

const TEXT = "Mice ran further after the drug. The drug could cure depression.";

/** A page of the attacker's own, on another port of this host: same site as the app, another origin. */
async function attackerOrigin(): Promise<{ origin: string; close: () => void }> {
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><title>Another origin</title>");
  });
  await new Promise<void>((resolve) => server.listen(0, "localhost", resolve));
  return { origin: `http://localhost:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

async function withSession(context: BrowserContext, baseURL: string) {
  const cookie = await signInCookie(baseURL, "editor@demo.test", DEMO_PASSWORD);
  await context.addCookies(
    cookie.split("; ").map((pair) => {
      const [name, ...value] = pair.split("=");
      return { name: name!, value: value.join("="), url: baseURL };
    }),
  );
}

async function rows(query: (sql: postgres.Sql) => Promise<postgres.RowList<postgres.Row[]>>) {
  const sql = postgres(databaseUrl(process.env.E2E_DATABASE!), { max: 1 });
  try {
    return await query(sql);
  } finally {
    await sql.end();
  }
}

test("writes a signed-in browser sends from another origin of the same site are refused and write nothing", async ({
  page,
  context,
  request,
  baseURL,
}) => {
  const app = new URL(baseURL!).origin;
  const as = await callers(baseURL!);
  const target = await importedDocument(request, as.editor, { title: `CSRF target ${Date.now()}`, content: TEXT });
  const claimId = target.claimIds[0]!;

  await withSession(context, baseURL!);
  const attacker = await attackerOrigin();
  try {
    await page.goto(attacker.origin);
    const marker = `csrf-${Date.now()}`;
    const statuses: Record<string, number> = {};
    const sent = async (name: string, url: string, send: () => Promise<unknown>) => {
      const response = page.waitForResponse((r) => r.url() === url && r.request().method() === "POST");
      await send();
      statuses[name] = (await response).status();
    };

    // The issue's request: no-cors, credentials included, a text/plain type that mentions application/json.
    await sent("no-cors JSON in text/plain", `${app}/api/v1/documents`, () =>
      page.evaluate(
        ({ app, body }) =>
          fetch(`${app}/api/v1/documents`, {
            method: "POST",
            mode: "no-cors",
            credentials: "include",
            headers: { "Content-Type": "text/plain; x=application/json" },
            body,
          }),
        { app, body: JSON.stringify({ title: marker, format: "txt", content: TEXT, status: "PUBLISHED" }) },
      ),
    );
    // A multipart FormData upload, as a page's form or fetch can send it.
    await sent("multipart import", `${app}/api/v1/documents`, () =>
      page.evaluate(
        ({ app, marker, text }) => {
          const form = new FormData();
          form.set("file", new File([text], `${marker}.txt`, { type: "text/plain" }));
          form.set("title", marker);
          return fetch(`${app}/api/v1/documents`, {
            method: "POST",
            mode: "no-cors",
            credentials: "include",
            body: form,
          });
        },
        { app, marker, text: TEXT },
      ),
    );
    // A new revision that would deface the document's claims.
    await sent("multipart revision", `${app}/api/v1/documents/${target.id}/revisions`, () =>
      page.evaluate(
        ({ url, marker }) => {
          const form = new FormData();
          form.set("file", new File([`${marker} defaced everything.`], "v2.txt", { type: "text/plain" }));
          return fetch(url, { method: "POST", mode: "no-cors", credentials: "include", body: form });
        },
        { url: `${app}/api/v1/documents/${target.id}/revisions`, marker },
      ),
    );
    // A plain HTML form (enctype text/plain) posting JSON-looking text as a comment.
    await sent("text/plain form", `${app}/api/v1/claims/${claimId}/comments`, () =>
      page.evaluate(
        ({ url, marker }) => {
          const form = document.createElement("form");
          form.method = "POST";
          form.enctype = "text/plain";
          form.action = url;
          const input = document.createElement("input");
          input.name = `{"body":{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"${marker}"}]}]},"x":"`;
          input.value = '"}';
          form.append(input);
          document.body.append(form);
          form.submit();
        },
        { url: `${app}/api/v1/claims/${claimId}/comments`, marker },
      ),
    );
    expect(statuses).toMatchObject({
      "no-cors JSON in text/plain": 403,
      "multipart import": 403,
      "multipart revision": 403,
      "text/plain form": 403,
    });

    const written = await rows(
      (sql) => sql`SELECT 'document' AS what FROM "Document" WHERE title = ${marker}
                   UNION ALL SELECT 'revision' FROM "Revision" WHERE "documentId" = ${target.id} AND number > 1
                   UNION ALL SELECT 'comment' FROM "Comment" WHERE body::text LIKE ${`%${marker}%`}`,
    );
    expect(written).toEqual([]);
  } finally {
    attacker.close();
  }
});

test("cookie writes need our own Origin (or Sec-Fetch-Site: same-origin) and exactly application/json", async ({
  request,
  baseURL,
}) => {
  const app = new URL(baseURL!).origin;
  const cookie = await signInCookie(baseURL!, "editor@demo.test", DEMO_PASSWORD);
  const body = (title: string) => JSON.stringify({ format: "txt", title, content: TEXT });
  const post = (headers: Record<string, string>, title: string) =>
    request.post("/api/v1/documents", { headers: { cookie, ...headers }, data: body(title) });
  const stamp = Date.now();
  const json = { "content-type": "application/json" };

  expect((await post({ ...json, origin: "http://localhost:1" }, `other port ${stamp}`)).status()).toBe(403);
  expect((await post({ ...json, origin: "null" }, `null origin ${stamp}`)).status()).toBe(403);
  expect((await post({ ...json, "sec-fetch-site": "same-site" }, `same site ${stamp}`)).status()).toBe(403);
  expect((await post(json, `no origin ${stamp}`)).status()).toBe(403);
  for (const type of ["text/plain; x=application/json", "application/json; x=1", "application/jsonx", "text/plain"]) {
    expect((await post({ "content-type": type, origin: app }, `${type} ${stamp}`)).status(), type).toBe(415);
  }
  const refused = await rows((sql) => sql`SELECT title FROM "Document" WHERE title LIKE ${`% ${stamp}`}`);
  expect(refused).toEqual([]);

  expect((await post({ ...json, origin: app }, `same origin ${stamp}`)).status()).toBe(201);
  expect(
    (
      await post(
        { "content-type": "application/json; charset=utf-8", "sec-fetch-site": "same-origin" },
        `fetch ${stamp}`,
      )
    ).status(),
  ).toBe(201);
});

test("API tokens write from scripts with no Origin at all", async ({ request, baseURL }) => {
  const as = await callers(baseURL!);
  const created = await request.post("/api/v1/documents", {
    headers: { authorization: `Bearer ${as.editor.token}`, "content-type": "application/json" },
    data: JSON.stringify({ format: "txt", title: `Script ${Date.now()}`, content: TEXT }),
  });
  expect(created.status()).toBe(201);
  const upload = await request.post("/api/v1/documents", {
    headers: { authorization: `Bearer ${as.editor.token}` },
    multipart: {
      file: { name: "script.txt", mimeType: "text/plain", buffer: Buffer.from(TEXT) },
      title: `Script upload ${Date.now()}`,
    },
  });
  expect(upload.status()).toBe(201);
});
