import "server-only";
import type { z } from "zod";
import { claimHistory } from "@/lib/audit/claim-history";
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
import { addComment, deleteComment, editComment, listComments, resolveComment } from "@/lib/comments/comments";
import { addRevision } from "@/lib/documents/add-revision";
import { createDocument } from "@/lib/documents/create-document";
import { listDocuments } from "@/lib/documents/list-documents";
import { exportDocument } from "@/lib/exports/export-document";
import { getClaimCritique } from "@/lib/reading/claim-critique";
import { getReadingRest } from "@/lib/reading/reading-view";
import { listReviews, reopenReview, saveReview, submitReview } from "@/lib/reviews/reviews";
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
}

type Result<K extends OperationKey> = (typeof OPERATIONS)[K]["response"] extends { schema: infer S extends z.ZodType }
  ? z.output<S>
  : (typeof OPERATIONS)[K]["response"] extends { file: true }
    ? ExportFile
    : undefined;

type ExportFile = Awaited<ReturnType<typeof exportDocument>>;

const items = <T>(list: Promise<T[]>) => list.then((items) => ({ items }));

/** Each operation's domain function; its result must match the operation's response schema. */
const HANDLERS: { [K in OperationKey]: (call: Call) => Promise<Result<K>> } = {
  "GET /documents": ({ actor }) => items(listDocuments(actor)),
  "POST /documents": ({ actor, input }) =>
    createDocument(actor, input).then(({ id, slug, claimCount }) => ({ id, slug, claimCount })),
  "POST /documents/{id}/revisions": ({ actor, id, input }) => addRevision(actor, id, input),
  "GET /documents/{id}/claims": ({ actor, id }) => items(listClaims(actor, id)),
  "GET /documents/{id}/export": ({ actor, id, url }) =>
    exportDocument(
      actor,
      { documentId: id, format: url.searchParams.get("format") ?? "" },
      { baseUrl: process.env.NEXTAUTH_URL?.replace(/\/$/, "") || url.origin },
    ),
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
  "POST /comments/{id}/resolve": ({ actor, input }) => resolveComment(actor, input),
  "GET /claims/{id}/history": ({ actor, id }) => items(claimHistory(actor, id)),
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
    });
    const { response } = operation;
    if (response.status === 204) return new Response(null, { status: 204, headers: NO_STORE });
    if ("file" in response) return fileResponse(result as ExportFile);
    return json(result, response.status);
  });
}
