import "server-only";
import type { z } from "zod";
import { listUsers, updateUser } from "@/lib/admin/users";
import { claimHistory } from "@/lib/audit/claim-history";
import { clientIp } from "@/lib/auth/client-ip";
import { requestActor } from "@/lib/auth/request-actor";
import type { Actor } from "@/lib/auth/roles";
import {
  addCitations,
  deleteCitation,
  fetchCitationMetadata,
  listCitations,
  updateCitation,
} from "@/lib/citations/citations";
import { listClaims } from "@/lib/claims/list-claims";
import { commentHistory } from "@/lib/comments/comment-history";
import { addComment, deleteComment, editComment, listComments, resolveComment } from "@/lib/comments/comments";
import { addRevision } from "@/lib/documents/add-revision";
import { archiveDocument, restoreDocument } from "@/lib/documents/archive-document";
import { createDocument } from "@/lib/documents/create-document";
import { deleteDocument } from "@/lib/documents/delete-document";
import { listDocuments } from "@/lib/documents/list-documents";
import { openDocumentEvents } from "@/lib/events/document-events";
import { announcePresence } from "@/lib/events/presence";
import { exportDocument } from "@/lib/exports/export-document";
import { inviteUser } from "@/lib/invitations/invitations";
import { listNotifications, markAllNotificationsRead, markNotificationRead } from "@/lib/notifications/inbox";
import { getClaimCritique } from "@/lib/reading/claim-critique";
import { getReadingRest } from "@/lib/reading/reading-view";
import { listReviews, reopenReview, saveReview, submitReview } from "@/lib/reviews/reviews";
import { createOwnApiToken } from "@/lib/tokens/create-token";
import { listOwnTokens, revokeToken } from "@/lib/tokens/own-tokens";
import { getMyWork } from "@/lib/work/my-work";
import { readDocumentInput } from "./document-input";
import { readJson } from "./json-body";
import { OPERATIONS, type OperationKey } from "./operations";
import { pathId } from "./path-id";
import { apiHandler, json } from "./respond";

/** What a handler gets: the caller, the path's `{id}`, the body (with the id merged in as the table says), the URL. */
interface Call {
  actor: Actor;
  id: string;
  input: Record<string, unknown>;
  url: URL;
  request: Request;
}

type Result<K extends OperationKey> = (typeof OPERATIONS)[K]["response"] extends { schema: infer S extends z.ZodType }
  ? z.output<S>
  : (typeof OPERATIONS)[K]["response"] extends { file: true }
    ? ExportFile
    : (typeof OPERATIONS)[K]["response"] extends { eventStream: true }
      ? ReadableStream<Uint8Array>
      : undefined;

type ExportFile = Awaited<ReturnType<typeof exportDocument>>;

/** The public origin for links the API hands out or e-mails: `NEXTAUTH_URL` when set, else the request's. */
const siteOrigin = (url: URL) => process.env.NEXTAUTH_URL?.replace(/\/$/, "") || url.origin;

const items = <T>(list: Promise<T[]>) => list.then((items) => ({ items }));

