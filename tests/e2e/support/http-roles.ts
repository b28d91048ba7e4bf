// Calling the running app as each role: REST with API tokens, server actions with session cookies (as the browser
// calls them: POST to a page that uses them, with the action's id from the build's manifest).
import fs from "node:fs";
import type { APIRequestContext } from "@playwright/test";
import type { Principal } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { actionResult } from "../../support/server-action";
import { signInCookie } from "../../support/sign-in-cookie";

export { restRoutes } from "../../support/route-files";

import { DEMO_PASSWORD } from "./accounts";
import { apiToken } from "./tokens";

export const ROLES = ["anonymous", "reader", "reviewer", "otherReviewer", "editor", "admin"] as const;
export type TestRole = (typeof ROLES)[number];

export const EMAIL: Record<Exclude<TestRole, "anonymous">, string> = {
  reader: "student@demo.test",
  reviewer: "reviewer@demo.test",
  otherReviewer: "reviewer2@demo.test",
  editor: "editor@demo.test",
  admin: "admin@demo.test",
};
const PRINCIPAL: Record<TestRole, Principal> = {
  anonymous: "ANONYMOUS",
  reader: "READER",
  reviewer: "REVIEWER",
  otherReviewer: "REVIEWER",
  editor: "EDITOR",
  admin: "ADMIN",
};

/** The policy table's view of a role: `reviewer` owns the objects the tests act on, nobody else does. */
export function policyActor(role: TestRole): Actor {
  if (role === "anonymous") return null;
  return { id: role === "reviewer" ? "owner" : role, role: PRINCIPAL[role] as Exclude<Principal, "ANONYMOUS"> };
}
export const OWNER_ID = "owner";

export interface Caller {
  role: TestRole;
  token: string | null;
  cookie: string | null;
}

export async function callers(baseURL: string): Promise<Record<TestRole, Caller>> {
  const entries = await Promise.all(
    ROLES.map(async (role): Promise<[TestRole, Caller]> => {
      if (role === "anonymous") return [role, { role, token: null, cookie: null }];
      const email = EMAIL[role];
      return [role, { role, token: await apiToken(email), cookie: await signInCookie(baseURL, email, DEMO_PASSWORD) }];
    }),
  );
  return Object.fromEntries(entries) as Record<TestRole, Caller>;
}

export interface Outcome {
  status: number;
  code: string | null;
  body: unknown;
}

export async function rest(
  request: APIRequestContext,
  caller: Caller,
  method: string,
  path: string,
  body?: unknown,
): Promise<Outcome> {
  const response = await request.fetch(`/api/v1${path}`, {
    method,
    headers: caller.token ? { authorization: `Bearer ${caller.token}` } : {},
    data: body,
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // Not JSON (an export).
  }
  const code = (parsed as { error?: { code?: string } })?.error?.code ?? null;
  return { status: response.status(), code, body: parsed };
}

/** Every server action in the build: its exported name, its file and a page that can run it. */
export interface ServerAction {
  id: string;
  name: string;
  file: string;
  page: string;
}

export function serverActions(): ServerAction[] {
  const manifest = JSON.parse(fs.readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => ({
    id,
    name: entry.exportedName,
    file: entry.filename,
    page:
      Object.keys(entry.workers)[0]!
        .replace(/^app/, "")
        .replace(/\/page$/, "") || "/",
  }));
}

/** Runs a server action as the browser does; `code` is the ActionResult's error code, or "OK". */
export async function runServerAction(
  request: APIRequestContext,
  call: { caller: Caller; action: ServerAction; slug: string; input: unknown; origin: string },
): Promise<Outcome> {
  const headers = {
    "next-action": call.action.id,
    accept: "text/x-component",
    origin: call.origin,
    ...(call.caller.cookie ? { cookie: call.caller.cookie } : {}),
  };
  const url = call.action.page.replace("[slug]", call.slug);
  // A FormData argument travels as multipart: its fields prefixed with the argument's reference, then the arguments
  // ("0") last, as React's encodeReply writes them (the server resolves the reference when "0" arrives).
  let response: Awaited<ReturnType<APIRequestContext["post"]>>;
  if (call.input instanceof FormData) {
    const multipart = new FormData();
    for (const [k, v] of call.input.entries()) multipart.append(`_1_${k}`, v);
    multipart.append("0", '["$K1"]');
    response = await request.post(url, { headers, multipart });
  } else {
    response = await request.post(url, {
      headers: { ...headers, "content-type": "text/plain;charset=UTF-8" },
      data: JSON.stringify([call.input]),
    });
  }
  const parsed = actionResult(await response.text());
  return { status: response.status(), code: parsed ? (parsed.ok ? "OK" : (parsed.code ?? null)) : null, body: parsed };
}

/**
 * Takes an imported draft to `status` as an editor does, through the editorial server actions (an import is always
 * a draft; publishing here gives a reason, as no claim is decided yet). Returns the document's new version.
 */
export async function moveDraftTo(
  request: APIRequestContext,
  call: { caller: Caller; document: { id: string; slug: string }; origin: string },
  status: "IN_REVIEW" | "PUBLISHED",
): Promise<number> {
  const [name, input] =
    status === "PUBLISHED"
      ? ["publishAction", { overrideReason: "Published by an end-to-end test before any decision." }]
      : ["setDocumentStatusAction", { status }];
  const action = serverActions().find((a) => a.name === name)!;
  const result = await runServerAction(request, {
    caller: call.caller,
    action,
    slug: call.document.slug,
    origin: call.origin,
    input: { documentId: call.document.id, version: 1, ...input },
  });
  if (result.code !== "OK") throw new Error(`${name} failed: ${JSON.stringify(result.body)}`);
  return 2;
}

/** A document an editor imported over the API (published from `origin` when given), with its claims' ids in order. */
export async function importedDocument(
  request: APIRequestContext,
  editor: Caller,
  source: { title: string; content: string },
  publishFrom?: string,
): Promise<{ id: string; slug: string; claimIds: string[] }> {
  const created = await rest(request, editor, "POST", "/documents", { format: "txt", ...source });
  if (created.status !== 201) throw new Error(`import failed: ${JSON.stringify(created.body)}`);
  const document = created.body as { id: string; slug: string };
  if (publishFrom) await moveDraftTo(request, { caller: editor, document, origin: publishFrom }, "PUBLISHED");
  const claims = (await rest(request, editor, "GET", `/documents/${document.id}/claims`)).body as {
    items: { id: string }[];
  };
  return { ...document, claimIds: claims.items.map((c) => c.id) };
}

/**
 * A GET of an event stream (which never ends by itself): the status and, for a refusal, its error; a stream is
 * read up to its first frame and then dropped.
 */
export async function openStream(origin: string, caller: Caller, path: string): Promise<Outcome> {
  const abort = new AbortController();
  const response = await fetch(`${origin}/api/v1${path}`, {
    headers: caller.token ? { authorization: `Bearer ${caller.token}` } : {},
    signal: abort.signal,
  });
  if (response.headers.get("content-type")?.startsWith("text/event-stream")) {
    const reader = response.body!.getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    abort.abort();
    return { status: response.status, code: null, body: first };
  }
  const body = (await response.json()) as { error?: { code?: string } };
  return { status: response.status, code: body.error?.code ?? null, body };
}