/** Each operation's domain function; its result must match the operation's response schema. */
const HANDLERS: { [K in OperationKey]: (call: Call) => Promise<Result<K>> } = {
  "GET /documents": ({ actor }) => items(listDocuments(actor)),
  "POST /documents": ({ actor, input }) =>
    createDocument(actor, input).then(({ id, slug, claimCount }) => ({ id, slug, claimCount })),
  "POST /documents/{id}/revisions": ({ actor, id, input }) => addRevision(actor, id, input),
  "POST /documents/{id}/archive": ({ actor, input }) => archiveDocument(actor, input),
  "POST /documents/{id}/restore": ({ actor, input }) => restoreDocument(actor, input),
  "DELETE /documents/{id}": ({ actor, input }) => deleteDocument(actor, input),
  "GET /documents/{id}/claims": ({ actor, id }) => items(listClaims(actor, id)),
  "GET /documents/{id}/export": ({ actor, id, url }) =>
    exportDocument(
      actor,
      { documentId: id, format: url.searchParams.get("format") ?? "" },
      { baseUrl: siteOrigin(url) },
    ),
  "GET /documents/{id}/events": ({ actor, id, request }) =>
    openDocumentEvents(actor, id, {
      lastEventId: request.headers.get("last-event-id"),
      signal: request.signal,
      client: actor ? `user:${actor.id}` : `address:${clientIp(request.headers)}`,
    }),
  "POST /documents/{id}/presence": ({ actor, input }) => announcePresence(actor, input).then(() => undefined),
  "GET /claims/{id}/reviews": ({ actor, id }) => items(listReviews(actor, id)),
  "PUT /claims/{id}/review": ({ actor, input }) => saveReview(actor, input),
  "POST /claims/{id}/review/submit": ({ actor, input }) => submitReview(actor, input),
  "POST /claims/{id}/review/reopen": ({ actor, input }) => reopenReview(actor, input),
  "GET /claims/{id}/citations": ({ actor, id }) => items(listCitations(actor, id)),
  "POST /claims/{id}/citations": ({ actor, input }) => items(addCitations(actor, input)),
  "PATCH /citations/{id}": ({ actor, input }) => updateCitation(actor, input),
  "DELETE /citations/{id}": ({ actor, input }) => deleteCitation(actor, input).then(() => undefined),
  "POST /citations/{id}/metadata": ({ actor, input }) => fetchCitationMetadata(actor, input),
  "GET /documents/{id}/reading-rest": ({ actor, id }) => getReadingRest(actor, id),
  "GET /claims/{id}/critique": ({ actor, id }) => getClaimCritique(actor, id),
  "GET /claims/{id}/comments": ({ actor, id }) => items(listComments(actor, id)),
  "POST /claims/{id}/comments": ({ actor, input }) => addComment(actor, input),
  "PATCH /comments/{id}": ({ actor, input }) => editComment(actor, input),
  "DELETE /comments/{id}": ({ actor, input }) => deleteComment(actor, input),
  "GET /comments/{id}/history": ({ actor, id }) => items(commentHistory(actor, id)),
  "POST /comments/{id}/resolve": ({ actor, input }) => resolveComment(actor, input),
  "GET /claims/{id}/history": ({ actor, id }) => items(claimHistory(actor, id)),
  "GET /notifications": ({ actor, url }) => listNotifications(actor, Object.fromEntries(url.searchParams)),
  "POST /notifications/{id}/read": ({ actor, id }) =>
    markNotificationRead(actor, { notificationId: id }).then(() => undefined),
  "POST /notifications/read-all": ({ actor }) => markAllNotificationsRead(actor).then(() => undefined),
  "GET /me/work": ({ actor }) => getMyWork(actor),
  "GET /users": ({ actor, url }) => listUsers(actor, Object.fromEntries(url.searchParams)),
  "POST /users": ({ actor, input, url }) => inviteUser(actor, input, siteOrigin(url)),
  "PATCH /users/{id}": ({ actor, input }) => updateUser(actor, input),
  "GET /me/tokens": ({ actor }) => items(listOwnTokens(actor)),
  "POST /me/tokens": ({ actor, input }) => createOwnApiToken(actor, input),
  "DELETE /tokens/{id}": ({ actor, id }) => revokeToken(actor, { tokenId: id }).then(() => undefined),
};

const NO_STORE = { "Cache-Control": "private, no-store" };

function fileResponse(file: ExportFile): Response {
  return new Response(typeof file.body === "string" ? file.body : new Uint8Array(file.body), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.filename}"`,
      ...NO_STORE,
      "X-Content-Type-Options": "nosniff",
    },
  });
}

function eventStreamResponse(stream: ReadableStream<Uint8Array>): Response {
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      // no-transform: Next.js's gzip would otherwise hold events back until its buffer fills.
      "Cache-Control": "private, no-store, no-transform",
      Connection: "keep-alive",
      // Tells nginx-style proxies not to hold events back in a buffer.
      "X-Accel-Buffering": "no",
    },
  });
}

/**
 * The route handler of one operation: the caller first; a body only once they hold the operation's permission,
 * within its byte limit and content type (lib/api/json-body.ts, document-input.ts); then the path's id, checked
 * for shape; then the domain function. Every failure is a typed JSON error (lib/api/respond.ts).
 */
export function route(key: OperationKey) {
  const operation: (typeof OPERATIONS)[OperationKey] = OPERATIONS[key];
  const handler = HANDLERS[key] as (call: Call) => Promise<unknown>;
  const hasId = key.includes("{id}");
  return apiHandler<{ params: Promise<{ id?: string }> }>(async (request, { params }) => {
    const actor = await requestActor(request);
    const body = !("body" in operation)
      ? {}
      : "document" in operation.body
        ? await readDocumentInput(request, actor, operation.permission)
        : await readJson(request, actor, operation.permission);
    const id = hasId ? await pathId(params as Promise<{ id: string }>) : "";
    const fromPath = "body" in operation && "fromPath" in operation.body ? operation.body.fromPath : undefined;
    const result = await handler({
      actor,
      id,
      input: fromPath ? { ...body, [fromPath]: id } : body,
      url: new URL(request.url),
      request,
    });
    const { response } = operation;
    if (response.status === 204) return new Response(null, { status: 204, headers: NO_STORE });
    if ("file" in response) return fileResponse(result as ExportFile);
    if ("eventStream" in response) return eventStreamResponse(result as ReadableStream<Uint8Array>);
    return json(result, response.status);
  });
}
